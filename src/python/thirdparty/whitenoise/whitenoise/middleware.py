"""whitenoise.middleware.WhiteNoiseMiddleware: what MIDDLEWARE names (it passes every request on, here).

It takes WhiteNoise's options from settings named WHITENOISE_<OPTION>, and serves STATIC_ROOT at
the path of STATIC_URL (WHITENOISE_STATIC_PREFIX) and WHITENOISE_ROOT at /.
"""

from urllib.parse import urlsplit

from whitenoise.base import WhiteNoise


def _static_prefix(settings):
    path = urlsplit(getattr(settings, "STATIC_URL", None) or "/static/").path
    script_name = getattr(settings, "FORCE_SCRIPT_NAME", None)
    if script_name and path.startswith(script_name.rstrip("/")):
        path = path[len(script_name.rstrip("/")):]
    return path


class WhiteNoiseMiddleware(WhiteNoise):
    def __init__(self, get_response=None, settings=None):
        if settings is None:
            from django.conf import settings
        self.next_handler = get_response
        debug = bool(getattr(settings, "DEBUG", False))
        defaults = {"autorefresh": debug, "max_age": 0 if debug else 60, "allow_all_origins": True, "charset": "utf-8",
                    "mimetypes": None, "add_headers_function": None, "index_file": False, "immutable_file_test": None}
        options = {name: getattr(settings, f"WHITENOISE_{name.upper()}", default) for name, default in defaults.items()}
        super().__init__(get_response, **options)
        self.use_finders = getattr(settings, "WHITENOISE_USE_FINDERS", debug)
        self.static_prefix = getattr(settings, "WHITENOISE_STATIC_PREFIX", None) or _static_prefix(settings)
        static_root = getattr(settings, "STATIC_ROOT", None)
        if static_root:
            self.add_files(static_root, self.static_prefix)
        extra_root = getattr(settings, "WHITENOISE_ROOT", None)
        if extra_root:
            self.add_files(extra_root)

    def __call__(self, request):
        return self.next_handler(request)


__all__ = ("WhiteNoiseMiddleware",)
