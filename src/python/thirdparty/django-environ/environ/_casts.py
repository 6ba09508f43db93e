"""Turning a variable's text into the type asked for (Env.parse_value).

A cast is a type or callable (`bool`, `int`, `float`, `str`, `list`, `tuple`, `dict`, `json.loads`,
`urlparse`, any function of one argument), a one-item list or tuple saying what each item of a
comma-separated list becomes (`[int]`, `(float,)`), or a dict describing a `k=v;k=v` value:
`{"key": cast, "value": cast, "cast": {"some_key": cast}}`.
"""

import json

#: What env.bool() reads as True (besides numbers other than 0); anything else is False.
TRUE_WORDS = ("true", "on", "ok", "y", "yes", "1")


def to_bool(text, true_words=TRUE_WORDS):
    if isinstance(text, bool):
        return text
    try:
        return int(text) != 0
    except (TypeError, ValueError):
        return str(text).strip().lower() in true_words


def to_float(text):
    """Digits with `,` or `.` between them: the last one is the decimal point, the others group thousands."""
    if isinstance(text, (int, float)):
        return float(text)
    kept = "".join(char for char in str(text) if char.isdigit() or char in ",.-")
    cut = max(kept.rfind(","), kept.rfind("."))
    if cut < 0:
        return float(kept)
    whole = kept[:cut].replace(",", "").replace(".", "")
    return float(f"{whole}.{kept[cut + 1:]}")


def items(text, separator=","):
    """The non-empty items of a separated list (spaces around them are kept)."""
    return [item for item in str(text).split(separator) if item]


def to_tuple_items(text):
    return items(str(text).strip().removeprefix("(").removesuffix(")"))


def to_plain_dict(text):
    """`key=value,key=value` (a value may itself hold `=`)."""
    result = {}
    for item in items(text):
        key, equals, value = item.partition("=")
        if not equals:  # docs silent: an item without = is an error, not a key with no value
            raise ValueError(f"{item!r} is not key=value")
        result[key] = value
    return result


def to_described_dict(text, spec, parse):
    """`key=value;key=value`, each key and value cast as spec says."""
    key_cast = spec.get("key", str)
    value_cast = spec.get("value", str)
    per_key = spec.get("cast", {})
    result = {}
    for item in items(text, ";"):
        key, equals, value = item.partition("=")
        if not equals:
            raise ValueError(f"{item!r} is not key=value")
        result[key_cast(key)] = parse(value, per_key.get(key, value_cast))
    return result


#: Casts that are not simply called with the text.
SPECIAL = {
    bool: to_bool,
    float: to_float,
    list: items,
    tuple: lambda text: tuple(to_tuple_items(text)),
    dict: to_plain_dict,
    json.loads: lambda text: json.loads(text),
}


def parse(value, cast, true_words=TRUE_WORDS):
    """value as cast says (see the module docstring); None as cast leaves it alone."""
    if cast is None:
        return value
    if cast is bool:
        return to_bool(value, true_words)
    if isinstance(cast, list) and cast:
        return [cast[0](item) for item in items(value)]
    if isinstance(cast, tuple) and cast:
        return tuple(cast[0](item) for item in to_tuple_items(value))
    if isinstance(cast, dict):
        return to_described_dict(value, cast, lambda text, each: parse(text, each, true_words))
    if cast in SPECIAL:
        return SPECIAL[cast](value)
    return cast(value)
