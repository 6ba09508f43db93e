"""A query's state and the SQL it becomes, as Django writes it for sqlite.

A Query holds the model, its tables (the base table and the joins a path like
`category__name` made: INNER for a relation every matching row has, LEFT OUTER for a nullable
one, an OR that not every branch crosses, or a negated condition), the WHERE tree, the
annotations, the selected names, the ordering and the slice. A Compiler turns it into SQL with
`%s` parameters: tables are quoted, aliases of a table's second use (T3) or of a subquery (U0)
are not; in a SELECT whose columns are named (values()), ORDER BY and GROUP BY refer to a
selected column by its position.
"""

import difflib
from collections import Counter, deque

from django.core.exceptions import FieldDoesNotExist, FieldError
from django.db.models.expressions import Col, Expression, F, OrderBy, RawSQL
from django.db.models.lookups import LOOKUPS, BooleanExpression, EmptyResult, IsNull, WhereNode
from django.db.models.query_utils import Q

INNER, LOUTER = "INNER JOIN", "LEFT OUTER JOIN"


def _shallow_copy(thing):
    """copy.copy() of a plain instance of ours (no __slots__, no __copy__ or __setstate__): a
    new instance with the same attributes, without copy's trip through __reduce_ex__ (a query is
    cloned at every filter(), order_by() and run)."""
    made = object.__new__(type(thing))
    vars(made).update(vars(thing))
    return made


class Join:
    def __init__(self, table, alias, parent_alias, lhs_column, rhs_column, join_type, nullable):
        self.table, self.alias, self.parent_alias = table, alias, parent_alias
        self.lhs_column, self.rhs_column = lhs_column, rhs_column
        self.join_type, self.nullable = join_type, nullable

    key = property(lambda self: (self.parent_alias, self.lhs_column, self.table, self.rhs_column))


class Ref(Expression):
    """An annotation named in a later part of the query."""

    def __init__(self, name, source):
        self.name, self.source = name, source
        self.output_field = source.output_field
        self.contains_aggregate = source.contains_aggregate

    def as_sql(self, compiler):
        return compiler.compile(self.source)

    def from_db(self, value):
        return self.source.from_db(value)


