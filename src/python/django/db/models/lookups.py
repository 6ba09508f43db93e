"""The lookups a filter's keyword may end with (`name__icontains`), as sqlite runs them.

A lookup is a column (or expression), an operator, and a value prepared by the column's field.
LIKE lookups escape the value's own `\\`, `%` and `_` so that they match themselves; sqlite's
LIKE ignores ASCII case, so the i- and plain variants read the same.
"""

from django.db.models.expressions import Expression


class EmptyResult(Exception):
    """A condition no row meets (`id__in=[]`): the query is not run."""


_LIKE = "LIKE %s ESCAPE '\\'"


def _escaped(value):
    return str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _to_db(field, value):
    """A value as its column stores it (as it is when the left side has no field)."""
    return value if field is None else field.to_db(value)


class Lookup:
    """`lhs operator rhs`: a subclass names its operator (a template of the right side's SQL) and,
    when the right side is not one value, how that side is prepared and written."""

    operator = None
    #: How a LIKE lookup wraps the escaped value (None: the value is compared as it is).
    pattern = None
    prepares_value = True

    def __init__(self, lhs, rhs):
        self.lhs = lhs
        self.rhs = self.prepared(rhs)

    def prepared(self, value):
        if hasattr(value, "as_sql") or not self.prepares_value or self.pattern is not None:
            return value
        return _to_db(self.lhs.output_field, value)

    def rhs_sql(self, compiler):
        if hasattr(self.rhs, "as_sql"):
            sub_sql, sub_params = compiler.compile(self.rhs)
            return (sub_sql if sub_sql.startswith("(") else f"({sub_sql})"), sub_params
        return "%s", [self.rhs if self.pattern is None else self.pattern % _escaped(self.rhs)]

    def as_sql(self, compiler):
        lhs_sql, lhs_params = compiler.compile(self.lhs)
        rhs_sql, rhs_params = self.rhs_sql(compiler)
        return f"{lhs_sql} {self.operator % rhs_sql}", lhs_params + rhs_params

    contains_aggregate = property(lambda self: getattr(self.lhs, "contains_aggregate", False))


class Exact(Lookup):
    operator = "= %s"

    def as_sql(self, compiler):
        from django.db.models.fields import BooleanField

        if self.rhs in (True, False) and type(self.rhs) is bool and isinstance(self.lhs.output_field, BooleanField):
            lhs_sql, params = compiler.compile(self.lhs)
            return (lhs_sql if self.rhs else f"NOT {lhs_sql}"), params
        return super().as_sql(compiler)


class IExact(Lookup):
    operator = _LIKE
    pattern = "%s"


class Contains(Lookup):
    operator = _LIKE
    pattern = "%%%s%%"


class StartsWith(Lookup):
    operator = _LIKE
    pattern = "%s%%"


class EndsWith(Lookup):
    operator = _LIKE
    pattern = "%%%s"


class GreaterThan(Lookup):
    operator = "> %s"


class GreaterThanOrEqual(Lookup):
    operator = ">= %s"


class LessThan(Lookup):
    operator = "< %s"


class LessThanOrEqual(Lookup):
    operator = "<= %s"


class In(Lookup):
    operator = "IN (%s)"

    def prepared(self, values):
        if hasattr(values, "as_sql") or hasattr(values, "query"):
            return values
        field = self.lhs.output_field
        # NULL is never IN a list; each other value once, in the order given.
        return list(dict.fromkeys(_to_db(field, value) for value in values if value is not None))

    def rhs_sql(self, compiler):
        if hasattr(self.rhs, "query"):
            return self.rhs.query.subquery_sql(compiler)
        marks = ", ".join(["%s"] * len(self.rhs))
        if not marks:
            raise EmptyResult
        return marks, list(self.rhs)


class IsNull(Lookup):
    operator = "%s"
    prepares_value = False

    def rhs_sql(self, compiler):
        if type(self.rhs) is not bool:
            raise ValueError("The QuerySet value for an isnull lookup must be True or False.")
        return ("IS NULL" if self.rhs else "IS NOT NULL"), []


class Range(Lookup):
    operator = "BETWEEN %s"

    def prepared(self, values):
        field = self.lhs.output_field
        return [_to_db(field, value) for value in values]

    def rhs_sql(self, compiler):
        return "%s AND %s", list(self.rhs)


class Regex(Lookup):
    operator = "REGEXP %s"
    prepares_value = False


LOOKUPS = {
    "exact": Exact, "iexact": IExact, "contains": Contains, "icontains": Contains,
    "startswith": StartsWith, "istartswith": StartsWith, "endswith": EndsWith, "iendswith": EndsWith,
    "gt": GreaterThan, "gte": GreaterThanOrEqual, "lt": LessThan, "lte": LessThanOrEqual,
    "in": In, "isnull": IsNull, "range": Range, "regex": Regex, "iregex": Regex,
}


class WhereNode:
    """Conditions joined by AND or OR, maybe negated. A node of one child that is not negated
    reads as its child; two or more are parenthesized; a negated one is NOT (...)."""

    def __init__(self, connector="AND", negated=False, children=None):
        self.connector, self.negated, self.children = connector, negated, list(children or [])

    def add(self, child, connector):
        if isinstance(child, WhereNode) and not child.negated and (child.connector == connector or len(child.children) == 1):
            self.children.extend(child.children)
        else:
            self.children.append(child)

    def copy(self):
        return WhereNode(self.connector, self.negated, [c.copy() if isinstance(c, WhereNode) else c for c in self.children])

    contains_aggregate = property(lambda self: any(getattr(c, "contains_aggregate", False) for c in self.children))

    def as_sql(self, compiler):
        """(sql, params); '' when every row matches; EmptyResult when none does.

        A child that no row meets decides an AND node, one that every row meets decides an OR
        node; the other kind is left out of the node (an OR of children no row meets is itself
        met by no row)."""
        deciding = _NO_ROW if self.connector == "AND" else _EVERY_ROW
        parts, params, rowless = [], [], 0
        for outcome in (_outcome(compiler, child) for child in self.children):
            if outcome is deciding:
                return self._settled(outcome)
            if outcome is _NO_ROW:
                rowless += 1
            elif outcome is not _EVERY_ROW:
                parts.append(outcome[0])
                params += outcome[1]
        if self.children and rowless == len(self.children):
            return self._settled(_NO_ROW)
        if not parts:
            return "", []
        template = "NOT (%s)" if self.negated else "(%s)" if len(parts) > 1 else "%s"
        return template % f" {self.connector} ".join(parts), params

    def _settled(self, outcome):
        """The node's SQL when one outcome decides it; NOT turns no row into every row and back."""
        if (outcome is _NO_ROW) != self.negated:
            raise EmptyResult
        return "", []


#: What a condition may come to besides (sql, params): no row meets it, or every row does ('').
_NO_ROW, _EVERY_ROW = object(), object()


def _outcome(compiler, child):
    try:
        compiled = compiler.compile(child)
    except EmptyResult:
        return _NO_ROW
    return compiled if compiled[0] else _EVERY_ROW


class ExtraWhere:
    def __init__(self, sqls, params):
        self.sqls, self.params = list(sqls), list(params or ())

    def as_sql(self, compiler):
        return " AND ".join(f"({sql})" for sql in self.sqls), list(self.params)


class BooleanExpression:
    """An expression used as a condition (`filter(RawSQL(...))`, an annotation = True)."""

    def __init__(self, expression):
        self.expression = expression

    def as_sql(self, compiler):
        return compiler.compile(self.expression)


def is_expression(value):
    return isinstance(value, Expression)
