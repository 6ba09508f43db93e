"""Access mixins for class-based views (django.contrib.auth.mixins): LoginRequiredMixin,
PermissionRequiredMixin, UserPassesTestMixin, each refusing in dispatch() before the view runs."""

from django.conf import settings
from django.contrib.auth.decorators import REDIRECT_FIELD_NAME, _login_redirect
from django.core.exceptions import ImproperlyConfigured, PermissionDenied

_NO_LOGIN_URL = (
    "{0} is missing the login_url attribute. Define {0}.login_url, settings.LOGIN_URL, or override "
    "{0}.get_login_url()."
)
_NO_PERMISSION_REQUIRED = (
    "{0} is missing the permission_required attribute. Define {0}.permission_required, or override "
    "{0}.get_permission_required()."
)
_NO_TEST_FUNC = "{0} is missing the implementation of the test_func() method."


class AccessMixin:
    """What a refused request gets: 403 (raise_exception, or a user who is logged in already),
    or the login page."""

    login_url: str | None = None
    permission_denied_message: str = ""
    raise_exception: bool = False
    redirect_field_name: str = REDIRECT_FIELD_NAME

    def get_login_url(self):
        """login_url, else LOGIN_URL (one of them is needed)."""
        url = self.login_url or settings.LOGIN_URL
        if url:
            return str(url)
        raise ImproperlyConfigured(_NO_LOGIN_URL.format(type(self).__name__))

    def get_permission_denied_message(self):
        """The message of the PermissionDenied raised (permission_denied_message)."""
        return self.permission_denied_message

    def get_redirect_field_name(self):
        """The query parameter that carries the page to come back to (redirect_field_name)."""
        return self.redirect_field_name

    def handle_no_permission(self):
        user = self.request.user
        if self.raise_exception or user.is_authenticated:
            raise PermissionDenied(self.get_permission_denied_message())
        return _login_redirect(self.request, self.get_login_url(), self.get_redirect_field_name())


class LoginRequiredMixin(AccessMixin):
    """Verify that the current user is authenticated."""

    def dispatch(self, request, *args, **kwargs):
        allowed = request.user.is_authenticated
        return super().dispatch(request, *args, **kwargs) if allowed else self.handle_no_permission()


class PermissionRequiredMixin(AccessMixin):
    """Verify that the current user has all specified permissions."""

    permission_required: str | tuple | None = None

    def get_permission_required(self):
        """The permissions needed, as an iterable (a single name is made a tuple)."""
        needed = self.permission_required
        if needed is None:
            raise ImproperlyConfigured(_NO_PERMISSION_REQUIRED.format(type(self).__name__))
        return (needed,) if isinstance(needed, str) else needed

    def has_permission(self):
        """Whether the user holds every permission of get_permission_required()."""
        return self.request.user.has_perms(self.get_permission_required())

    def dispatch(self, request, *args, **kwargs):
        allowed = self.has_permission()
        return super().dispatch(request, *args, **kwargs) if allowed else self.handle_no_permission()


class UserPassesTestMixin(AccessMixin):
    """Deny a request with a permission error if the test_func() method returns False."""

    def test_func(self):
        raise NotImplementedError(_NO_TEST_FUNC.format(type(self).__name__))

    def get_test_func(self):
        """The test to run (test_func by default)."""
        return self.test_func

    def dispatch(self, request, *args, **kwargs):
        allowed = self.get_test_func()()
        return super().dispatch(request, *args, **kwargs) if allowed else self.handle_no_permission()
