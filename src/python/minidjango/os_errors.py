"""An OSError's text as CPython on Linux would print it.

Pyodide's file system raises Emscripten's numbers and words (`[Errno 44] No such file or
directory` for what Linux calls `[Errno 2]`, `I/O error` for `Input/output error`). The reader's
server is Linux, and the course reports what it would say.
"""

import errno
import os

from minidjango.linux_errno import LINUX_ERRNO


def linux_text(exc):
    """str(exc) with Linux's errno number and message, for an OSError the system raised (or
    an exception made of one, as sys.exit(error) makes); str(exc) unchanged otherwise (an OSError a reader built with their own words)."""
    text = str(exc)
    if not isinstance(exc, OSError) and len(exc.args) == 1 and isinstance(exc.args[0], OSError) and text == str(exc.args[0]):
        return linux_text(exc.args[0])  # sys.exit(error): an exception of one argument prints as it
    code = exc.errno if isinstance(exc, OSError) else None
    if not isinstance(code, int) or exc.strerror != os.strerror(code):
        return text
    linux = LINUX_ERRNO.get(errno.errorcode.get(code, ""))
    if linux is None:
        return text
    number, message = linux
    if exc.filename is None:
        return f"[Errno {number}] {message}"
    if exc.filename2 is None:
        return f"[Errno {number}] {message}: {exc.filename!r}"
    return f"[Errno {number}] {message}: {exc.filename!r} -> {exc.filename2!r}"
