"""Access mixins for class-based views (django.contrib.auth.mixins): LoginRequiredMixin,
PermissionRequiredMixin, UserPassesTestMixin, each refusing in dispatch() before the view runs."""

from django.conf import settings
from django.contrib.auth.decorators import REDIRECT_FIELD_NAME, _login_redirect
from django.core.exceptions import ImproperlyConfigured, PermissionDenied


class AccessMixin:
    """What a refused request gets: 403 (raise_exception, or a user who is logged in already),
    or the login page."""

    login_url = None
    permission_denied_message = ""
    raise_exception = False
    redirect_field_name = REDIRECT_FIELD_NAME

    def get_login_url(self):
        """login_url, else LOGIN_URL (one of them is needed)."""
        login_url = self.login_url or settings.LOGIN_URL
        if not login_url:
            name = type(self).__name__
            raise ImproperlyConfigured(
                f"{name} is missing the login_url attribute. Define {name}.login_url, settings.LOGIN_URL, or override "
                f"{name}.get_login_url()."
            )
        return str(login_url)

    def get_permission_denied_message(self):
        return self.permission_denied_message

    def get_redirect_field_name(self):
        return self.redirect_field_name

    def handle_no_permission(self):
        if self.raise_exception or self.request.user.is_authenticated:
            raise PermissionDenied(self.get_permission_denied_message())
        return _login_redirect(self.request, self.get_login_url(), self.get_redirect_field_name())


class LoginRequiredMixin(AccessMixin):
    """Verify that the current user is authenticated."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        return self.handle_no_permission()


class PermissionRequiredMixin(AccessMixin):
    """Verify that the current user has all specified permissions."""

    permission_required = None

    def get_permission_required(self):
        """The permissions needed, as an iterable (a single name is made a tuple)."""
        needed = self.permission_required
        if needed is None:
            name = type(self).__name__
            raise ImproperlyConfigured(
                f"{name} is missing the permission_required attribute. Define {name}.permission_required, or "
                f"override {name}.get_permission_required()."
            )
        return (needed,) if isinstance(needed, str) else needed

    def has_permission(self):
        return self.request.user.has_perms(self.get_permission_required())

    def dispatch(self, request, *args, **kwargs):
        if self.has_permission():
            return super().dispatch(request, *args, **kwargs)
        return self.handle_no_permission()


class UserPassesTestMixin(AccessMixin):
    """Deny a request with a permission error if the test_func() method returns False."""

    def test_func(self):
        raise NotImplementedError(f"{type(self).__name__} is missing the implementation of the test_func() method.")

    def get_test_func(self):
        """The test to run (test_func by default)."""
        return self.test_func

    def dispatch(self, request, *args, **kwargs):
        if self.get_test_func()():
            return super().dispatch(request, *args, **kwargs)
        return self.handle_no_permission()
