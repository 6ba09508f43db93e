"""The expressions of `{% if %}`: `or`, `and`, `not`, `in`, `not in`, `is`, `is not` and the
comparisons, with Python's precedence, parsed by precedence climbing (a Pratt parser).

An operator that raises while it is evaluated (comparing a number with None...) is false, as
in Django; so is a variable that does not exist.
"""

import operator


def _contains(left, right):
    return left in right


def _not_contains(left, right):
    return left not in right


# Infix operators: name -> (binding power, how the two evaluated operands combine). `or` and
# `and` short-circuit, so they get the operands unevaluated (see _Infix.eval).
INFIX = {
    "or": (6, None),
    "and": (7, None),
    "in": (9, _contains),
    "not in": (9, _not_contains),
    "is": (10, operator.is_),
    "is not": (10, operator.is_not),
    "==": (10, operator.eq),
    "!=": (10, operator.ne),
    ">": (10, operator.gt),
    ">=": (10, operator.ge),
    "<": (10, operator.lt),
    "<=": (10, operator.le),
}
NOT_POWER = 8  # `not x`: binds tighter than and/or, looser than comparisons

# Two words that make one operator.
_PAIRS = {("not", "in"): "not in", ("is", "not"): "is not"}


class _End:
    """After the last word."""

    power = 0

    def display(self):
        return "end"


END = _End()


class _Operator:
    def __init__(self, name):
        vars(self).update(name=name, power=INFIX[name][0] if name in INFIX else NOT_POWER)

    def display(self):
        return vars(self)["name"]


class _Infix:
    def __init__(self, name, left, right):
        self.name, self.left, self.right = name, left, right

    def eval(self, context):
        try:
            if self.name == "or":
                return self.left.eval(context) or self.right.eval(context)
            if self.name == "and":
                return self.left.eval(context) and self.right.eval(context)
            return INFIX[self.name][1](self.left.eval(context), self.right.eval(context))
        except Exception:  # comparing what cannot be compared is false
            return False

    def __repr__(self):
        return f"({self.name} {self.left!r} {self.right!r})"


class _Not:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, context):
        try:
            return not self.operand.eval(context)
        except Exception:  # as for the infix operators
            return False

    def __repr__(self):
        return f"(not {self.operand!r})"


class Literal:
    """An operand: what create_var() made of a word (IfParser evaluates it with eval())."""

    power = 0

    def __init__(self, value):
        vars(self)["value"] = value

    def display(self):
        return "%r" % (self.value,)

    def eval(self, context):
        return vars(self)["value"]

    def __repr__(self):
        return f"(literal {self.value!r})"


class IfParser:
    error_class = ValueError  # what a template's {% if %} raises instead: TemplateSyntaxError

    def __init__(self, tokens):
        vars(self).update(words=_joined_pairs(tokens), position=0)

    def create_var(self, value):
        return Literal(value=value)

    def parse(self):
        whole = self.expression()
        rest = self._peek()
        if rest is not END:
            raise self.error_class("Unused '%s' at end of if expression." % rest.display())
        return whole

    def _item(self, word):
        if word in INFIX or word == "not":
            return _Operator(word)
        return self.create_var(word)

    def _peek(self):
        return self._item(self.words[self.position]) if self.position < len(self.words) else END

    def _take(self):
        item = self._peek()
        self.position += 1
        return item

    def expression(self, power=0):
        left = self._prefix(self._take())
        while power < self._peek().power:
            left = self._infix(self._take(), left)
        return left

    def _prefix(self, item):
        if item is END:
            raise self.error_class("Unexpected end of expression in if tag.")
        if isinstance(item, _Operator):
            if item.name != "not":
                raise self.error_class("Not expecting '%s' in this position in if tag." % item.name)
            return _Not(self.expression(NOT_POWER))
        return item

    def _infix(self, item, left):
        if not isinstance(item, _Operator) or item.name == "not":
            raise self.error_class("Not expecting '%s' as infix operator in if tag." % item.display())
        return _Infix(item.name, left, self.expression(item.power))


def _joined_pairs(tokens):
    words, at = [], 0
    while at < len(tokens):
        pair = _PAIRS.get(tuple(tokens[at:at + 2]))
        words.append(pair or tokens[at])
        at += 2 if pair else 1
    return words
