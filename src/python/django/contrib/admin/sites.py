"""Admin sites: the models registered with their ModelAdmin, and the URLs that serve them.

`site` is the default site, built on first use from the admin app's `default_site` (so
INSTALLED_APPS must hold django.contrib.admin by then: without it, `admin.site.urls` in a
URLconf is the LookupError Django gives). Its URLs are Django's: the index, login, logout,
password change, the view-on-site redirect, each registered model's pages, an index per app
with registered models, and a final catch-all. The pages themselves are not served.
"""

from functools import update_wrapper
from weakref import WeakSet

from django._process import forgotten_by_new_process
from django.apps import apps
from django.contrib.admin import actions
from django.contrib.admin.exceptions import AlreadyRegistered, NotRegistered
from django.contrib.admin.options import ModelAdmin, _with_defaults, admin_page
from django.core.exceptions import ImproperlyConfigured
from django.utils.datastructures import OrderedSet
from django.utils.functional import LazyObject, empty
from django.utils.module_loading import import_string
from django.views.decorators.common import no_append_slash

__all__ = ["AdminSite", "AlreadyRegistered", "DefaultAdminSite", "NotRegistered", "all_sites", "site"]

all_sites = WeakSet()

# The site's text and templates, with Django's defaults.
SITE_OPTIONS = {
    "site_title": "Django site admin",
    "site_header": "Django administration",
    "index_title": "Site administration",
    "site_url": "/",
    "enable_nav_sidebar": True,
    "empty_value_display": "-",
    "login_form": None,
    "index_template": None,
    "app_index_template": None,
    "login_template": None,
    "logout_template": None,
    "password_change_form": None,
    "password_change_template": None,
    "password_change_done_template": None,
    "final_catch_all_view": True,
}


def _models_of(model_or_iterable):
    """The models register() and unregister() were given: one model (a class with `_meta`,
    as Django's ModelBase has) or an iterable of them."""
    if isinstance(model_or_iterable, type) and hasattr(model_or_iterable, "_meta"):
        return [model_or_iterable]
    return model_or_iterable


class _SiteActions:
    """A site's site-wide actions: every one ever added, by name (get_action() finds a disabled
    one too), and the names of those enabled, in the order they were added."""

    def __init__(self):
        self.every = {"delete_selected": actions.delete_selected}
        self.enabled = OrderedSet(self.every)

    def add(self, name, action):
        self.every[name] = action
        self.enabled.add(name)

    def enabled_items(self):
        return {name: self.every[name] for name in self.enabled}.items()


def _page_not_served(*args, **kwargs):
    raise NotImplementedError("The course's mini Django does not serve the admin's pages.")


