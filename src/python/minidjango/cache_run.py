"""The `cache` operation's API calls (see operations/cache.py): calls of a cache's methods, on
the engine's clock, in one "process", answered as the conformance corpus records them
(../shared/conformance/cache/README.md): each call's result as [type name, repr], or the
exception it raised, and the CacheKeyWarnings it gave.

Besides the cache's own methods, a few calls are the case runner's: `view` (the paper's Figure
6 written against the cache: get, and on a miss one counted query and a set), and `let`,
`var_get`, `var_append`, `var_setitem` (variables, to show that the cache keeps copies).
"""

import time
import warnings

import django
from django.conf import settings

from minidjango import clock

#: The most calls one request may make.
MAX_OPS = 10_000
#: A repr longer than this is cut (a value of megabytes would not be read anyway).
MAX_REPR = 2_000


class CacheRun:
    def __init__(self, request):
        caches = request.get("caches")
        if not isinstance(caches, dict):
            raise ValueError(f"`caches` is the CACHES setting, a dict of aliases, not {type(caches).__name__}")
        ops = request.get("ops")
        if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
            raise ValueError("`ops` is a list of calls, each {at, call, args, kwargs, cache?, as?}")
        if len(ops) > MAX_OPS:
            raise ValueError(f"{len(ops):,} calls: one request makes at most {MAX_OPS:,}")
        self.caches, self.ops = caches, ops
        #: With `timed`: each call's own time in microseconds (the method alone, not the runner's work).
        self.timings = [] if request.get("timed") else None
        self.variables = {}
        self.queries = 0

    def answer(self):
        settings.configure(CACHES=self.caches, INSTALLED_APPS=[])
        django.setup()
        from django.core.cache import caches

        self.handler = caches
        answer = {"results": [self._answer_to(op, seconds) for op, seconds in zip(self.ops, clock.moments(self.ops))]}
        if self.timings is not None:
            answer["us"] = self.timings
        return answer

    def _answer_to(self, op, seconds):
        call = op.get("call")
        if not isinstance(call, str):
            raise ValueError(f"a call names a method of the cache (a string), not {call!r}")
        args, kwargs = op.get("args", []), op.get("kwargs", {})
        if not isinstance(args, list) or not isinstance(kwargs, dict):
            raise ValueError(f"{call}: `args` is a list and `kwargs` a dict")
        outcome = {}
        with warnings.catch_warnings(record=True) as caught, clock.at(seconds):
            warnings.simplefilter("always")
            try:
                value = self._timed(call, op.get("cache", "default"), self._value(args), self._value(kwargs))
            except Exception as exc:
                outcome["error"] = {"type": type(exc).__name__, "message": str(exc)}
            else:
                outcome["result"] = [type(value).__name__, _short(repr(value))]
                if isinstance(op.get("as"), str):
                    self.variables[op["as"]] = value
        if caught:
            outcome["warnings"] = [{"category": w.category.__name__, "message": str(w.message)} for w in caught]
        return outcome

    def _timed(self, call, alias, args, kwargs):
        if self.timings is None:
            return self._call(call, alias, args, kwargs)
        started = time.perf_counter()
        try:
            return self._call(call, alias, args, kwargs)
        finally:
            self.timings.append(round((time.perf_counter() - started) * 1e6, 3))

    def _call(self, call, alias, args, kwargs):
        own = _RUNNER_CALLS.get(call)
        if own is not None:
            return own(self, alias, *args, **kwargs)
        if call.startswith("_") and call != "__contains__":
            raise ValueError(f"{call!r}: only the cache's public methods (and __contains__) can be called")
        return getattr(self.handler[alias], call)(*args, **kwargs)

    # ---- the case runner's own calls ---------------------------------------------------------

    def _view(self, alias, key="my_cache_key", timeout=3600, **given):
        cache = self.handler[alias]
        result = cache.get(key)
        if result is None:
            self.queries += 1
            result = given["db_result"] if "db_result" in given else f"query #{self.queries}"
            cache.set(key, result, timeout)
        return {"result": result, "queries": self.queries}

    def _let(self, alias, name, value):
        self.variables[name] = value

    def _var(self, name):
        if name not in self.variables:
            raise ValueError(f"no variable {name!r}: `let` it, or store a result in it with `as`, first")
        return self.variables[name]

    def _var_get(self, alias, name):
        return self._var(name)

    def _var_append(self, alias, name, item):
        self._var(name).append(item)

    def _var_setitem(self, alias, name, key, item):
        self._var(name)[key] = item

    # ---- values ------------------------------------------------------------------------------

    def _value(self, given):
        """A JSON value as Python: lists, dicts, and the tags $tuple, $callable and $var."""
        if isinstance(given, list):
            return [self._value(item) for item in given]
        if isinstance(given, dict):
            if len(given) == 1:
                (tag, inner), = given.items()
                if tag == "$tuple":
                    return tuple(self._value(inner))
                if tag == "$callable":
                    made = self._value(inner)
                    return lambda: made
                if tag == "$var":
                    return self._var(inner)
            return {key: self._value(item) for key, item in given.items()}
        return given


_RUNNER_CALLS = {
    "view": CacheRun._view,
    "let": CacheRun._let,
    "var_get": CacheRun._var_get,
    "var_append": CacheRun._var_append,
    "var_setitem": CacheRun._var_setitem,
}


def _short(text):
    return text if len(text) <= MAX_REPR else text[:MAX_REPR] + f"… ({len(text) - MAX_REPR:,} more characters)"
