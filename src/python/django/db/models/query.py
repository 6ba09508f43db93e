"""QuerySets: lazy, chainable descriptions of rows (each method returns a new one); the query
runs when the rows are needed (iteration, len, list, repr, bool) or at once for count(),
get(), first(), aggregate(), exists(), update() and delete(). Also raw() and the saving and
deleting of instances."""

from django.core import exceptions
from django.db import connections
from django.db.models.expressions import Expression, F, OrderBy
from django.db.models.lookups import EmptyResult, ExtraWhere
from django.db.models.query_utils import Q
from django.db.models.sql import Compiler, Query, Ref

MAX_GET_RESULTS = 21
REPR_OUTPUT_SIZE = 20


def _db(using=None):
    return connections[using or "default"]


def _execute(sql, params, using=None):
    """One statement run: the names of its result columns, its rows, and its rowcount."""
    with _db(using).cursor() as cursor:
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return names, (cursor.fetchall() if names else []), cursor.rowcount


def run(sql, params, using=None):
    """The rows a statement returns, and its rowcount."""
    _, rows, count = _execute(sql, params, using)
    return rows, count


class _Rows:
    """What QuerySet and RawQuerySet share: their rows are made on first need (by _produce),
    then kept."""

    _cache = None

    def _fetch(self):
        if self._cache is None:
            self._cache = list(self._produce())
        return self._cache

    def __iter__(self):
        return iter(self._fetch())

    def __len__(self):
        return len(self._fetch())


def _shifted(start, offset, ceiling, unchanged):
    """start + offset, kept at or below `ceiling` (None: no ceiling); `unchanged` when offset is None."""
    if offset is None:
        return unchanged
    return start + offset if ceiling is None else min(start + offset, ceiling)


def _with_aliases(args, kwargs, alias):
    """The named expressions, then each positional one under the name `alias` gives it."""
    return {**kwargs, **{alias(arg): arg for arg in args}}


def _creation_values(lookups, defaults):
    """The field values a *_or_create() creates with: its plain lookups, then the defaults."""
    return {**{k: v for k, v in lookups.items() if "__" not in k}, **(defaults or {})}


def _assignment(compiler, field, value):
    """`"column" = sql` of an UPDATE and its params: an expression compiled against the
    compiler's query, None as NULL, any other value as the field stores it."""
    if isinstance(value, Expression):
        sql, params = compiler.compile(value.resolve(compiler.query, "update"))
    else:
        sql, params = ("NULL", []) if value is None else ("%s", [field.to_db(value)])
    return f'"{field.column}" = {sql}', params


