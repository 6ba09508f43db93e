"""The containers requests, responses and the URL resolver are built on (django.utils.datastructures).

- MultiValueDict: a dict whose keys each hold a list (a query string repeats keys; the resolver
  keeps several patterns per view name). The lists are what the dict itself stores, so `dict(d)`
  and pickling see them; `d[key]` is the last value.
- CaseInsensitiveMapping: HTTP header names ignore case but keep the spelling they were given.
- OrderedSet and ImmutableList: small helpers of the same module.
"""

import copy
from collections.abc import Mapping


class OrderedSet:
    """A set that remembers the order its members were added in."""

    def __init__(self, iterable=None):
        self._members = dict.fromkeys(iterable or ())

    def add(self, item):
        self._members[item] = None

    def remove(self, item):
        del self._members[item]

    def discard(self, item):
        self._members.pop(item, None)

    def __iter__(self):
        return iter(self._members)

    def __reversed__(self):
        return reversed(self._members)

    def __contains__(self, item):
        return item in self._members

    def __bool__(self):
        return bool(self._members)

    def __len__(self):
        return len(self._members)

    def __repr__(self):
        listed = repr(list(self._members)) if self._members else ""
        return f"{type(self).__qualname__}({listed})"


class MultiValueDictKeyError(KeyError):
    pass


class MultiValueDict(dict):
    """A dict of lists: `d[key]` is the key's last value, `d.getlist(key)` all of them.

    >>> d = MultiValueDict({"name": ["Adrian", "Simon"]})
    >>> d["name"], d.getlist("name")
    ('Simon', ['Adrian', 'Simon'])
    """

    def __init__(self, key_to_list_mapping=()):
        dict.__init__(self, key_to_list_mapping)

    def __repr__(self):
        return f"<{type(self).__name__}: {dict.__repr__(self)}>"

    # What the dict stores for a key is its list; these two reach it without the last-value view.
    def _stored(self, key):
        return dict.__getitem__(self, key)

    def _has(self, key):
        return dict.__contains__(self, key)

    def __getitem__(self, key):
        if self._has(key):
            values = self._stored(key)
            return values[-1] if len(values) else []
        raise MultiValueDictKeyError(key)

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, [value])

    def __copy__(self):
        return type(self)([(key, values[:]) for key, values in self.lists()])

    def __deepcopy__(self, memo):
        duplicate = type(self)()
        memo[id(self)] = duplicate
        for key, values in dict.items(self):
            dict.__setitem__(duplicate, copy.deepcopy(key, memo), copy.deepcopy(values, memo))
        return duplicate

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_data"] = {key: self._stored(key) for key in self}
        return state

    def __setstate__(self, state):
        lists = state.pop("_data", {})
        for key in lists:
            self.setlist(key, lists[key])
        vars(self).update(state)

    def get(self, key, default=None):
        """The key's last value; `default` when the key is missing or its list is empty."""
        found = self[key] if key in self else []
        return default if found == [] else found

    def getlist(self, key, default=None):
        """A copy of the key's list; `default` (or []) when the key is missing."""
        if not self._has(key):
            return [] if default is None else default
        values = self._stored(key)
        return None if values is None else list(values)

    def setlist(self, key, list_):
        dict.__setitem__(self, key, list_)

    def setdefault(self, key, default=None):
        if not self._has(key):
            self[key] = default
        # Looked up again: a subclass may store something else than `default` (QueryDict does).
        return self[key]

    def setlistdefault(self, key, default_list=None):
        if not self._has(key):
            self.setlist(key, [] if default_list is None else default_list)
        return self._stored(key) if self._has(key) else []

    def appendlist(self, key, value):
        self.setlistdefault(key).append(value)

    def items(self):
        """(key, last value) pairs."""
        return ((key, self[key]) for key in self)

    def lists(self):
        """(key, list) pairs."""
        return iter(dict.items(self))

    def values(self):
        """Each key's last value."""
        return (self[key] for key in self)

    def copy(self):
        """A shallow copy (each list copied, its values shared)."""
        return self.__copy__()

    def update(self, *args, **kwargs):
        """Add values to the keys' lists (never replace them)."""
        if args[1:]:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        for key, values in _added_lists(args[0] if args else (), kwargs):
            self.setlistdefault(key).extend(values)

    def dict(self):
        """A plain dict of each key's last value."""
        return dict(self.items())


def _added_lists(other, keywords):
    """(key, values) to add, from a MultiValueDict (its lists), a mapping or pairs, then keywords."""
    if isinstance(other, MultiValueDict):
        yield from other.lists()
    else:
        pairs = other.items() if isinstance(other, Mapping) else other
        yield from ((key, [value]) for key, value in pairs)
    yield from ((key, [value]) for key, value in keywords.items())


class ImmutableList(tuple):
    """A tuple whose list-style mutators raise AttributeError with a message of your choice."""

    def __new__(cls, *args, warning="ImmutableList object is immutable.", **kwargs):
        instance = super().__new__(cls, *args, **kwargs)
        instance.warning = warning
        return instance

    def complain(self, *args, **kwargs):
        """What every mutating method does: raise AttributeError(warning)."""
        raise AttributeError(self.warning)

    __delitem__ = __delslice__ = __iadd__ = __imul__ = complain
    __setitem__ = __setslice__ = complain
    append = extend = insert = pop = remove = sort = reverse = complain


class CaseInsensitiveMapping(Mapping):
    """A read-only mapping whose keys (strings) match whatever their case; each key keeps the
    spelling it was given, for iteration and repr.

    >>> headers = CaseInsensitiveMapping({"Content-Type": "text/html"})
    >>> headers["content-type"]
    'text/html'
    """

    def __init__(self, data):
        self._entries = {}
        for key, value in self._unpack_items(data):
            self._entries[self._fold(key)] = (key, value)

    @staticmethod
    def _fold(key):
        """What keys that match have in common (a subclass may fold more than case)."""
        return key.lower()

    def __getitem__(self, key):
        return self._entries[self._fold(key)][1]

    def __len__(self):
        return len(self._entries)

    def __iter__(self):
        return (key for key, _ in self._entries.values())

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return False
        return _lowered(self.items()) == _lowered(other.items())

    def __repr__(self):
        return repr(dict(self._entries.values()))

    def copy(self):
        return self

    @staticmethod
    def _unpack_items(data):
        """(key, value) pairs of a mapping, or of an iterable of pairs (checked as dict() does)."""
        if isinstance(data, Mapping | dict):
            return iter(data.items())
        return map(_checked_pair, enumerate(data))


def _checked_pair(numbered):
    position, pair = numbered
    if len(pair) != 2:
        raise ValueError(_BAD_PAIR_LENGTH.format(position, len(pair)))
    if not isinstance(pair[0], str):
        raise ValueError(_BAD_PAIR_KEY % pair[0])
    return pair


_BAD_PAIR_LENGTH = "dictionary update sequence element #{} has length {}; 2 is required."
_BAD_PAIR_KEY = "Element key %r invalid, only strings are allowed"


def _lowered(pairs):
    return {key.lower(): value for key, value in pairs}
