"""Regular expressions as nginx's PCRE2 takes them: the mistakes it refuses, in its words.

A small scanner, not a regex engine: it finds the errors a reader makes (an unclosed group or
class, a stray `)`, a quantifier with nothing to repeat, `{2,1}`, a capture name used twice)
and the named captures, which become variables. nginx prints
`pcre2_compile() failed: REASON in "RE" at "REST"`, REST being the pattern from where PCRE2
stopped (left out when it stopped at the end).
"""

import re

from minidjango.nginx.conf import Emerg

_NAME = re.compile(r"\(\?(?:P?<([A-Za-z_][A-Za-z0-9_]*)>|'([A-Za-z_][A-Za-z0-9_]*)')")
_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")


class RegexError(Exception):
    def __init__(self, reason, offset):
        super().__init__(reason)
        self.reason = reason
        self.offset = offset


def compile_or_fail(pattern, st, index):
    """The named captures of `pattern`; raises nginx's emergency when PCRE2 would refuse it."""
    try:
        return check(pattern)
    except RegexError as error:
        rest = pattern[error.offset:]
        at = f' at "{rest}"' if error.offset < len(pattern) else ""
        raise Emerg(f'pcre2_compile() failed: {error.reason} in "{pattern}"{at}', st.at_arg(index)) from None


def check(pattern):
    names = []
    depth = 0
    i = 0
    n = len(pattern)
    repeatable = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise RegexError("\\ at end of pattern", n)
            i += 2
            repeatable = True
            continue
        if c == "[":
            i = _skip_class(pattern, i)
            repeatable = True
            continue
        if c == "(":
            named = _NAME.match(pattern, i)
            if named:
                name = named.group(1) or named.group(2)
                if name in names:
                    raise RegexError("two named subpatterns have the same name (PCRE2_DUPNAMES not set)", named.end())
                names.append(name)
                i = named.end()
            elif pattern.startswith("(?#", i):
                close = pattern.find(")", i)
                if close < 0:
                    raise RegexError("missing ) after (?# comment", n)
                i = close + 1
                continue
            else:
                i += 1
                if pattern.startswith("?", i):
                    i = _group_flags(pattern, i + 1)
            depth += 1
            repeatable = False
            continue
        if c == ")":
            if depth == 0:
                raise RegexError("unmatched closing parenthesis", i)
            depth -= 1
            i += 1
            repeatable = True
            continue
        if c in "*+?":
            if not repeatable:
                raise RegexError("quantifier does not follow a repeatable item", i)
            i += 1
            if i < n and pattern[i] in "+?":
                i += 1
            repeatable = False
            continue
        if c == "{":
            counted = _COUNTED.match(pattern, i)
            if counted and (counted.group(1) or counted.group(3)) and (counted.group(1) or counted.group(2)):
                if not repeatable:
                    raise RegexError("quantifier does not follow a repeatable item", i)
                low, comma, high = counted.groups()
                if comma and low and high and int(high) < int(low):
                    raise RegexError("numbers out of order in {} quantifier", counted.end() - 1)
                i = counted.end()
                if i < n and pattern[i] in "+?":
                    i += 1
                repeatable = False
                continue
        if c in "^$|":
            repeatable = c != "|" and c != "^"
            if c == "$":
                repeatable = False
            i += 1
            continue
        repeatable = True
        i += 1
    if depth:
        raise RegexError("missing closing parenthesis", n)
    return names


def _skip_class(pattern, start):
    i = start + 1
    n = len(pattern)
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[" and pattern.startswith("[:", i):
            close = pattern.find(":]", i + 2)
            if close >= 0:
                i = close + 2
                continue
        if c == "]":
            return i + 1
        i += 1
    raise RegexError("missing terminating ] for character class", n)


def _group_flags(pattern, i):
    """After `(?`: the group kinds PCRE2 knows; returns where the group's body starts."""
    n = len(pattern)
    if i >= n:
        return i
    c = pattern[i]
    if c in ":|>=!":
        return i + 1
    if c == "<" and i + 1 < n and pattern[i + 1] in "=!":
        return i + 2
    flags = re.compile(r"[imnsxJU-]*[:)]").match(pattern, i)
    if flags:
        return flags.end() - 1 if pattern[flags.end() - 1] == ")" else flags.end()
    raise RegexError("unrecognized character after (? or (?-", i)