class QuerySet(_Rows):
    def __init__(self, model=None, query=None, using=None, hints=None):
        self.model, self._db = model, using
        self.query = query if query is not None else Query(model)
        self._values_mode = None  # None (instances), "dict", "tuple", "flat"

    def _clone(self):
        made = type(self).__new__(type(self))
        made.model, made.query, made._values_mode, made._cache, made._db = (
            self.model, self.query.clone(), self._values_mode, None, self._db)
        return made

    # ---- running ----

    def _produce(self):
        compiler = Compiler(self.query.clone())
        try:
            items = compiler.select_items(self._values_mode)
            sql, params = compiler.select_sql(self._values_mode)
        except EmptyResult:
            return
        rows, _ = run(sql, params, self._db)
        converters = [expr.from_db for expr, _ in items]
        names = [alias or expr.field.attname for expr, alias in items]
        for row in rows:
            values = [convert(value) for convert, value in zip(converters, row)]
            if self._values_mode == "dict":
                yield dict(zip(names, values))
            elif self._values_mode == "tuple":
                yield tuple(values)
            elif self._values_mode == "flat":
                yield values[0]
            else:
                yield self.model.from_db(self._db, names, values)

    def __bool__(self):
        return bool(self._fetch())

    def __repr__(self):
        head = list(self[: REPR_OUTPUT_SIZE + 1])
        cut = len(head) > REPR_OUTPUT_SIZE  # one row past the limit: there are more than shown
        shown = head[:REPR_OUTPUT_SIZE] + ["...(remaining elements truncated)..."] * cut
        return f"<{type(self).__name__} {shown!r}>"

    def __getitem__(self, key):
        if self._cache is not None:
            return self._cache[key]
        if isinstance(key, slice):
            if (key.start is not None and key.start < 0) or (key.stop is not None and key.stop < 0):
                raise ValueError("Negative indexing is not supported.")
            if key.step not in (None, 1):
                return list(self)[key]
            made = self._clone()
            made._set_limits(key.start, key.stop)
            return made
        if not isinstance(key, int):
            raise TypeError(f"QuerySet indices must be integers or slices, not {type(key).__name__}.")
        if key < 0:
            raise ValueError("Negative indexing is not supported.")
        made = self._clone()
        made._set_limits(key, key + 1)
        return list(made)[0]

    def _set_limits(self, low, high):
        """Narrow the rows to [low, high), counted from the current start."""
        query = self.query
        start = query.low
        query.high = _shifted(start, high, query.high, query.high)
        query.low = _shifted(start, low, query.high, query.low)

    @property
    def _sliced(self):
        return self.query.high is not None or bool(self.query.low)

    def _statement_query(self, ordered=False):
        """A copy of the query for a statement run now; without its ordering unless `ordered`."""
        query = self.query.clone()
        if not ordered:
            query.ordering, query.default_ordering = [], False
        return query

    # ---- chaining ----

    def all(self):
        return self._clone()

    def none(self):
        made = self._clone()
        made.query.where.add(_Nothing(), "AND")
        return made

    def filter(self, *args, **kwargs):
        return self._narrowed(Q(*args, **kwargs))

    def exclude(self, *args, **kwargs):
        return self._narrowed(~Q(*args, **kwargs))

    def _narrowed(self, condition):
        if self._sliced:
            raise TypeError("Cannot filter a query once a slice has been taken.")
        made = self._clone()
        made.query.add_q(condition)
        return made

    def order_by(self, *names):
        made = self._clone()
        named = {term.lstrip("-") for term in names if isinstance(term, str) and term != "?"}
        for path in named - set(made.query.annotations) - set(made.query.extra_selects):
            made.query.setup_path(path.split("__"))
        made.query.ordering = list(names)
        made.query.default_ordering = False
        return made

    def reverse(self):
        made = self._clone()
        ordering = made.query.ordering or (made.model._meta.ordering if made.query.default_ordering else [])
        made.query.ordering = [_reversed(term) for term in ordering]
        made.query.default_ordering = False
        return made

    def distinct(self, *fields):
        made = self._clone()
        made.query.distinct = True
        return made

    def values(self, *fields, **expressions):
        made = self._values(fields, expressions)
        made._values_mode = "dict"
        return made

    def values_list(self, *fields, flat=False, named=False):
        if flat and len(fields) > 1:
            raise TypeError("'flat' is not valid when values_list is called with more than one field.")
        made = self._values(fields, {})
        made._values_mode = "flat" if flat else "tuple"
        return made

    def _values(self, fields, expressions):
        made = self._clone()
        query = made.query
        for name, expression in expressions.items():
            query.annotations[name] = expression.resolve(query)
        names = list(fields) + list(expressions)
        query.values_unnamed = not names  # values() of every field: its columns are not named "AS"
        if not names:
            names = [f.attname for f in query.model._meta.local_fields] + list(query.extra_selects)
            names += [name for name, _ in query.selected_annotations()]
        else:
            for field_name in [n for n in names if n not in query.annotations and n not in query.extra_selects]:
                query.resolve_name(field_name)
        if query.has_aggregates and query.group_by is None and query.values_names is None:
            query.group_by = [c for c in query.concrete_columns()]
        elif query.values_names is None and not query.has_aggregates:
            pass
        query.annotation_names = [name for name in names if name in query.annotations]
        query.values_names = names
        return made

    def annotate(self, *args, **kwargs):
        made = self._clone()
        query = made.query
        kwargs = _with_aliases(args, kwargs, lambda arg: arg.default_alias if hasattr(arg, "default_alias")
                               else f"{arg.source.name}__{arg.name.lower()}")
        for name, expression in kwargs.items():
            if name in {f.name for f in query.model._meta.local_fields}:
                raise ValueError(f"The annotation '{name}' conflicts with a field on the model.")
            resolved = expression.resolve(query)
            query.annotations[name] = resolved
            if query.annotation_names is not None:
                query.annotation_names.append(name)
            if query.values_names is not None:
                query.values_names.append(name)
                if resolved.contains_aggregate and query.group_by is None:
                    query.group_by = [query.resolve_name(n) for n in query.values_names if n != name and n not in query.annotations]
        return made

    alias = annotate

    def extra(self, select=None, where=None, params=None, tables=None, order_by=None, select_params=None):
        made = self._clone()
        if select:
            from django.db.models.expressions import RawSQL

            given = list(select_params or ())
            for name, sql in select.items():
                count = sql.count("%s")
                made.query.extra_selects[name] = RawSQL(sql, given[:count])
                given = given[count:]
        if where:
            made.query.where.add(ExtraWhere(where, params), "AND")
        if order_by:
            made.query.ordering = list(order_by)
            made.query.default_ordering = False
        return made

    def only(self, *fields):
        made = self._clone()
        made.query.deferred = (frozenset(fields), False)
        return made

    def defer(self, *fields):
        made = self._clone()
        names, defer = made.query.deferred
        made.query.deferred = (names | frozenset(fields), True) if defer else (names - frozenset(fields), False)
        return made

    def select_related(self, *fields):
        return self._clone()

    def prefetch_related(self, *lookups):
        return self._clone()

    def using(self, alias):
        made = self._clone()
        made._db = alias
        return made

    # ---- answers now ----

    @property
    def ordered(self):
        query = self.query
        if query.ordering or query.extra_order:
            return True
        if query.default_ordering and self.model._meta.ordering and not query.group_by:
            return True
        return False

    def count(self):
        if self._cache is not None:
            return len(self._cache)
        query = self._statement_query(ordered=self._sliced)
        try:
            sql, params = Compiler(query).count_sql()
        except EmptyResult:
            return 0
        rows, _ = run(sql, params, self._db)
        return rows[0][0]

    def exists(self):
        compiler = Compiler(self._statement_query())
        try:
            where_sql, params = compiler.where_sql()
        except EmptyResult:
            return False
        rows, _ = run(f'SELECT 1 AS "a" FROM {compiler.from_sql()}{where_sql} LIMIT 1', params, self._db)
        return bool(rows)

    def aggregate(self, *args, **kwargs):
        query = self._statement_query()
        kwargs = _with_aliases(args, kwargs, lambda arg: f"{arg.source.name}__{arg.name.lower()}")
        resolved = {}
        for name, expression in kwargs.items():
            made = expression.resolve(query)
            if not made.contains_aggregate:
                raise TypeError(f"{name} is not an aggregate expression")
            resolved[name] = made
        try:
            sql, params = Compiler(query).aggregate_sql(resolved)
        except EmptyResult:
            return {name: getattr(expr, "default", None) for name, expr in resolved.items()}
        rows, _ = run(sql, params, self._db)
        return {name: expr.from_db(value) for (name, expr), value in zip(resolved.items(), rows[0])}

    def get(self, *args, **kwargs):
        made = self.filter(*args, **kwargs) if args or kwargs else self._clone()
        if not made.query.distinct:
            made.query.ordering, made.query.default_ordering = [], False
        if made.query.high is None:
            made.query.high = made.query.low + MAX_GET_RESULTS
        found = list(made)
        if len(found) == 1:
            return found[0]
        name = self.model._meta.object_name
        if not found:
            raise self.model.DoesNotExist(f"{name} matching query does not exist.")
        many = "more than 20" if len(found) == MAX_GET_RESULTS else len(found)
        raise self.model.MultipleObjectsReturned(f"get() returned more than one {name} -- it returned {many}!")

    def first(self):
        chosen = self if self.ordered else self.order_by("pk")
        for found in chosen[:1]:
            return found
        return None

    def last(self):
        chosen = self.reverse() if self.ordered else self.order_by("-pk")
        for found in chosen[:1]:
            return found
        return None

    def create(self, **kwargs):
        return _inserted(self.model(**kwargs))

    def bulk_create(self, objs, batch_size=None, ignore_conflicts=False, **kwargs):
        return [_inserted(instance) for instance in objs]

    def _existing(self, lookups):
        """[the one row matching `lookups`], or [] when there is none."""
        try:
            return [self.get(**lookups)]
        except self.model.DoesNotExist:
            return []

    def get_or_create(self, defaults=None, **kwargs):
        from django.db import transaction

        found = self._existing(kwargs)
        if found:
            return found[0], False
        with transaction.atomic():
            return self.create(**_creation_values(kwargs, defaults)), True

    def update_or_create(self, defaults=None, create_defaults=None, **kwargs):
        from django.db import transaction

        defaults = dict(defaults or {})
        with transaction.atomic():
            found = self._existing(kwargs)
            if not found:
                chosen = create_defaults if create_defaults is not None else defaults
                return self.create(**_creation_values(kwargs, chosen)), True
            instance = found[0]
            for name, value in defaults.items():
                setattr(instance, name, value() if callable(value) else value)
            names = set(defaults)
            for field in self.model._meta.local_fields:
                if not field.primary_key and field.computes_on_save:
                    names.add(field.name)
            save_instance(instance, update_fields=names)
            return instance, False

    def update(self, **kwargs):
        if self._sliced:
            raise TypeError("Cannot update a query once a slice has been taken.")
        compiler = Compiler(self._statement_query(ordered=True))
        assignments, params = [], []
        for name, value in kwargs.items():
            try:
                field = self.model._meta.get_field(name)
            except exceptions.FieldDoesNotExist:
                raise exceptions.FieldDoesNotExist(f"{self.model._meta.object_name} has no field named '{name}'")
            assignment, more = _assignment(compiler, field, value)
            assignments.append(assignment)
            params += more
        try:
            where_sql, where_params = compiler.rows_condition()
        except EmptyResult:
            return 0
        sql = f'UPDATE "{self.model._meta.db_table}" SET {", ".join(assignments)}{where_sql}'
        _, count = run(sql, params + where_params, self._db)
        self._cache = None
        return count

    def delete(self):
        pks = list(self.values_list("pk", flat=True)) if _referred_to(self.model) else None
        from django.db import transaction

        if pks is None:
            compiler = Compiler(self.query.clone())
            try:
                where_sql, params = compiler.rows_condition()
            except EmptyResult:
                return 0, {}
            with transaction.atomic(savepoint=False):
                _, count = run(f'DELETE FROM "{self.model._meta.db_table}"{where_sql}', params, self._db)
            return count, ({self.model._meta.label: count} if count else {})
        with transaction.atomic(savepoint=False):
            return delete_instances(self.model, pks)

    def iterator(self, chunk_size=None):
        return iter(self._fetch())

    def in_bulk(self, id_list=None, field_name="pk"):
        found = self.filter(**{f"{field_name}__in": id_list}) if id_list is not None else self
        return {getattr(obj, "pk" if field_name == "pk" else field_name): obj for obj in found}

    def raw(self, raw_query, params=(), translations=None, using=None):
        return RawQuerySet(raw_query, self.model, params, translations, using or self._db)


