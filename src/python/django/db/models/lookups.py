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


class Lookup:
    operator = None
    #: How a LIKE lookup wraps the escaped value (None: the value is compared as it is).
    pattern = None
    prepares_value = True

    def __init__(self, lhs, rhs):
        self.lhs, self.rhs = lhs, rhs
        self.rhs = self.prepared(rhs)

    def prepared(self, value):
        if hasattr(value, "as_sql") or not self.prepares_value:
            return value
        field = self.lhs.output_field
        if self.pattern is not None:
            return value
        return field.to_db(value) if field is not None else value

    def rhs_sql(self, compiler):
        if hasattr(self.rhs, "as_sql"):
            sql, params = compiler.compile(self.rhs)
            return (sql if sql.startswith("(") else f"({sql})"), params
        if self.pattern is not None:
            return "%s", [self.pattern % _escaped(self.rhs)]
        return "%s", [self.rhs]

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
    def prepared(self, values):
        if hasattr(values, "as_sql") or hasattr(values, "query"):
            return values
        field = self.lhs.output_field
        unique = []
        for value in values:
            if value is None:
                continue
            value = field.to_db(value) if field is not None else value
            if value not in unique:
                unique.append(value)
        return unique

    def as_sql(self, compiler):
        lhs_sql, params = compiler.compile(self.lhs)
        if hasattr(self.rhs, "query"):
            sub_sql, sub_params = self.rhs.query.subquery_sql(compiler)
            return f"{lhs_sql} IN ({sub_sql})", params + sub_params
        if not self.rhs:
            raise EmptyResult
        return f"{lhs_sql} IN ({', '.join(['%s'] * len(self.rhs))})", params + list(self.rhs)


class IsNull(Lookup):
    prepares_value = False

    def as_sql(self, compiler):
        if not isinstance(self.rhs, bool):
            raise ValueError("The QuerySet value for an isnull lookup must be True or False.")
        sql, params = compiler.compile(self.lhs)
        return f"{sql} {'IS NULL' if self.rhs else 'IS NOT NULL'}", params


class Range(Lookup):
    def prepared(self, values):
        field = self.lhs.output_field
        return [field.to_db(value) if field is not None else value for value in values]

    def as_sql(self, compiler):
        sql, params = compiler.compile(self.lhs)
        return f"{sql} BETWEEN %s AND %s", params + list(self.rhs)


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
        """(sql, params); '' when every row matches; EmptyResult when none does."""
        parts, params = [], []
        empty, full = 0, 0
        for child in self.children:
            try:
                sql, more = compiler.compile(child)
            except EmptyResult:
                empty += 1
                if self.connector == "AND":
                    return self._none()
                continue
            if not sql:
                full += 1
                if self.connector == "OR":
                    return self._all()
                continue
            parts.append(sql)
            params += more
        if self.children and empty == len(self.children):
            return self._none()
        if not parts:
            return ("", []) if not self.negated else self._none()
        sql = f" {self.connector} ".join(parts)
        if self.negated:
            return f"NOT ({sql})", params
        if len(parts) > 1:
            return f"({sql})", params
        return sql, params

    def _none(self):
        if self.negated:
            return "", []
        raise EmptyResult

    def _all(self):
        if self.negated:
            raise EmptyResult
        return "", []


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
