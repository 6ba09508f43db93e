"""Expressions a query is built from: F (a field by name), Value, arithmetic between them,
RawSQL, and the aggregates. Each is resolved against a query (its names become columns, joins
made as needed) and then gives its SQL and parameters with `as_sql(compiler)`."""

from django.core.exceptions import FieldError


class Expression:
    contains_aggregate = False
    output_field = None

    def _combine(self, other, connector, reversed_=False):
        other = other if hasattr(other, "resolve") else Value(other)
        return CombinedExpression(other, connector, self) if reversed_ else CombinedExpression(self, connector, other)

    def __add__(self, other):
        return self._combine(other, "+")

    def __sub__(self, other):
        return self._combine(other, "-")

    def __mul__(self, other):
        return self._combine(other, "*")

    def __truediv__(self, other):
        return self._combine(other, "/")

    def __mod__(self, other):
        return self._combine(other, "%%")

    def __radd__(self, other):
        return self._combine(other, "+", True)

    def __rsub__(self, other):
        return self._combine(other, "-", True)

    def __rmul__(self, other):
        return self._combine(other, "*", True)

    def resolve(self, query, usage="select"):
        return self

    def asc(self, **kwargs):
        return OrderBy(self, descending=False)

    def desc(self, **kwargs):
        return OrderBy(self, descending=True)

    def from_db(self, value):
        return value if self.output_field is None else self.output_field.from_db(value)


class F(Expression):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"F({self.name})"

    def resolve(self, query, usage="select"):
        return query.resolve_name(self.name, usage)

    def __eq__(self, other):
        return isinstance(other, F) and other.name == self.name

    def __hash__(self):
        return hash(("F", self.name))


class Value(Expression):
    def __init__(self, value, output_field=None):
        self.value, self.output_field = value, output_field

    def __repr__(self):
        return f"Value({self.value!r})"

    def as_sql(self, compiler):
        return ("NULL", []) if self.value is None else ("%s", [self.value])


class Col(Expression):
    """A column of a table under an alias of the query."""

    def __init__(self, alias, field, column=None):
        self.alias, self.field, self.column = alias, field, column or field.column
        self.output_field = field

    def as_sql(self, compiler):
        return compiler.column(self.alias, self.column), []

    def __eq__(self, other):
        return isinstance(other, Col) and (other.alias, other.column) == (self.alias, self.column)

    def __hash__(self):
        return hash((self.alias, self.column))

    def __repr__(self):
        return f"Col({self.alias}, {self.field})"


class CombinedExpression(Expression):
    def __init__(self, lhs, connector, rhs, output_field=None):
        self.lhs, self.connector, self.rhs, self.output_field = lhs, connector, rhs, output_field

    def resolve(self, query, usage="select"):
        lhs, rhs = self.lhs.resolve(query, usage), self.rhs.resolve(query, usage)
        field = self.output_field or lhs.output_field or rhs.output_field
        return CombinedExpression(lhs, self.connector, rhs, field)

    @property
    def contains_aggregate(self):
        return self.lhs.contains_aggregate or self.rhs.contains_aggregate

    def as_sql(self, compiler):
        lhs_sql, lhs_params = compiler.compile(self.lhs)
        rhs_sql, rhs_params = compiler.compile(self.rhs)
        return f"({lhs_sql} {self.connector} {rhs_sql})", lhs_params + rhs_params


class RawSQL(Expression):
    def __init__(self, sql, params, output_field=None):
        self.sql, self.params, self.output_field = sql, list(params), output_field

    def __repr__(self):
        return f"RawSQL({self.sql}, {tuple(self.params)})"

    def as_sql(self, compiler):
        return f"({self.sql})", list(self.params)


class OrderBy(Expression):
    def __init__(self, expression, descending=False, nulls_first=None, nulls_last=None):
        self.expression, self.descending = expression, descending

    def resolve(self, query, usage="order"):
        return OrderBy(self.expression.resolve(query, usage), self.descending)


class Aggregate(Expression):
    function = None
    contains_aggregate = True

    def __init__(self, expression, distinct=False, filter=None, default=None, output_field=None):
        self.source = F(expression) if isinstance(expression, str) else expression
        self.distinct, self.filter, self.default = distinct, filter, default
        self._output_field = output_field

    def __repr__(self):
        return f"{type(self).__name__}({self.source!r})"

    def resolve(self, query, usage="select"):
        made = type(self).__new__(type(self))
        vars(made).update(vars(self))
        made.source = self.source.resolve(query, "aggregate")
        if made.source.contains_aggregate:
            raise FieldError(f"Cannot compute {self.name}('{getattr(self.source, 'name', self.source)}'): "
                             f"'{getattr(self.source, 'name', self.source)}' is an aggregate")
        made.output_field = self._output_field or self.result_field(made.source)
        return made

    def result_field(self, source):
        return source.output_field

    name = property(lambda self: type(self).__name__)

    def as_sql(self, compiler):
        sql, params = compiler.compile(self.source)
        distinct = "DISTINCT " if self.distinct else ""
        called = f"{self.function}({distinct}{sql})"
        if _is_decimal(self.output_field):
            return f"(CAST({called} AS NUMERIC))", params  # sqlite computes it in floats
        return called, params

    def from_db(self, value):
        if value is None:  # an aggregate over no rows
            return self.default
        return _decimal_of(value) if _is_decimal(self.output_field) else super().from_db(value)


def _is_decimal(field):
    from django.db.models.fields import DecimalField

    return isinstance(field, DecimalField)


def _decimal_of(value):
    """An aggregate of a DecimalField, as sqlite's number reads (not rounded to the field's places)."""
    import decimal

    return decimal.Context(prec=15).create_decimal_from_float(value) if isinstance(value, (int, float)) else decimal.Decimal(value)


class Star(Expression):
    def as_sql(self, compiler):
        return "*", []


class Count(Aggregate):
    function = "COUNT"

    def __init__(self, expression, filter=None, **extra):
        super().__init__(Star() if expression == "*" else expression, filter=filter, **extra)
        self.default = 0

    def resolve(self, query, usage="select"):
        if isinstance(self.source, Star):
            made = Count("*", distinct=self.distinct)
            made.output_field = _integer_field()
            return made
        return super().resolve(query, usage)

    def result_field(self, source):
        return _integer_field()


class Sum(Aggregate):
    function = "SUM"


class Max(Aggregate):
    function = "MAX"


class Min(Aggregate):
    function = "MIN"


class Avg(Aggregate):
    function = "AVG"

    def result_field(self, source):
        from django.db.models.fields import DecimalField, FloatField

        return source.output_field if isinstance(source.output_field, DecimalField) else FloatField()


def _integer_field():
    from django.db.models.fields import IntegerField

    return IntegerField()


class Func(Expression):
    function = None

    def __init__(self, *expressions, output_field=None, **extra):
        self.expressions = [F(e) if isinstance(e, str) else e for e in expressions]
        self.output_field = output_field

    def resolve(self, query, usage="select"):
        made = type(self).__new__(type(self))
        vars(made).update(vars(self))
        made.expressions = [e.resolve(query, usage) for e in self.expressions]
        made.output_field = self.output_field or (made.expressions[0].output_field if made.expressions else None)
        return made

    def as_sql(self, compiler):
        compiled = [compiler.compile(part) for part in self.expressions]
        arguments = ", ".join(sql for sql, _ in compiled)
        return f"{self.function}({arguments})", [param for _, params in compiled for param in params]


class Lower(Func):
    function = "LOWER"


class Upper(Func):
    function = "UPPER"


class Length(Func):
    function = "LENGTH"