def _reversed(term):
    if isinstance(term, str):
        return term[1:] if term.startswith("-") else f"-{term}"
    if isinstance(term, OrderBy):
        return OrderBy(term.expression, not term.descending)
    return OrderBy(term, True)


class _Nothing:
    contains_aggregate = False

    def as_sql(self, compiler):
        raise EmptyResult


def _referred_to(model):
    return bool(model._meta.related_objects)


def _inserted(instance):
    save_instance(instance, force_insert=True)
    return instance


def save_instance(instance, force_insert=False, force_update=False, update_fields=None):
    meta = type(instance)._meta
    adding = instance._state.adding
    pk = meta.pk
    fields = [f for f in meta.local_fields if f.column]
    update_fields = None if update_fields is None else set(update_fields)
    if instance.pk is not None and not force_insert:
        chosen = [f for f in fields if not f.primary_key and (update_fields is None or f.name in update_fields or f.attname in update_fields)]
        compiler = Compiler(Query(type(instance)))
        assignments, params = [], []
        for field in chosen:
            assignment, more = _assignment(compiler, field, field.pre_save(instance, False))
            assignments.append(assignment)
            params += more
        if assignments:
            table = meta.db_table
            _, count = run(f'UPDATE "{table}" SET {", ".join(assignments)} WHERE "{table}"."{pk.column}" = %s',
                           params + [pk.to_db(instance.pk)])
            if count or force_update or update_fields is not None:
                if not count and update_fields is not None:
                    raise exceptions.ObjectDoesNotExist("Save with update_fields did not affect any rows.")
                instance._state.adding = False
                return
    chosen = [f for f in fields if not (f.primary_key and instance.pk is None)]
    columns, params = [], []
    for field in chosen:
        value = field.pre_save(instance, True)
        columns.append(f'"{field.column}"')
        params.append(None if value is None else field.to_db(value))
    marks = ["%s"] * len(columns)
    table = meta.db_table
    returning = f' RETURNING "{table}"."{pk.column}"' if instance.pk is None else ""
    if columns:
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join(marks)}){returning}'
    else:
        sql = f'INSERT INTO "{table}" DEFAULT VALUES{returning}'
    rows, _ = run(sql, params)
    if instance.pk is None:
        instance.pk = rows[0][0]
    instance._state.adding = False


