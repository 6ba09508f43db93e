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
        self.application = application
        self.autorefresh = autorefresh
        self.max_age = max_age
        self.allow_all_origins = allow_all_origins
        self.charset = charset
        self.mimetypes = mimetypes
        self.add_headers_function = add_headers_function
        self.index_file = index_file
        self.immutable_file_test = immutable_file_test
        #: URL prefix -> the folders whose files it serves, in the order they were added.
        self.directories = {}
        if root is not None:
            self.add_files(root, prefix)

    def add_files(self, root, prefix=None):
        """Serve the files under root at prefix (a folder that does not exist is allowed, as at start-up)."""
        self.directories.setdefault(url_prefix(prefix), []).append(os.path.abspath(os.fspath(root)))

    def __call__(self, environ, start_response):
        return self.application(environ, start_response)
