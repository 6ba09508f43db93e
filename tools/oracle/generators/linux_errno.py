"""Write src/python/minidjango/linux_errno.py: errno names, numbers and messages as CPython on
Linux has them, recorded from the CPython running this script (run it with a Linux CPython).

Pyodide's file system numbers errors as Emscripten does ([Errno 44] where Linux says [Errno 2])
and words some of them differently; the reader's server runs CPython on Linux, so the engine
reports errors with these.

    python3 tools/oracle/generators/linux_errno.py
"""

import errno
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "src", "python", "minidjango", "linux_errno.py")


def main():
    if not sys.platform.startswith("linux"):
        raise SystemExit("run this with CPython on Linux")
    # Every name, aliases too (EWOULDBLOCK is EAGAIN): Emscripten may know a number by either.
    names = [name for name in dir(errno) if name.startswith("E") and isinstance(getattr(errno, name), int)]
    rows = sorted((name, getattr(errno, name), os.strerror(getattr(errno, name))) for name in names)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write('"""Errno names -> (number, message) as CPython on Linux has them.\n\n')
        out.write("Recorded by tools/oracle/generators/linux_errno.py (CPython %s); do not edit by hand.\n" % sys.version.split()[0])
        out.write('"""\n\nLINUX_ERRNO = {\n')
        for name, number, message in rows:
            out.write(f"    {name!r}: ({number}, {message!r}),\n")
        out.write("}\n")


if __name__ == "__main__":
    main()
