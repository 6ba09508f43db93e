"""The authentication backends AUTHENTICATION_BACKENDS names (ModelBackend by default).

Django's module imports the auth models, so its classes are there only in a project where those
can be defined (auth and contenttypes installed); elsewhere using them fails with Django's
RuntimeError. With no users to look up (the mini Django has no database), no backend
authenticates anyone."""

from django.contrib.auth.models import needing_auth_models


class BaseBackend:
    """A backend's interface: no user, and no permissions, unless a subclass says otherwise."""

    def authenticate(self, request, **kwargs):
        return None

    def get_user(self, user_id):
        return None

    def get_user_permissions(self, user_obj, obj=None):
        return set()

    def get_group_permissions(self, user_obj, obj=None):
        return set()

    def get_all_permissions(self, user_obj, obj=None):
        return {*self.get_user_permissions(user_obj, obj=obj), *self.get_group_permissions(user_obj, obj=obj)}

    def has_perm(self, user_obj, perm, obj=None):
        return perm in self.get_all_permissions(user_obj, obj=obj)


class ModelBackend(BaseBackend):
    """Users and permissions from the auth models (a database, in Django)."""


class AllowAllUsersModelBackend(ModelBackend):
    """ModelBackend that lets inactive users in as well."""


class RemoteUserBackend(ModelBackend):
    """Users named by the web server (REMOTE_USER), created on first sight in Django."""

    create_unknown_user = True


class AllowAllUsersRemoteUserBackend(RemoteUserBackend):
    """RemoteUserBackend that lets inactive users in as well."""


_BACKENDS = {each.__name__: each for each in (BaseBackend, ModelBackend, AllowAllUsersModelBackend, RemoteUserBackend,
                                              AllowAllUsersRemoteUserBackend)}
del BaseBackend, ModelBackend, AllowAllUsersModelBackend, RemoteUserBackend, AllowAllUsersRemoteUserBackend
__getattr__ = needing_auth_models(__name__, _BACKENDS)
