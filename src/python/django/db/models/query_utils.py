"""Q objects: conditions joined with & and |, and negated with ~."""

from functools import partialmethod


class Q:
    AND, OR = "AND", "OR"

    def __init__(self, *args, _connector=None, _negated=False, **kwargs):
        self.children = [*args, *sorted(kwargs.items())]
        self.connector = _connector or self.AND
        self.negated = _negated

    def _combine(self, other, connector):
        if not isinstance(other, Q):
            raise TypeError(other)
        # An empty Q joins as nothing: the other side (a copy) is the result.
        kept = [q for q in (self, other) if q.children]
        if len(kept) < 2:
            return (kept or [self])[0].copy()
        combined = Q(_connector=connector)
        for q in kept:
            combined.add(q, connector)
        return combined

    def add(self, child, connector):
        if isinstance(child, Q) and not child.negated and (child.connector == connector or len(child.children) == 1):
            self.children.extend(child.children)
        else:
            self.children.append(child)

    __or__ = partialmethod(_combine, connector=OR)
    __and__ = partialmethod(_combine, connector=AND)

    def __invert__(self):
        inverted = self.copy()
        inverted.negated = not self.negated
        return inverted

    def copy(self):
        made = Q(_connector=self.connector, _negated=self.negated)
        made.children = list(self.children)
        return made

    def __repr__(self):
        inner = f"{self.connector}: {', '.join(map(str, self.children))}"
        return f"(NOT ({inner}))" if self.negated else f"({inner})"

    def __eq__(self, other):
        return isinstance(other, Q) and (self.connector, self.negated, self.children) == (
            other.connector, other.negated, other.children)

    def __hash__(self):
        return hash((self.connector, self.negated, repr(self.children)))
