from minidjango.exercises import goal


@goal("/blog/2024/ calls year_archive(request, year=2024), with the year as an int")
def year_is_an_int(run):
    match = run.resolve("/blog/2024/")
    return bool(match.get("match")) and match["view"] == "blog.views.year_archive" and match["captured_kwargs"] == {"year": ["int", "2024"]}


@goal("reverse('blog:year-archive', args=[2024]) gives /blog/2024/")
def reverses(run):
    return run.reverse("blog:year-archive", args=[2024]) == {"path": "/blog/2024/"}


@goal("The URLconfs load and the URL checks have nothing to say (no urls.W002)")
def checks_are_clean(run):
    return run.error is None and not any(m["id"].startswith(("urls.", "2_0.")) for m in run.messages)
