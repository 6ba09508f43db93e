"""Writes cache inputs (../shared/conformance/cache/README.md) that probe the edges of Django's
cache API on the locmem and dummy backends: timeouts of every type (None, bool, str, floats,
the TIMEOUT setting's fallbacks), versions and prefixes, keys that warn (length, control
characters, non-string keys), incr on what is not a number, culling at its limits, the errors of
bad CACHES entries, and the public helpers (make_key, validate_key, get_backend_timeout).

    python3 tools/oracle/generators/cache_api.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/cache/cache-*.json
"""

import json
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "inputs", "cache")
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"


def locmem(**options):
    return {"default": {"BACKEND": LOCMEM, "LOCATION": "default", **options}}


def op(at, call, *args, cache=None, **kwargs):
    entry = {"at": at, "call": call, "args": list(args), "kwargs": kwargs}
    if cache:
        entry["cache"] = cache
    return entry


CASES = {
    "timeout-none-never-expires": ("timeout=None keeps an entry for ever; touch(key, None) too.", locmem(), [
        op(0, "set", "k", "v", None), op(10 ** 8, "get", "k"), op(10 ** 8, "set", "t", "v", 5),
        op(10 ** 8, "touch", "t", None), op(10 ** 8 + 100, "get", "t")]),
    "timeout-bool-and-string": ("A timeout of True counts as 1 second; a string timeout fails at set().", locmem(), [
        op(0, "set", "b", "v", True), op(0.5, "get", "b"), op(1, "get", "b"),
        op(1, "set", "s", "v", "10"), op(1, "get", "s"), op(1, "add", "s", "v", timeout="10")]),
    "setting-timeout-none-and-junk": ("TIMEOUT None: never expire; a TIMEOUT int() rejects falls back to 300; a negative one is kept.",
        {"default": {"BACKEND": LOCMEM, "LOCATION": "a", "TIMEOUT": None},
         "junk": {"BACKEND": LOCMEM, "LOCATION": "b", "TIMEOUT": "an hour"},
         "neg": {"BACKEND": LOCMEM, "LOCATION": "c", "TIMEOUT": -5}}, [
        op(0, "set", "k", 1), op(10 ** 7, "get", "k"),
        op(10 ** 7, "set", "k", 2, cache="junk"), op(10 ** 7 + 299, "get", "k", cache="junk"), op(10 ** 7 + 300, "get", "k", cache="junk"),
        op(10 ** 7 + 300, "set", "k", 3, cache="neg"), op(10 ** 7 + 300, "get", "k", cache="neg"),
        op(10 ** 7 + 300, "get_backend_timeout", cache="neg"), op(10 ** 7 + 300, "get_backend_timeout", 0, cache="neg")]),
    "get-backend-timeout": ("get_backend_timeout(): now + timeout, None for None, now - 1 for 0; the default is TIMEOUT.", locmem(TIMEOUT=60), [
        op(100, "get_backend_timeout"), op(100, "get_backend_timeout", 0), op(100, "get_backend_timeout", None),
        op(100, "get_backend_timeout", 2.5), op(100, "get_backend_timeout", -30)]),
    "get-or-set-timeout-zero": ("get_or_set with timeout 0 stores nothing that lives, and returns the default it was given.", locmem(), [
        op(0, "get_or_set", "k", "d", 0), op(0, "has_key", "k"), op(0, "get_or_set", "k", {"$callable": [1, 2]}, 0),
        op(0, "get_or_set", "n", None, 0)]),
    "get-or-set-version": ("get_or_set with a version stores under that version only.", locmem(), [
        op(0, "get_or_set", "k", "v2", version=2), op(0, "get", "k"), op(0, "get", "k", version=2),
        op(0, "get_or_set", "k", "v1"), op(0, "get_many", ["k"], version=2)]),
    "incr-not-a-number": ("incr() of a string raises what + raises; of a float adds; of a list fails.", locmem(), [
        op(0, "set", "s", "abc"), op(0, "incr", "s"), op(0, "get", "s"), op(0, "set", "f", 1.5), op(0, "incr", "f", 2),
        op(0, "decr", "f", 0.25), op(0, "set", "l", [1]), op(0, "incr", "l", 1), op(0, "set", "b", True), op(0, "incr", "b")]),
    "incr-delta-zero-and-negative": ("incr with delta 0 returns the value; decr with a negative delta adds.", locmem(), [
        op(0, "set", "n", 5), op(0, "incr", "n", 0), op(0, "decr", "n", -5), op(0, "decr", "n", delta=3), op(0, "get", "n")]),
    "incr-version": ("incr_version moves a value to the next version; decr_version back; the old version is gone.", locmem(), [
        op(0, "set", "k", "v", 10), op(0, "incr_version", "k"), op(0, "get", "k"), op(0, "get", "k", version=2),
        op(0, "decr_version", "k", version=2), op(0, "get", "k"), op(0, "incr_version", "k", 5), op(0, "get", "k", version=6),
        op(10, "get", "k", version=6), op(10, "incr_version", "gone")]),
    "decr-version-missing": ("decr_version of a missing key raises ValueError naming the key as given.", locmem(KEY_PREFIX="p"), [
        op(0, "decr_version", "nope"), op(0, "decr_version", "nope", version=3)]),
    "version-string-and-zero": ("A version is formatted into the key as it is: '2' and 2 are the same key; 0 is a version too.", locmem(), [
        op(0, "set", "k", "two", version="2"), op(0, "get", "k", version=2), op(0, "set", "k", "zero", version=0),
        op(0, "make_key", "k", version=0), op(0, "get", "k"), op(0, "make_key", "k", "x")]),
    "setting-version-string": ("VERSION '7' in CACHES is used as given in the key.", locmem(VERSION="7"), [
        op(0, "make_key", "k"), op(0, "set", "k", 1), op(0, "get", "k", version=7), op(0, "incr_version", "k"), op(0, "make_key", "k")]),
    "prefix-shared-location": ("Two aliases on one LOCATION with different KEY_PREFIX do not see each other's keys, but clear() empties both.",
        {"default": {"BACKEND": LOCMEM, "LOCATION": "same", "KEY_PREFIX": "a"},
         "other": {"BACKEND": LOCMEM, "LOCATION": "same", "KEY_PREFIX": "b"}}, [
        op(0, "set", "k", 1), op(0, "get", "k", cache="other"), op(0, "set", "k", 2, cache="other"), op(0, "get", "k"),
        op(0, "clear", cache="other"), op(0, "get", "k"), op(0, "has_key", "k", cache="other")]),
    "key-control-characters": ("A newline, a tab or DEL in a key warns; a non-ASCII letter does not.", locmem(), [
        op(0, "set", "a\nb", 1), op(0, "get", "a\tb"), op(0, "set", "del\x7f", 1), op(0, "set", "été", 1), op(0, "get", "été")]),
    "key-length-exactly": ("The made key may be 250 characters; 251 warns, with the key in the message.", locmem(), [
        op(0, "set", "k" * 247, 1), op(0, "set", "k" * 248, 1), op(0, "make_key", "k" * 248)]),
    "key-long-and-spaced": ("A key both too long and with a space gives two warnings, length first.", locmem(), [
        op(0, "set", "a " * 130, 1)]),
    "key-non-string": ("Keys are formatted with %s: a tuple, None and a float are keys too.", locmem(), [
        op(0, "set", {"$tuple": ["a", 1]}, "tuple"), op(0, "get", "('a', 1)"), op(0, "set", None, "none"),
        op(0, "get", "None"), op(0, "set", 1.5, "float"), op(0, "get", "1.5")]),
    "validate-key-direct": ("validate_key() warns about the key as given (no prefix added).", locmem(KEY_PREFIX="x"), [
        op(0, "validate_key", "a b"), op(0, "validate_key", "ok"), op(0, "make_and_validate_key", "a b")]),
    "many-with-warnings-and-versions": ("set_many/get_many/delete_many warn once per key; version applies to all.", locmem(), [
        op(0, "set_many", {"a b": 1, "c": 2}, version=3), op(0, "get_many", ["a b", "c", "c"], version=3),
        op(0, "get_many", ["c"]), op(0, "delete_many", ["a b"], version=3), op(0, "get_many", ["a b", "c"], version=3)]),
    "set-many-timeout-none-and-zero": ("set_many with timeout None keeps; with 0 stores nothing that lives.", locmem(), [
        op(0, "set_many", {"a": 1}, None), op(0, "set_many", {"b": 2}, 0), op(10 ** 6, "get_many", ["a", "b"])]),
    "cull-frequency-one-and-max-one": ("CULL_FREQUENCY 1 empties the store; MAX_ENTRIES 1 keeps only the newest.",
        {"default": {"BACKEND": LOCMEM, "LOCATION": "a", "OPTIONS": {"MAX_ENTRIES": 2, "CULL_FREQUENCY": 1}},
         "one": {"BACKEND": LOCMEM, "LOCATION": "b", "OPTIONS": {"MAX_ENTRIES": 1}}}, [
        op(0, "set", "a", 1), op(0, "set", "b", 2), op(0, "set", "c", 3), op(0, "get_many", ["a", "b", "c"]),
        op(0, "set", "x", 1, cache="one"), op(0, "set", "y", 2, cache="one"), op(0, "get_many", ["x", "y"], cache="one"),
        op(0, "add", "z", 3, cache="one"), op(0, "get_many", ["x", "y", "z"], cache="one")]),
    "cull-max-entries-zero": ("MAX_ENTRIES 0: every store culls len // CULL_FREQUENCY first.", locmem(OPTIONS={"MAX_ENTRIES": 0}), [
        op(0, "set", "a", 1), op(0, "set", "b", 2), op(0, "set", "c", 3), op(0, "set", "d", 4), op(0, "get_many", ["a", "b", "c", "d"])]),
    "cull-by-add-and-incr": ("add() culls like set(); incr() does not (it stores in place).", locmem(OPTIONS={"MAX_ENTRIES": 2, "CULL_FREQUENCY": 2}), [
        op(0, "set", "a", 1), op(0, "set", "b", 2), op(0, "incr", "a"), op(0, "get_many", ["a", "b"]), op(0, "add", "c", 3),
        op(0, "get_many", ["a", "b", "c"]), op(0, "touch", "a"), op(0, "add", "a", 9)]),
    "cull-options-strings": ("MAX_ENTRIES and CULL_FREQUENCY go through int(): '2' is 2.", locmem(OPTIONS={"MAX_ENTRIES": "2", "CULL_FREQUENCY": "2"}), [
        op(0, "set", "a", 1), op(0, "set", "b", 2), op(0, "set", "c", 3), op(0, "get_many", ["a", "b", "c"])]),
    "touch-and-delete-versions": ("touch and delete take a version; touch on a missing version is False.", locmem(), [
        op(0, "set", "k", 1, 10, version=2), op(5, "touch", "k", 100), op(5, "touch", "k", 100, version=2),
        op(50, "get", "k", version=2), op(50, "delete", "k"), op(50, "delete", "k", version=2), op(50, "delete", "k", version=2)]),
    "clear-and-contains": ("clear() empties; `in` after clear is False; get_many of nothing is {}.", locmem(), [
        op(0, "set_many", {"a": 1, "b": None}), op(0, "__contains__", "b"), op(0, "clear"), op(0, "__contains__", "a"),
        op(0, "get_many", []), op(0, "get", "b", "gone")]),
    "values-of-many-types": ("Values come back as equal copies: tuples, nested dicts, bytes-free JSON, ints up to 2**53 - 1 (JSON numbers), floats.", locmem(), [
        op(0, "set", "t", {"$tuple": [1, {"$tuple": [2]}]}), op(0, "get", "t"), op(0, "set", "d", {"a": [1, {"b": None}]}),
        op(0, "get", "d"), op(0, "set", "i", 2 ** 53 - 1), op(0, "incr", "i"), op(0, "set", "e", ""), op(0, "get", "e", "default"),
        op(0, "set", "z", 0), op(0, "get", "z", "default")]),
    "dummy-backend": ("DummyCache keeps nothing: add is True, get is the default, has_key False, incr raises, keys still warn.",
        {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}, [
        op(0, "set", "k", 1), op(0, "get", "k", "d"), op(0, "add", "k", 1), op(0, "has_key", "k"), op(0, "incr", "k"),
        op(0, "touch", "k"), op(0, "delete", "k"), op(0, "get_or_set", "k", "v"), op(0, "set_many", {"a": 1}),
        op(0, "get_many", ["a"]), op(0, "set", "a b", 1), op(0, "incr_version", "k"), op(0, "clear")]),
    "bad-backend-paths": ("A BACKEND that does not import, or names no class there, fails at the first use of that alias.",
        {"default": {"BACKEND": LOCMEM},
         "nomodule": {"BACKEND": "django.core.cache.backends.nothere.Cache"},
         "noclass": {"BACKEND": "django.core.cache.backends.locmem.NoSuchCache"},
         "notdotted": {"BACKEND": "locmem"},
         "nobackend": {"LOCATION": "x"}}, [
        op(0, "get", "k", cache="nomodule"), op(0, "get", "k", cache="noclass"), op(0, "get", "k", cache="notdotted"),
        op(0, "get", "k", cache="nobackend"), op(0, "get", "k")]),
    "bad-options": ("OPTIONS that is not a dict, and unknown option names, on locmem.",
        {"default": {"BACKEND": LOCMEM, "LOCATION": "a", "OPTIONS": {"NOT_AN_OPTION": 1, "MAX_ENTRIES": 2}},
         "listed": {"BACKEND": LOCMEM, "LOCATION": "b", "OPTIONS": [1, 2]},
         "extra": {"BACKEND": LOCMEM, "LOCATION": "c", "UNKNOWN_KEY": True}}, [
        op(0, "set_many", {"a": 1, "b": 2, "c": 3}), op(0, "get_many", ["a", "b", "c"]), op(0, "get", "k", cache="listed"),
        op(0, "set", "k", 1, cache="extra"), op(0, "get", "k", cache="extra")]),
    "location-types": ("LOCATION names the store: an int and its string are different stores; a list cannot name one.",
        {"default": {"BACKEND": LOCMEM, "LOCATION": 1}, "str": {"BACKEND": LOCMEM, "LOCATION": "1"},
         "list": {"BACKEND": LOCMEM, "LOCATION": ["a"]}}, [
        op(0, "set", "k", 1), op(0, "get", "k", cache="str"), op(0, "get", "k", cache="list")]),
    "unknown-method": ("A method the cache does not have raises AttributeError.", locmem(), [
        op(0, "fetch", "k"), op(0, "get", "k", "d", 2), op(0, "get", "k", nonsense=1), op(0, "set", "k")]),
    "expiry-boundary-fractions": ("Fractional expiry: set at 0.25 with 0.5 lives until 0.75 (gone there).", locmem(), [
        op(0.25, "set", "k", 1, 0.5), op(0.5, "get", "k"), op(0.74, "has_key", "k"), op(0.75, "has_key", "k"),
        op(0.75, "add", "k", 2, 0.25), op(0.9, "get", "k"), op(1, "get", "k")]),
    "paper-view-timeline": ("The paper's view at t = 0, 60, 3,599, 3,600, 3,601 and 7,300 s: two queries in two hours.", locmem(), [
        op(0, "view"), op(60, "view"), op(3599, "view"), op(3600, "view"), op(3601, "view"), op(7199, "view"), op(7200, "view")]),
    "paper-view-stored-none": ("A db_result of None is stored, but get() cannot tell it from a miss: every request queries.", locmem(), [
        op(0, "view", db_result=None), op(1, "view", db_result=None), op(2, "has_key", "my_cache_key"), op(3, "view", db_result=None)]),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, (description, caches, ops) in CASES.items():
        case = {"kind": "cache", "description": description, "caches": caches, "ops": ops}
        with open(os.path.join(OUT, f"cache-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"wrote {len(CASES)} cache inputs to {OUT}")


if __name__ == "__main__":
    main()
