"""django.utils.text, the part settings and apps reach for: slugify() (a setting computed from a
project's name), capfirst() and format_lazy()."""

import re
import unicodedata

from django.utils.functional import keep_lazy_text, lazy

#: What a slug leaves out: anything but word characters, spaces and hyphens.
_NOT_IN_SLUG = re.compile(r"[^\w\s-]")
#: Runs of spaces and hyphens, each of which becomes one hyphen.
_SLUG_GAPS = re.compile(r"[-\s]+")


@keep_lazy_text
def slugify(value, allow_unicode=False):
    """'Hello, World!' -> 'hello-world': lower case, only letters, digits, underscores and
    hyphens, no hyphen or underscore at either end. Letters are made ASCII (accents dropped,
    others left out) unless `allow_unicode`."""
    text = unicodedata.normalize("NFKC" if allow_unicode else "NFKD", str(value))
    if not allow_unicode:
        text = text.encode("ascii", "ignore").decode("ascii")
    kept = _NOT_IN_SLUG.sub("", text.lower())
    return _SLUG_GAPS.sub("-", kept).strip("-_")


@keep_lazy_text
def capfirst(x):
    """The text with its first character in upper case ('' and None stay as they are)."""
    if not x:
        return x
    text = str(x)
    return text[0].upper() + text[1:]


def _format(format_string, *args, **kwargs):
    return format_string.format(*args, **kwargs)


#: str.format() done when the result is used (for lazily translated formats).
format_lazy = lazy(_format, str)
