"""How much an answer may carry.

The page shows every finding of an answer, and one line of a reader's settings can make Django
report 100,000 of them (`CSRF_TRUSTED_ORIGINS = ["x%d" % i for i in range(10**5)]`), or raise an
exception whose message is 10 MB long. An answer keeps the most severe MAX_MESSAGES messages
(and one more that says how many were left out), no text of a finding longer than MAX_TEXT
characters and no other string longer than MAX_VALUE (cut with a note of how much was left out),
and no list longer than MAX_ITEMS (the page may ask for lists that long itself: 1,000 requests
through an upstream answer with three lists of 1,000). Real projects stay far below these; what
goes past them is a mistake, or an attack on the page.

The page checks the same bounds (src/engine/answer-shape.ts), with a margin.
"""

from collections import Counter
from itertools import chain

MAX_MESSAGES = 100
MAX_TEXT = 2000
#: Any other string (a path asked about, a pattern, a value's repr): long ones are legitimate.
MAX_VALUE = 10000
MAX_ITEMS = 5000
#: The texts a finding is told in (MAX_TEXT); the other strings get MAX_VALUE.
_TEXT_KEYS = frozenset(("msg", "hint", "message", "explanation", "why"))
#: A response's body (the `request` operation) is kept whole here: request_run.py caps it itself.
_BODY_KEYS = frozenset(("body", "body_base64"))
#: Collected files' texts (the `collectstatic` operation, {path: text}) are kept whole too:
#: collectstatic_run.py caps each one itself.
_FILE_TEXTS_KEYS = frozenset(("contents",))
#: A quick fix whose edits are longer than this is left out (it could not be shown anyway).
MAX_FIX_CHARS = 20000
MAX_FIXES = 10

LEFT_OUT_ID = "checker.I001"

_WORDS = {"CRITICAL": ("critical error", "critical errors"), "ERROR": ("error", "errors"), "WARNING": ("warning", "warnings"),
          "INFO": ("note", "notes"), "DEBUG": ("debug message", "debug messages")}


def text(value, limit=MAX_TEXT):
    """`value`, or its beginning and a note of how much was left out, `limit` characters in all."""
    if not isinstance(value, str) or len(value) <= limit:
        return value
    keep = limit - 60
    return f"{value[:keep]}… ({len(value) - keep:,} more characters left out)"


def first_messages(messages):
    """(the messages to show, the ones left out): the most severe MAX_MESSAGES, in their order."""
    if len(messages) <= MAX_MESSAGES:
        return list(messages), []
    levels = [getattr(message, "level", 0) for message in messages]
    ranked = sorted(range(len(messages)), key=levels.__getitem__, reverse=True)  # stable: ties keep their order
    kept = sorted(ranked[:MAX_MESSAGES])
    left = sorted(ranked[MAX_MESSAGES:])
    return [messages[i] for i in kept], [messages[i] for i in left]


def left_out(messages, level_name):
    """The answer's note for the messages not shown ([] when none was left out); `level_name`
    names a message's level (ERROR...)."""
    if not messages:
        return []
    by_level = {}
    for message in messages:
        by_level.setdefault(message.level, message)
    counts = Counter(message.level for message in messages)
    kinds = ", ".join(
        f"{counts[level]:,} {_WORDS.get(name, (name.lower(), name.lower()))[counts[level] != 1]}"
        for level, name in sorted(((level, level_name(m)) for level, m in by_level.items()), reverse=True)
    )
    return [{
        "id": LEFT_OUT_ID,
        "level": "INFO",
        "msg": f"{len(messages):,} more messages ({kinds}) were left out: only the first {MAX_MESSAGES} are shown.",
        "hint": "So many usually come from one line that makes a very long list or dict: fix the messages "
                "shown, and the others often go with them.",
        "location": None,
        # What an exercise's goals still see (run.has(id)): every id, shown or not.
        "left_out_ids": sorted({message.id for message in messages}),
    }]


def bounded(answer, limit=MAX_VALUE):
    """The answer with every text, list and quick fix within the bounds (a copy where cut).
    Every container in it is walked (a tuple too, which JSON writes as a list): what it returns
    holds no cycle."""
    if isinstance(answer, str):
        return text(answer, limit)
    if isinstance(answer, (list, tuple)):
        return _bounded_list(answer if len(answer) <= MAX_ITEMS else answer[:MAX_ITEMS])
    if isinstance(answer, dict):
        result = {}
        for key, value in answer.items():
            if key in _BODY_KEYS and isinstance(value, str):
                result[key] = value
            elif key in _FILE_TEXTS_KEYS and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
                result[key] = {text(path, MAX_VALUE): content for path, content in list(value.items())[:MAX_ITEMS]}
            elif key == "fixes" and isinstance(value, list):
                # Kept whole or left out: a cut edit would break the reader's code.
                result[key] = [fix for fix in value if _fix_chars(fix) <= MAX_FIX_CHARS][:MAX_FIXES]
            else:
                result[text(key, MAX_VALUE) if isinstance(key, str) else key] = bounded(value, MAX_TEXT if key in _TEXT_KEYS else MAX_VALUE)
        return result
    return answer


_SCALARS = frozenset((int, float, bool, type(None)))


def _bounded_list(items):
    # The usual long lists (served_by, status, tried: one entry per request) are checked without
    # a call per item, over their distinct values: they repeat a few backends, a few lists of
    # tries. A list of plain values, or of lists of them, holds no other container.
    try:
        if _all_plain(set(items)):
            return items
    except TypeError:  # unhashable: lists or dicts among them
        if set(map(type, items)) == {list} and _all_plain_lists(items):
            return items
    return [bounded(item) for item in items]


def _all_plain_lists(lists):
    try:
        distinct = set(map(tuple, lists))
    except TypeError:  # lists or dicts in them
        return False
    return max(map(len, distinct)) <= MAX_ITEMS and _all_plain(set(chain.from_iterable(distinct)))


def _all_plain(distinct):
    """Whether every value of a set is a number, None or a string within MAX_VALUE."""
    kinds = set(map(type, distinct))
    if kinds <= _SCALARS:
        return True
    if not kinds <= _SCALARS | {str}:
        return False
    return max(len(value) for value in distinct if type(value) is str) <= MAX_VALUE


def _fix_chars(fix):
    try:
        if len(fix["title"]) > MAX_TEXT or len(fix["edits"]) > 50:
            return MAX_FIX_CHARS + 1
        return sum(len(edit["text"]) for edit in fix["edits"]) + len(fix["title"])
    except (KeyError, TypeError):
        return MAX_FIX_CHARS + 1
