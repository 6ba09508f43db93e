"""Q objects: conditions joined with & and |, and negated with ~."""


class Q:
    AND, OR = "AND", "OR"

    def __init__(self, *args, _connector=None, _negated=False, **kwargs):
        self.children = [*args, *sorted(kwargs.items())]
        self.connector = _connector or self.AND
        self.negated = _negated

    def _combine(self, other, connector):
        if not isinstance(other, Q):
            raise TypeError(other)
        if not other.children:
            return self.copy()
        if not self.children:
            return other.copy()
        combined = Q(_connector=connector)
        combined.add(self, connector)
        combined.add(other, connector)
        return combined

    def add(self, child, connector):
        if isinstance(child, Q) and not child.negated and (child.connector == connector or len(child.children) == 1):
            self.children.extend(child.children)
        else:
            self.children.append(child)

    def __or__(self, other):
        return self._combine(other, self.OR)

    def __and__(self, other):
        return self._combine(other, self.AND)

    def __invert__(self):
        inverted = self.copy()
        inverted.negated = not self.negated
        return inverted

    def copy(self):
        made = Q(_connector=self.connector, _negated=self.negated)
        made.children = list(self.children)
        return made

    def __repr__(self):
        template = "(NOT (%s: %s))" if self.negated else "(%s: %s)"
        return template % (self.connector, ", ".join(str(c) for c in self.children))

    def __eq__(self, other):
        return isinstance(other, Q) and (self.connector, self.negated, self.children) == (
            other.connector, other.negated, other.children)

    def __hash__(self):
        return hash((self.connector, self.negated, repr(self.children)))
