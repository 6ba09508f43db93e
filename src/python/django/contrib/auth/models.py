"""The auth app's models, as names: the mini Django has no ORM, so User, Group and Permission
are stand-ins that the app registry knows (apps.get_model("auth.User") finds User, as
get_user_model() needs), and AnonymousUser is Django's.

Importing Django's auth models needs the contenttypes app installed (Permission refers to
ContentType), translates a first string (so LANGUAGE_CODE must have a catalog, with USE_I18N)
and reads AUTH_USER_MODEL (User is swappable): `_import_in_this_process()` does what that import
does to a project, each time the auth app's models are loaded.
"""

from collections.abc import Iterable

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models


def _now():
    from django.utils import timezone

    return timezone.now()


class _Options:
    """The part of a model's _meta that the registry and messages read."""

    def __init__(self, model, app_label, swappable=None):
        name = model.__name__
        label = f"{app_label}.{name}"
        vars(self).update(
            app_label=app_label,
            object_name=name,
            model_name=name.lower(),
            label=label,
            label_lower=label.lower(),
            auto_created=False,
            abstract=False,
            swappable=swappable,
        )

    @property
    def swapped(self):
        """The model that replaces this one (AUTH_USER_MODEL naming another), or None."""
        if self.swappable is None:
            return None
        from django.conf import settings

        replacement = getattr(settings, self.swappable, None)
        if not replacement:
            return None
        parts = replacement.split(".")
        ours = len(parts) == 2 and f"{parts[0]}.{parts[1].lower()}" == self.label_lower
        return None if ours else replacement


class _StandIn:
    """A model class that has a name and an app, and nothing else yet."""

    _swappable = None
    _auto_created = False

    def __init_subclass__(cls):
        cls._meta = _Options(cls, "auth", cls._swappable)
        cls._meta.auto_created = cls._auto_created
        apps.register_model("auth", cls)


class _ContribModelBase:
    """What the auth app's models share: their app is "auth", whatever module defines them."""


class AbstractBaseUser(models.Model):
    password = models.CharField("password", max_length=128)
    last_login = models.DateTimeField("last login", blank=True, null=True)

    class Meta:
        abstract = True

    def get_username(self):
        return str(getattr(self, self.USERNAME_FIELD))

    def __str__(self):
        return self.get_username()

    is_anonymous = property(lambda self: False)
    is_authenticated = property(lambda self: True)


class PermissionsMixin(models.Model):
    is_superuser = models.BooleanField("superuser status", default=False)

    class Meta:
        abstract = True


class AbstractUser(AbstractBaseUser, PermissionsMixin):
    username = models.CharField("username", max_length=150, unique=True)
    first_name = models.CharField("first name", max_length=150, blank=True)
    last_name = models.CharField("last name", max_length=150, blank=True)
    email = models.EmailField("email address", blank=True)
    is_staff = models.BooleanField("staff status", default=False)
    is_active = models.BooleanField("active", default=True)
    date_joined = models.DateTimeField("date joined", default=_now)

    USERNAME_FIELD = "username"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["email"]

    class Meta:
        abstract = True


class Permission(models.Model):
    id = models.AutoField(primary_key=True, verbose_name="ID", creation_counter=-1)
    name = models.CharField("name", max_length=255)
    content_type = models.ForeignKey(ContentType, models.CASCADE)
    codename = models.CharField("codename", max_length=100)

    class Meta:
        app_label = "auth"
        verbose_name = "permission"


class Group(models.Model):
    id = models.AutoField(primary_key=True, verbose_name="ID", creation_counter=-1)
    name = models.CharField("name", max_length=150, unique=True)

    class Meta:
        app_label = "auth"
        verbose_name = "group"

    def __str__(self):
        return self.name


class User(AbstractUser):
    id = models.AutoField(primary_key=True, verbose_name="ID", creation_counter=-1)

    class Meta:
        app_label = "auth"
        swappable = "AUTH_USER_MODEL"
        verbose_name = "user"


def _through(name):
    """The model Django creates for a many-to-many field (Group.permissions, User.groups...)."""
    return type(name, (_StandIn,), {"_auto_created": True, "__module__": __name__})


for _name in ("Group_permissions", "User_groups", "User_user_permissions"):
    _through(_name)


def _definable_in_this_process():
    """Raise what defining Django's auth models raises in this process: Permission refers to
    ContentType, so the contenttypes app must be installed, and then the auth app itself
    (AppRegistryNotReady before the apps are loaded). The first of them, AbstractBaseUser, is
    defined before: defining a model reads the default database's backend (DATABASES)."""
    from django.contrib._models import reads_default_database

    apps.check_apps_ready()
    reads_default_database()
    for model, module in (("ContentType", "django.contrib.contenttypes.models"), ("Permission", __name__)):
        if apps.get_containing_app_config(module) is None:
            raise RuntimeError(f"Model class {module}.{model} doesn't declare an explicit app_label and isn't in an application in INSTALLED_APPS.")


def needing_auth_models(module, names):
    """The `__getattr__` of a module of the auth app that Django's imports the auth models in
    (backends, middleware): its `names` ({name: object}) are there once the models can be
    defined in this process, and fail as that import fails otherwise."""

    def __getattr__(name):
        if name not in names:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        _definable_in_this_process()
        return names[name]

    return __getattr__


def _import_in_this_process():
    """What importing Django's auth models raises for these settings."""
    _definable_in_this_process()
    from django.utils.translation import gettext

    # Group's many-to-many field names its through model with a translated text: the first
    # translation of the process (with USE_I18N, the default language's catalog is looked for).
    gettext("%(from)s-%(to)s relationship")
    User._meta.swapped  # an AUTH_USER_MODEL that is not a string fails on its split(), as in Django


class AnonymousUser:
    """The user of a request nobody logged in to: no permissions, not saved anywhere."""

    id = pk = None
    username = ""
    is_staff = is_active = is_superuser = False
    is_anonymous = property(lambda self: True)
    is_authenticated = property(lambda self: False)

    def __str__(self):
        return AnonymousUser.__name__

    def __eq__(self, other):
        return isinstance(other, type(self))

    def __hash__(self):
        return 1  # every anonymous user is the same one

    def __int__(self):
        raise TypeError("Cannot cast AnonymousUser to int. Are you trying to use it in place of User?")

    def _not_stored(self, *args):
        raise NotImplementedError("Django doesn't provide a DB representation for AnonymousUser.")

    save = delete = set_password = check_password = _not_stored

    def get_user_permissions(self, obj=None):
        return set()

    get_group_permissions = get_all_permissions = get_user_permissions

    def has_perm(self, perm, obj=None):
        return False  # what the default ModelBackend answers for an anonymous user

    def has_perms(self, perm_list, obj=None):
        if isinstance(perm_list, str) or not isinstance(perm_list, Iterable):
            raise ValueError("perm_list must be an iterable of permissions.")
        return all(self.has_perm(each, obj) for each in perm_list)

    def has_module_perms(self, module):
        return False

    def get_username(self):
        return str(self.username)
