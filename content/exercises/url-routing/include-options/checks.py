from minidjango.exercises import goal


def reaches(run, path, view, source, **captured):
    """Whether `path` reaches `view` with these captured values and the extra option `source`."""
    match = run.resolve(path)
    if not match.get("match"):
        return False
    values = {name: [type(value).__name__, repr(value)] for name, value in captured.items()}
    return (
        match["view"] == view
        and match["captured_kwargs"] == values
        and match["extra_kwargs"] == {"source": ["str", repr(source)]}
    )


@goal("/blog/2024/ reaches year_archive with year=2024 and source='main'")
def main_blog(run):
    return reaches(run, "/blog/2024/", "blog.views.year_archive", "main", year=2024)


@goal("/partners/blog/ and /partners/blog/2024/ reach the same views with source='partners'")
def partners_blog(run):
    return reaches(run, "/partners/blog/", "blog.views.index", "partners") and reaches(
        run, "/partners/blog/2024/", "blog.views.year_archive", "partners", year=2024
    )


@goal("reverse('partner-blog:year-archive', args=[2024]) gives /partners/blog/2024/, and reverse('blog:year-archive', args=[2024]) still gives /blog/2024/")
def both_reverse(run):
    return run.reverse("partner-blog:year-archive", args=[2024]) == {"path": "/partners/blog/2024/"} and run.reverse(
        "blog:year-archive", args=[2024]
    ) == {"path": "/blog/2024/"}


@goal("The URLconfs load and the URL checks have nothing to say (no urls.W005: every namespace is unique)")
def checks_are_clean(run):
    return run.error is None and not any(m["id"].startswith(("urls.", "2_0.")) for m in run.messages)
