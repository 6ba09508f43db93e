"""load_dotenv, dotenv_values, find_dotenv and get_key (see the package docstring)."""

import logging
import os
import sys
from collections import OrderedDict

from dotenv._scanner import Scanner, expand

logger = logging.getLogger(__name__)

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_DISABLING = {"1", "true", "t", "yes", "y"}


def _text_of(dotenv_path, stream, encoding, verbose):
    """The file's text if the path names one, else the stream's, else nothing."""
    if dotenv_path and os.path.isfile(dotenv_path):
        with open(dotenv_path, encoding=encoding) as file:
            return file.read()
    if stream is not None:
        return stream.read()
    if verbose:
        logger.info("python-dotenv could not find configuration file %s.", dotenv_path or ".env")
    return ""


def _values(dotenv_path, stream, encoding, verbose, interpolate, file_first):
    """The file's variables, in order; with interpolate, ${...} looks in the file's earlier
    variables and os.environ, the file first when file_first (an unset value counts as found)."""
    if dotenv_path is None and stream is None:
        dotenv_path = _find(".env", _caller_folder())
    values = OrderedDict()
    scanner = Scanner(_text_of(dotenv_path, stream, encoding, verbose))
    for key, value in scanner.entries():
        if interpolate and value is not None:
            value = expand(value, lambda name: _look_up(name, values, file_first))
        values[key] = value
    return values


def _look_up(name, values, file_first):
    sources = (values, os.environ) if file_first else (os.environ, values)
    for source in sources:
        if name in source:
            return source[name] or ""
    return None


def _caller_folder():
    """The folder of the nearest calling file outside this package (the working directory when
    no caller is a file, as for code typed at a prompt)."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if os.path.dirname(os.path.abspath(filename)) != _PACKAGE_DIR and os.path.isfile(filename):
            return os.path.dirname(os.path.abspath(filename))
        frame = frame.f_back
    return os.getcwd()


def _find(filename, folder):
    """The path of filename in folder or the nearest folder above it, or ''."""
    folder = os.path.abspath(folder)
    while True:
        candidate = os.path.join(folder, filename)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return ""
        folder = parent


def find_dotenv(filename=".env", raise_error_if_not_found=False, usecwd=False):
    """Search the caller's folder (or the working directory, with usecwd) and each folder above."""
    found = _find(filename, os.getcwd() if usecwd else _caller_folder())
    if not found and raise_error_if_not_found:
        raise IOError("File not found")
    return found


def load_dotenv(dotenv_path=None, stream=None, verbose=False, override=False, interpolate=True, encoding="utf-8"):
    """Put the file's variables into os.environ (those already there stay, unless override).

    True when the file defines at least one variable, even if none was set.
    """
    if os.environ.get("PYTHON_DOTENV_DISABLED", "").lower() in _DISABLING:
        logger.debug("python-dotenv: .env loading disabled by PYTHON_DOTENV_DISABLED environment variable")
        return False
    values = _values(dotenv_path, stream, encoding, verbose, interpolate, file_first=override)
    for key, value in values.items():
        if value is not None and (override or key not in os.environ):
            os.environ[key] = value
    return bool(values)


def dotenv_values(dotenv_path=None, stream=None, verbose=False, interpolate=True, encoding="utf-8"):
    """The file's variables as an ordered dict (None for a key without `=`); os.environ is left alone."""
    return _values(dotenv_path, stream, encoding, verbose, interpolate, file_first=True)


def get_key(dotenv_path, key_to_get, encoding="utf-8"):
    """One variable of the file, or None (with a warning when the file does not define it)."""
    values = _values(dotenv_path, None, encoding, True, True, file_first=True)
    if key_to_get in values:
        return values[key_to_get]
    logger.warning("Key %s not found in %s.", key_to_get, dotenv_path)
    return None


__all__ = ["load_dotenv", "dotenv_values", "find_dotenv", "get_key"]