class Query:
    def __init__(self, model):
        self.model, self.base_alias = model, model._meta.db_table
        self.tables = {self.base_alias: None}  # alias -> Join (None for the base table), in order of use
        self.where, self.annotations = WhereNode(), {}
        self.annotation_names = None  # the annotations selected (None: all of them)
        self.values_names = None  # values()/values_list() names (None: model instances)
        self.ordering, self.default_ordering, self.distinct = [], True, False
        self.low, self.high = 0, None
        self.deferred = (frozenset(), True)  # (names, defer?) : only() gives defer=False
        self.group_by = None  # None, or a list of expressions
        self.extra_selects = {}
        self.extra_order = []

    def clone(self):
        made = _shallow_copy(self)
        made.tables = {alias: _shallow_copy(join) if join is not None else None for alias, join in self.tables.items()}
        made.where = self.where.copy()
        made.annotations = dict(self.annotations)
        made.ordering = list(self.ordering)
        made.extra_selects = dict(self.extra_selects)
        if self.group_by is not None:
            made.group_by = list(self.group_by)
        return made

    def sql_with_params(self):
        return Compiler(self.clone()).select_sql()

    def __str__(self):
        """The SELECT with its parameters written in as they are, unquoted: not SQL to run."""
        sql, params = self.sql_with_params()
        return sql % tuple(params)

    # ---- names to columns ----

    def _field_error(self, name, model):
        choices = model._meta.names_for_lookups() + [n for n in self.annotations if model is self.model]
        raise FieldError(f"Cannot resolve keyword '{name}' into field. Choices are: {', '.join(sorted(choices))}")

    def _join(self, parent_alias, table, lhs_column, rhs_column, nullable):
        for alias, join in self.tables.items():
            if join is not None and join.key == (parent_alias, lhs_column, table, rhs_column):
                return alias
        used = [j.table if j else a for a, j in self.tables.items()]
        alias = table if table not in used else f"T{len(self.tables) + 1}"
        parent = self.tables[parent_alias]
        outer = nullable or (parent is not None and parent.join_type == LOUTER)
        self.tables[alias] = Join(table, alias, parent_alias, lhs_column, rhs_column, LOUTER if outer else INNER, nullable)
        return alias

    def setup_path(self, parts, allow_lookups=True):
        """(column expression, target field, joins used, lookup parts) for a `__` path."""
        model, alias, used = self.model, self.base_alias, []
        field = None
        for index, name in enumerate(parts):
            if name == "pk":
                name = model._meta.pk.name
            try:
                found = model._meta.get_field(name)
            except FieldDoesNotExist:
                if field is None:
                    self._field_error(name, model)
                return self._after_field(field, alias, used, parts[index:], model)
            if found.model is not model and found.many_to_one:  # a reverse relation
                if found.null is None:
                    pass
                alias = self._join(alias, found.model._meta.db_table, model._meta.pk.column, found.column, True)
                used.append(alias)
                model, field = found.model, found.model._meta.pk
                continue
            if found.is_relation and found.many_to_one:
                rest = parts[index + 1:]
                if rest and rest[0] not in LOOKUPS:
                    related_names = {f.name for f in found.related_model._meta.get_fields()} | {"pk"}
                    if rest[0] not in related_names and rest[0] not in {f.attname for f in found.related_model._meta.local_fields}:
                        self._unsupported(rest[0], found, kind="ForeignKey")
                    target_name = found.related_model._meta.pk.name
                    if rest[0] in (target_name, "pk") and (len(rest) == 1 or rest[1] in LOOKUPS):
                        return Col(alias, found), found, used, rest[1:]
                    alias = self._join(alias, found.related_model._meta.db_table, found.column,
                                       found.related_model._meta.pk.column, found.null)
                    used.append(alias)
                    model, field = found.related_model, found.related_model._meta.pk
                    continue
                return Col(alias, found), found, used, rest
            return Col(alias, found), found, used, parts[index + 1:]
        return Col(alias, field), field, used, []

    def _after_field(self, field, alias, used, rest, model):
        if rest[0] in LOOKUPS:
            return Col(alias, field), field, used, rest
        self._field_error(rest[0], model)

    def resolve_name(self, name, usage="select"):
        if name in self.annotations:
            return Ref(name, self.annotations[name])
        col, field, used, rest = self.setup_path(name.split("__"))
        if rest:
            raise FieldError(f"Cannot resolve keyword '{rest[0]}' into field. Join on '{name.split('__')[0]}' not permitted.")
        return col

    # ---- conditions ----

    def add_q(self, q):
        inner_before = {a for a, j in self.tables.items() if j is not None and j.join_type == INNER}
        clause, _ = self._build_q(q, False)
        self.where.add(clause, "AND")
        self._demote(inner_before)

    def _build_q(self, q, negated):
        current_negated = negated ^ q.negated
        node = WhereNode(q.connector, q.negated)
        votes = Counter()
        for child in q.children:
            if isinstance(child, Q):
                clause, needed = self._build_q(child, current_negated)
            elif isinstance(child, Expression):
                clause, needed = BooleanExpression(child.resolve(self, "filter")), ()
            else:
                clause, needed = self.build_filter(*child, current_negated)
            votes.update(set(needed))
            node.add(clause, q.connector)
        effective = q.connector if not current_negated else ("OR" if q.connector == "AND" else "AND")
        to_promote = {a for a, n in votes.items() if effective == "OR" and n < len(q.children)}
        to_demote = {a for a, n in votes.items() if effective == "AND" or n == len(q.children)}
        self._promote(to_promote)
        self._demote(to_demote)
        return node, to_demote

    def _promote(self, aliases):
        pending = deque(aliases)  # a join made LEFT OUTER makes the joins hanging from it so, in turn
        while pending:
            alias = pending.popleft()
            join = self.tables.get(alias)
            if join is None or join.join_type == LOUTER:
                continue
            parent = self.tables[join.parent_alias]
            if join.nullable or (parent is not None and parent.join_type == LOUTER):
                join.join_type = LOUTER
                pending.extend(a for a, j in self.tables.items() if j is not None and j.parent_alias == alias)

    def _demote(self, aliases):
        outer = [self.tables.get(a) for a in aliases]
        for join in [j for j in outer if j is not None and j.join_type == LOUTER]:
            join.join_type = INNER

    def build_filter(self, key, value, current_negated=False):
        parts = key.split("__")
        if parts[0] in self.annotations:
            lhs, field, used, rest = Ref(parts[0], self.annotations[parts[0]]), None, [], parts[1:]
        else:
            lhs, field, used, rest = self.setup_path(parts)
        lookup_name = rest[-1] if rest else "exact"
        if len(rest) > 1 or lookup_name not in LOOKUPS:
            self._unsupported(lookup_name if len(rest) <= 1 else rest[0], field)
        if isinstance(value, F) or (isinstance(value, Expression) and not isinstance(value, RawSQL)):
            value = value.resolve(self, "filter")
        elif isinstance(value, RawSQL):
            pass
        if value is None and lookup_name not in ("exact", "iexact"):
            raise ValueError("Cannot use None as a query value")
        lookup_name, value = ("isnull", True) if value is None else (lookup_name, value)  # = None is IS NULL
        if lookup_name == "in" and isinstance(value, (str, bytes)):
            pass
        if hasattr(value, "query") and hasattr(value, "_values_mode"):
            value = _AsSubquery(value)
        condition = LOOKUPS[lookup_name](lhs, value)
        clause = WhereNode()
        clause.add(condition, "AND")
        # A negated condition keeps the rows without a related row too: its joins stay LEFT OUTER.
        negated_outer = current_negated and (lookup_name != "isnull" or value is False)
        require_outer = negated_outer or (lookup_name == "isnull" and value is True and not current_negated)
        if negated_outer:
            if lookup_name != "isnull":
                last = self.tables.get(used[-1]) if used else None
                if (field is not None and field.null) or (last is not None and last.join_type == LOUTER):
                    clause.add(IsNull(lhs, False), "AND")
        return clause, (() if require_outer else used)

    def _unsupported(self, name, field, kind=None):
        if kind is None and field is not None and field.is_relation and field.many_to_one:
            raise FieldError(f"Related Field got invalid lookup: {name}")
        kind = kind or (field.get_internal_type() if field is not None else "the expression")
        close = difflib.get_close_matches(name, list(LOOKUPS))
        hint = f", perhaps you meant {' or '.join(close)}?" if close else "."
        raise FieldError(f"Unsupported lookup '{name}' for {kind} or join on the field not permitted{hint}")

    # ---- what is selected ----

    def concrete_columns(self):
        names, defer = self.deferred
        fields = self.model._meta.local_fields
        if defer:
            chosen = [f for f in fields if f.name not in names and f.attname not in names]
        else:
            chosen = [f for f in fields if f.primary_key or f.name in names or f.attname in names]
        return [Col(self.base_alias, f) for f in chosen]

    @property
    def has_aggregates(self):
        return any(a.contains_aggregate for a in self.annotations.values())

    def selected_annotations(self):
        names = self.annotations if self.annotation_names is None else self.annotation_names
        return [(name, self.annotations[name]) for name in names]