def delete_instances(model, pks):
    """Delete the rows of `pks` and what a CASCADE takes with them: (count, {label: count})."""
    from django.db.models import deletion

    counts = {}
    if not pks:
        return 0, counts
    for relation in model._meta.related_objects:
        referring = relation.model._default_manager.filter(**{f"{relation.name}__in": pks})
        if relation.on_delete is deletion.PROTECT and referring.exists():
            raise deletion.ProtectedError(
                f"Cannot delete some instances of model '{model.__name__}' because they are referenced through "
                f"protected foreign keys: '{relation.model.__name__}.{relation.name}'.", set(referring))
        if relation.on_delete is deletion.CASCADE:
            count, more = referring.delete()
            for label, n in more.items():
                counts[label] = counts.get(label, 0) + n
        elif relation.on_delete is deletion.SET_NULL:
            referring.update(**{relation.name: None})
    table, pk = model._meta.db_table, model._meta.pk
    marks = ", ".join(["%s"] * len(pks))
    _, count = run(f'DELETE FROM "{table}" WHERE "{table}"."{pk.column}" IN ({marks})', list(pks))
    if count:
        counts[model._meta.label] = counts.get(model._meta.label, 0) + count
    return sum(counts.values()), counts


class RawQuerySet(_Rows):
    """The rows of the SQL given, as instances of the model: each column that names a field
    fills it; others become attributes. The SQL runs as written, with `params` (when given)
    in its `%s` places."""

    def __init__(self, raw_query, model=None, params=(), translations=None, using=None):
        self.raw_query, self.params, self.translations = raw_query, params, translations or {}
        self.model, self._db = model, using

    def _produce(self):
        names, rows, _ = _execute(self.raw_query, None if self.params is None or self.params == () else self.params,
                                  self._db)
        columns = [self.translations.get(name, name) for name in names]
        by_column = {f.column: f for f in self.model._meta.local_fields}
        if rows and self.model._meta.pk.column not in columns:
            raise exceptions.FieldDoesNotExist("Raw query must include the primary key")
        return [self._instance(by_column, columns, row) for row in rows]

    def _instance(self, by_column, columns, row):
        filled, extra = [], {}
        for column, value in zip(columns, row):
            if column in by_column:
                filled.append((by_column[column].attname, by_column[column].from_db(value)))
            else:
                extra[column] = value
        instance = self.model.from_db(self._db, [name for name, _ in filled], [value for _, value in filled])
        for name, value in extra.items():
            setattr(instance, name, value)
        return instance

    def __getitem__(self, key):
        return self._fetch()[key]

    @property
    def columns(self):
        return _execute(self.raw_query, self.params or None, self._db)[0]

    def __str__(self):
        return self.raw_query % tuple(self.params) if self.params else self.raw_query

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"


class EmptyQuerySet:
    pass
