"""View decorators about X-Frame-Options (django.views.decorators.clickjacking)."""

from django.utils.decorators import _wrap_view


def _framing(value):
    """A decorator giving the view's responses X-Frame-Options: `value`, unless they have one."""

    def decorate(view_func):
        def set_unless_set(response):
            if response.get("X-Frame-Options") is None:
                response["X-Frame-Options"] = value
            return response

        return _wrap_view(view_func, after=set_unless_set)

    decorate.__doc__ = f"The view's responses get X-Frame-Options: {value} (unless they have the header)."
    return decorate


xframe_options_deny = _framing("DENY")
xframe_options_deny.__name__ = "xframe_options_deny"
xframe_options_sameorigin = _framing("SAMEORIGIN")
xframe_options_sameorigin.__name__ = "xframe_options_sameorigin"


def _exempted(response):
    response.xframe_options_exempt = True
    return response


def xframe_options_exempt(view_func):
    """XFrameOptionsMiddleware leaves the view's responses without X-Frame-Options."""
    return _wrap_view(view_func, after=_exempted)
