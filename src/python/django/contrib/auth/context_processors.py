"""The auth context processor (django.contrib.auth.context_processors.auth): `user` and `perms`
in every template rendered with a request."""


class PermLookupDict:
    """perms.<app_label>: true if the user has any permission in the app; perms.app.codename
    asks for one permission."""

    def __init__(self, user, app_label):
        vars(self).update(user=user, app_label=app_label)

    def __repr__(self):
        granted = self.user.get_all_permissions()
        return str(granted)

    def __getitem__(self, perm_name):
        return self.user.has_perm(f"{self.app_label}.{perm_name}")

    def __iter__(self):
        # Without it, `in` would fall back on __getitem__ with numbers.
        raise TypeError("PermLookupDict is not iterable.")

    def __bool__(self):
        user, app = self.user, self.app_label
        return user.has_module_perms(app)


class PermWrapper:
    """`perms` in templates: perms.app, perms.app.codename, and "app.codename" in perms."""

    def __init__(self, user):
        vars(self)["user"] = user

    def __repr__(self):
        return f"{type(self).__qualname__}({self.user!r})"

    def __getitem__(self, app_label):
        return PermLookupDict(user=self.user, app_label=app_label)

    def __iter__(self):
        raise TypeError("PermWrapper is not iterable.")

    def __contains__(self, perm_name):
        app_label, dot, codename = perm_name.partition(".")
        return self[app_label][codename] if dot else bool(self[app_label])


def auth(request):
    """{"user": request.user (AnonymousUser if the request has none), "perms": its permissions}."""
    from django.contrib.auth.models import AnonymousUser

    who = request.user if hasattr(request, "user") else AnonymousUser()
    return {"user": who, "perms": PermWrapper(who)}