@_with_defaults(SITE_OPTIONS)
class AdminSite:
    """An admin site: models registered with their ModelAdmin, and the URLs that serve them.

    `name` is the site's URL namespace ("admin" for the default site)."""

    def __init__(self, name="admin"):
        # _registry: model class -> its ModelAdmin instance.
        vars(self).update(_registry={}, name=name, _site_actions=_SiteActions())
        all_sites.add(self)

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r})"

    def check(self, app_configs):
        return []  # ModelAdmin checks need models; the mini Django has none

    # ---- registering models ---------------------------------------------------------------

    def register(self, model_or_iterable, admin_class=None, **options):
        """Register each model with `admin_class` (ModelAdmin by default); `options` make a
        subclass of it with those attributes, one per model."""
        admin = admin_class or ModelAdmin
        for model in _models_of(model_or_iterable):
            self._refuse_registering(model)
            if getattr(model._meta, "swapped", None):
                continue  # a swapped-out model (auth.User replaced) is not registered
            if options:  # each model's class derives from the one before, as in Django
                admin = type(f"{model.__name__}Admin", (admin,), {**options, "__module__": __name__})
            self._registry[model] = admin(model, self)

    def _refuse_registering(self, model):
        meta = model._meta
        if getattr(meta, "abstract", False):
            raise ImproperlyConfigured("The model %s is abstract, so it cannot be registered with admin."
                                       % model.__name__)
        if getattr(meta, "is_composite_pk", False):
            raise ImproperlyConfigured("The model %s has a composite primary key, so it cannot be registered with "
                                       "admin." % model.__name__)
        existing = self._registry.get(model)
        if existing is not None:
            registered = str(existing)
            where = (
                "in app %r." % registered.removesuffix(".ModelAdmin")  # registered without a ModelAdmin
                if registered.endswith(".ModelAdmin")
                else "with %r." % registered
            )
            raise AlreadyRegistered("The model %s is already registered %s" % (model.__name__, where))

    def unregister(self, model_or_iterable):
        for model in _models_of(model_or_iterable):
            if self._registry.pop(model, None) is None:
                raise NotRegistered("The model %s is not registered" % model.__name__)

    def is_registered(self, model):
        return self._registry.get(model) is not None

    def get_model_admin(self, model):
        found = self._registry.get(model)
        if found is None:
            raise NotRegistered(f"The model {model.__name__} is not registered.")
        return found

    # ---- actions ------------------------------------------------------------------------

    def add_action(self, action, name=None):
        """Make `action` available on every model's change list."""
        self._site_actions.add(name or action.__name__, action)

    def disable_action(self, name):
        """Take a site-wide action off the menus (KeyError for an unknown name)."""
        self._site_actions.enabled.remove(name)

    def get_action(self, name):
        """A site-wide action, enabled or not (KeyError for an unknown name)."""
        return self._site_actions.every[name]

    @property
    def actions(self):
        """(name, action) of each enabled site-wide action."""
        return self._site_actions.enabled_items()

    # ---- URLs and views -----------------------------------------------------------------

    def has_permission(self, request):
        """Whether the request's user may see the admin: an active staff member."""
        visitor = request.user
        return visitor.is_active and visitor.is_staff

    def admin_view(self, view, cacheable=False):
        """`view`, for staff only (others are sent to the login page)."""

        def inner(request, *args, **kwargs):
            if self.has_permission(request):
                return view(request, *args, **kwargs)
            from urllib.parse import urlencode

            from django.http import HttpResponseRedirect
            from django.urls import reverse

            login = reverse("admin:login", current_app=self.name)
            return HttpResponseRedirect(f"{login}?{urlencode({'next': request.get_full_path()}, safe='/')}")

        return update_wrapper(inner, view)

    def get_urls(self):
        from django.contrib.contenttypes import views as contenttype_views
        from django.urls import include, path, re_path, reverse_lazy

        def wrap(view):
            # login_url: where LoginRequiredMiddleware sends visitors who are not logged in.
            return admin_page(self, view, admin_site=self, login_url=reverse_lazy("admin:login", current_app=self.name))

        pages = [
            ("", wrap(self.index), "index"),
            ("login/", self.login, "login"),
            ("logout/", wrap(self.logout), "logout"),
            ("password_change/", wrap(self.password_change), "password_change"),
            ("password_change/done/", wrap(self.password_change_done), "password_change_done"),
            ("autocomplete/", wrap(self.autocomplete_view), "autocomplete"),
            ("jsi18n/", wrap(self.i18n_javascript), "jsi18n"),
            ("r/<path:content_type_id>/<path:object_id>/", wrap(contenttype_views.shortcut), "view_on_site"),
        ]
        patterns = [path(route, view, name=name) for route, view, name in pages]
        metas = [(model._meta, model_admin) for model, model_admin in self._registry.items()]
        patterns += [path(f"{meta.app_label}/{meta.model_name}/", include(admin.urls)) for meta, admin in metas]
        app_labels = list(dict.fromkeys(meta.app_label for meta, _ in metas))
        if app_labels:  # an index page for each app that has registered models
            patterns.append(re_path(r"^(?P<app_label>" + "|".join(app_labels) + ")/$", wrap(self.app_index),
                                    name="app_list"))
        if self.final_catch_all_view:
            patterns.append(re_path(r"(?P<url>.*)$", wrap(self.catch_all_view)))
        return patterns

    @property
    def urls(self):
        return self.get_urls(), "admin", self.name

    def index(self, request, extra_context=None):
        return _page_not_served()

    def app_index(self, request, app_label, extra_context=None):
        return _page_not_served()

    def login(self, request, extra_context=None):
        return _page_not_served()

    def logout(self, request, extra_context=None):
        return _page_not_served()

    def password_change(self, request, extra_context=None):
        return _page_not_served()

    def password_change_done(self, request, extra_context=None):
        return _page_not_served()

    def i18n_javascript(self, request, extra_context=None):
        return _page_not_served()

    def autocomplete_view(self, request):
        return _page_not_served()

    @no_append_slash
    def catch_all_view(self, request, url):
        """A URL below the admin that is no page of it: 404, or, with APPEND_SLASH, a redirect
        to the same URL with a slash when that one exists."""
        from django.conf import settings
        from django.http import Http404, HttpResponsePermanentRedirect

        with_slash = f"{request.path_info}/"
        if settings.APPEND_SLASH and not url.endswith("/") and _resolves_to_slash_view(with_slash, request):
            return HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
        raise Http404


def _resolves_to_slash_view(path, request):
    from django.urls import Resolver404, resolve

    try:
        match = resolve(path, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return getattr(match.func, "should_append_slash", True)


class DefaultAdminSite(LazyObject):
    """The default site: an instance of the admin app's `default_site`, made on first use."""

    def _setup(self):
        site_class = import_string(apps.get_app_config("admin").default_site)
        self._wrapped = site_class()

    def __repr__(self):
        return repr(self._wrapped)


site = DefaultAdminSite()


@forgotten_by_new_process
def _forget_sites():
    """A new process has a default site yet to be made (with no models registered)."""
    site._wrapped = empty
    all_sites.clear()
