"""whitenoise.WhiteNoise: the WSGI wrapper (it hands every request to the application, here)."""

import os


def url_prefix(prefix):
    """'static' and '/static' are '/static/'; no prefix is '/'."""
    inner = (prefix or "").strip("/")
    return f"/{inner}/" if inner else "/"


class WhiteNoise:
    """The WSGI wrapper; its keyword options are WhiteNoise's documented ones."""

    def __init__(self, application, root=None, prefix=None, *, autorefresh=False, max_age=60,
                 allow_all_origins=True, charset="utf-8", mimetypes=None, add_headers_function=None,
                 index_file=None, immutable_file_test=None):
        options = dict(locals())
        for positional in ("self", "application", "root", "prefix"):
            del options[positional]
        #: The documented keyword options as given (the middleware passes its WHITENOISE_* settings).
        self.options = options
        self.app = application
        #: URL prefix -> the folders whose files it serves, in the order they were added.
        self.directories = {}
        if root is not None:  # a root given to the constructor is served at prefix
            self.add_files(root, prefix)

    def __getattr__(self, name):
        """wrapper.max_age and the other options read as attributes."""
        try:
            return self.__dict__["options"][name]
        except KeyError:
            raise AttributeError(name) from None

    def add_files(self, root, prefix=None):
        """Serve the files under root at prefix (a folder that does not exist is allowed, as at start-up)."""
        self.directories.setdefault(url_prefix(prefix), []).append(os.path.abspath(os.fspath(root)))

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)  # serving files comes later: the application answers
