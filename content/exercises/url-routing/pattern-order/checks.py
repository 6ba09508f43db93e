from minidjango.exercises import goal


def reaches(run, path, view, **captured):
    match = run.resolve(path)
    if not match.get("match"):
        return False
    values = {name: [type(value).__name__, repr(value)] for name, value in captured.items()}
    return match["view"] == view and match["captured_kwargs"] == values


def matches_nothing(run, path):
    return not run.resolve(path).get("match")


@goal("/blog/feed/ reaches the feed view, not an article called feed")
def feed(run):
    return reaches(run, "/blog/feed/", "blog.views.feed")


@goal("/blog/about/ reaches the about view (no urls.W002)")
def about(run):
    return reaches(run, "/blog/about/", "blog.views.about") and not any(m["id"] == "urls.W002" for m in run.messages)


@goal("/blog/hello-world/ still reaches post_detail with slug 'hello-world'")
def post_detail(run):
    return reaches(run, "/blog/hello-world/", "blog.views.post_detail", slug="hello-world")


@goal("/blog/archive/2024/ reaches archive with year=2024 as an int, and /blog/archive/2024/old-page/ matches nothing")
def archive(run):
    return reaches(run, "/blog/archive/2024/", "blog.views.archive", year=2024) and matches_nothing(run, "/blog/archive/2024/old-page/")


@goal("reverse('blog:archive', args=[2024]) gives /blog/archive/2024/ and the URL checks have nothing to say")
def reverses_cleanly(run):
    return (
        run.error is None
        and run.reverse("blog:archive", args=[2024]) == {"path": "/blog/archive/2024/"}
        and not any(m["id"].startswith(("urls.", "2_0.")) for m in run.messages)
    )