class _AsSubquery(Expression):
    def __init__(self, queryset):
        self.queryset = queryset

    def as_sql(self, compiler):
        return Compiler(self.queryset.query.clone(), subquery=True).select_sql(self.queryset._values_mode)


class Compiler:
    def __init__(self, query, subquery=False, relabel=None):
        self.query = query
        self.subquery = subquery
        self.relabel = relabel or {}

    def quote(self, name):
        return f'"{name}"'

    def column(self, alias, column):
        alias = self.relabel.get(alias, alias)
        table_alias = alias if alias[0] in "TU" and alias[1:].isdigit() else self.quote(alias)
        return f"{table_alias}.{self.quote(column)}"

    def compile(self, node):
        return node.as_sql(self)

    def from_sql(self):
        parts = []
        for alias, join in self.query.tables.items():
            shown = self.relabel.get(alias)
            if join is None:
                parts.append(self.quote(self.query.model._meta.db_table) + (f" {shown}" if shown else ""))
                continue
            name = self.quote(join.table)
            label = shown or (alias if alias != join.table else None)
            table = f"{name} {label}" if label else name
            on = f"{self.column(join.parent_alias, join.lhs_column)} = {self.column(alias, join.rhs_column)}"
            parts.append(f"{join.join_type} {table} ON ({on})")
        return " ".join(parts)

    def where_sql(self):
        """(' WHERE ...', params) or ('', []); EmptyResult if no row can match."""
        sql, params = self.compile(self.query.where)
        return (f" WHERE {sql}", params) if sql else ("", [])

    def select_items(self, values_mode):
        """[(expression, alias or None)] of the SELECT list."""
        query = self.query
        if query.values_names is not None:
            items = []
            plain = getattr(query, "values_unnamed", False)
            for name in query.values_names:
                if plain and name not in query.extra_selects and name not in query.annotations:
                    items.append((query.resolve_name(name), None))
                    continue
                if name in query.extra_selects:
                    items.append((query.extra_selects[name], name))
                elif name in query.annotations:
                    items.append((query.annotations[name], name))
                else:
                    items.append((query.resolve_name(name), name))
            return items
        items = [(col, None) for col in query.concrete_columns()]
        items += [(expr, name) for name, expr in query.extra_selects.items()]
        items += [(expr, name) for name, expr in query.selected_annotations()]
        return items

    def order_items(self, items):
        query = self.query
        if query.ordering:
            ordering = query.ordering
        elif query.default_ordering:
            ordering = query.model._meta.ordering
        else:
            ordering = []
        rendered, params = [], []
        for term in ordering:
            if isinstance(term, str) and term == "?":
                rendered.append("RANDOM()")
                continue
            if isinstance(term, OrderBy):
                expr, descending = term.expression, term.descending
                if isinstance(expr, F):
                    expr = query.resolve_name(expr.name, "order")
            elif isinstance(term, Expression):
                expr, descending = term.resolve(query, "order"), False
            else:
                descending = term.startswith("-")
                name = term.lstrip("-+")
                if name in query.extra_selects:
                    expr = query.extra_selects[name]
                else:
                    expr = self._ordering_column(name)
            sql, more = None, []
            for position, (selected, alias) in enumerate(items, start=1):
                if alias and (selected == expr or (isinstance(expr, Ref) and alias == expr.name)):
                    sql = str(position)
                    break
            if sql is None:
                sql, more = self.compile(expr)
            rendered.append(f"{sql} {'DESC' if descending else 'ASC'}")
            params += more
        return rendered, params

    def _ordering_column(self, name):
        query = self.query
        if name in query.annotations:
            return Ref(name, query.annotations[name])
        col, field, used, rest = query.setup_path(name.split("__"))
        if rest:
            query._field_error(rest[0], query.model)
        return col

    def group_items(self, items):
        query = self.query
        if not query.has_aggregates and query.group_by is None:
            return None
        if query.group_by is not None:
            expressions = list(query.group_by)
        else:
            expressions = [expr for expr, alias in items if not expr.contains_aggregate]
        for name, expr in query.annotations.items():
            if not expr.contains_aggregate and (name, expr) in query.selected_annotations() and expr not in expressions:
                expressions.append(expr)
        rendered, params = [], []
        for expr in expressions:
            sql = None
            for position, (selected, alias) in enumerate(items, start=1):
                if alias and selected == expr:
                    sql, more = str(position), []
                    break
            if sql is None:
                sql, more = self.compile(expr)
            if sql not in rendered:
                rendered.append(sql)
                params += more
        return rendered, params

    def select_sql(self, values_mode=None, with_limits=True):
        query = self.query
        items = self.select_items(values_mode)
        params = []
        columns = []
        for expr, alias in items:
            sql, more = self.compile(expr)
            columns.append(f"{sql} AS {self.quote(alias)}" if alias else sql)
            params += more
        distinct = "DISTINCT " if query.distinct else ""
        sql = f"SELECT {distinct}{', '.join(columns)} FROM {self.from_sql()}"
        where_parts = [c for c in query.where.children if not getattr(c, "contains_aggregate", False)]
        having_parts = [c for c in query.where.children if getattr(c, "contains_aggregate", False)]
        if having_parts:
            where_node = WhereNode("AND", query.where.negated, where_parts)
            where_sql, where_params = self.compile(where_node)
        else:
            where_sql, where_params = self.compile(query.where)
        if where_sql:
            sql += f" WHERE {where_sql}"
            params += where_params
        grouped = self.group_items(items)
        if grouped:
            sql += f" GROUP BY {', '.join(grouped[0])}"
            params += grouped[1]
        if having_parts:
            having_sql, having_params = self.compile(WhereNode("AND", False, having_parts))
            if having_sql:
                sql += f" HAVING {having_sql}"
                params += having_params
        if not self.subquery or query.high is not None or query.low:
            order, order_params = self.order_items(items)
            if order and not (self.subquery and query.high is None and not query.low):
                sql += f" ORDER BY {', '.join(order)}"
                params += order_params
        if with_limits:
            sql += self.limit_sql()
        return sql, params

    def limit_sql(self):
        query = self.query
        if query.high is not None:
            limit = f" LIMIT {query.high - query.low}"
            return limit + (f" OFFSET {query.low}" if query.low else "")
        if query.low:
            return f" LIMIT -1 OFFSET {query.low}"
        return ""

    def count_sql(self):
        query = self.query
        if query.distinct or query.high is not None or query.low or query.has_aggregates:
            inner, params = Compiler(query, subquery=True).counted_rows_sql()
            return f"SELECT COUNT(*) FROM ({inner}) subquery", params
        sql = f'SELECT COUNT(*) AS "__count" FROM {self.from_sql()}'
        where_sql, params = self.where_sql()
        return sql + where_sql, params

    def counted_rows_sql(self):
        """The rows a count() of a distinct or sliced query counts: their columns named col1,
        col2... (only the primary key unless the query is distinct), ordered when sliced."""
        query = self.query
        if query.distinct or query.has_aggregates:
            items = self.select_items(None)
        else:
            items = [(Col(query.base_alias, query.model._meta.pk), None)]
        columns, params = [], []
        for number, (expr, alias) in enumerate(items, start=1):
            sql, more = self.compile(expr)
            columns.append(f'{sql} AS "{alias or f"col{number}"}"')
            params += more
        distinct = "DISTINCT " if query.distinct else ""
        sql = f"SELECT {distinct}{', '.join(columns)} FROM {self.from_sql()}"
        where_sql, where_params = self.where_sql()
        sql += where_sql
        params += where_params
        grouped = self.group_items(items) if query.has_aggregates else None
        if grouped:
            sql += f" GROUP BY {', '.join(grouped[0])}"
            params += grouped[1]
        if query.high is not None or query.low:
            order, order_params = self.order_items(items)
            if order:
                sql += f" ORDER BY {', '.join(order)}"
                params += order_params
            sql += self.limit_sql()
        return sql, params

    def aggregate_sql(self, aggregates):
        columns, params = [], []
        for name, expr in aggregates.items():
            sql, more = self.compile(expr)
            columns.append(f"{sql} AS {self.quote(name)}")
            params += more
        sql = f"SELECT {', '.join(columns)} FROM {self.from_sql()}"
        where_sql, where_params = self.where_sql()
        return sql + where_sql, params + where_params

    def base_pk_column(self):
        """The primary key column of the query's model, in its base table."""
        return self.column(self.query.base_alias, self.query.model._meta.pk.column)

    def pk_subquery(self):
        """SELECT U0."id" ... : the rows a query matches, for an UPDATE or DELETE of a query with joins."""
        relabel = {alias: f"U{index}" for index, alias in enumerate(self.query.tables)}
        inner = Compiler(self.query, subquery=True, relabel=relabel)
        sql = f"SELECT {inner.base_pk_column()} FROM {inner.from_sql()}"
        where_sql, params = inner.where_sql()
        return sql + where_sql, params

    def rows_condition(self):
        """The WHERE of an UPDATE or DELETE of this query's rows."""
        if len(self.query.tables) > 1:
            sub_sql, params = self.pk_subquery()
            return f" WHERE {self.base_pk_column()} IN ({sub_sql})", params
        return self.where_sql()
