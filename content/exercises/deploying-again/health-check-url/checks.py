from minidjango.exercises import goal


def reaches(run, path, view, **captured):
    match = run.resolve(path)
    if not match.get("match"):
        return False
    values = {name: [type(value).__name__, repr(value)] for name, value in captured.items()}
    return match["view"] == view and match["captured_kwargs"] == values


@goal("/healthz/ reaches the healthz view, not the catch-all page view")
def health_path(run):
    return reaches(run, "/healthz/", "shop.views.healthz")


@goal("reverse('healthz') gives /healthz/, the URL the checks call: named, at the top, outside the shop namespace")
def health_name(run):
    return run.reverse("healthz") == {"path": "/healthz/"}


@goal("The other pages stay where they were: /about/ reaches page with page='about', /shop/ the catalogue, /shop/healthz/ a product called healthz")
def others_unchanged(run):
    return (
        reaches(run, "/", "shop.views.home")
        and reaches(run, "/about/", "shop.views.page", page="about")
        and reaches(run, "/shop/", "shop.views.catalogue")
        and reaches(run, "/shop/healthz/", "shop.views.product", slug="healthz")
        and run.reverse("shop:product", args=["tea"]) == {"path": "/shop/tea/"}
    )


@goal("The URLconfs load and the URL checks have nothing to say")
def checks_are_clean(run):
    return run.error is None and not any(m["id"].startswith(("urls.", "2_0.")) for m in run.messages)
