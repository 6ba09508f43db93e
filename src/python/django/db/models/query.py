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


def run(sql, params, using=None):
    """The rows a statement returns (a cursor's fetchall()), and the cursor's rowcount."""
    with _db(using).cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else []
        return rows, cursor.rowcount


class QuerySet:
    def __init__(self, model=None, query=None, using=None, hints=None):
        self.model = model
        self.query = query if query is not None else Query(model)
        self._values_mode = None  # None (instances), "dict", "tuple", "flat"
        self._cache = None
        self._db = using

    def _clone(self):
        made = type(self).__new__(type(self))
        made.model, made.query, made._values_mode, made._cache, made._db = (
            self.model, self.query.clone(), self._values_mode, None, self._db)
        return made

    # ---- running ----

    def _fetch(self):
        if self._cache is None:
            self._cache = list(self._iterate())
        return self._cache

    def _iterate(self):
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

    def __iter__(self):
        return iter(self._fetch())

    def __len__(self):
        return len(self._fetch())

    def __bool__(self):
        return bool(self._fetch())

    def __repr__(self):
        data = list(self[: REPR_OUTPUT_SIZE + 1])
        if len(data) > REPR_OUTPUT_SIZE:
            data[-1] = "...(remaining elements truncated)..."
        return f"<{type(self).__name__} {data!r}>"

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
        query = self.query
        old_low, old_high = query.low, query.high
        if high is not None:
            query.high = min(old_low + high, old_high) if old_high is not None else old_low + high
        if low is not None:
            query.low = min(old_low + low, query.high) if query.high is not None else old_low + low

    # ---- chaining ----

    def all(self):
        return self._clone()

    def none(self):
        made = self._clone()
        made.query.where.add(_Nothing(), "AND")
        return made

    def filter(self, *args, **kwargs):
        return self._filter_or_exclude(False, args, kwargs)

    def exclude(self, *args, **kwargs):
        return self._filter_or_exclude(True, args, kwargs)

    def _filter_or_exclude(self, negate, args, kwargs):
        if self.query.high is not None or self.query.low:
            raise TypeError("Cannot filter a query once a slice has been taken.")
        made = self._clone()
        condition = Q(*args, **kwargs)
        made.query.add_q(~condition if negate else condition)
        return made

    def order_by(self, *names):
        made = self._clone()
        for name in names:
            if isinstance(name, str) and name != "?" and name.lstrip("-") not in made.query.annotations \
                    and name.lstrip("-") not in made.query.extra_selects:
                made.query.setup_path(name.lstrip("-").split("__"))
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
            for name in names:
                if name not in query.annotations and name not in query.extra_selects:
                    query.resolve_name(name)
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
        for arg in args:
            kwargs[arg.default_alias if hasattr(arg, "default_alias") else f"{arg.source.name}__{arg.name.lower()}"] = arg
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
        query = self.query.clone()
        if query.high is None and not query.low:
            query.ordering, query.default_ordering = [], False
        try:
            sql, params = Compiler(query).count_sql()
        except EmptyResult:
            return 0
        rows, _ = run(sql, params, self._db)
        return rows[0][0]

    def exists(self):
        query = self.query.clone()
        query.ordering, query.default_ordering = [], False
        compiler = Compiler(query)
        try:
            where_sql, params = compiler.where_sql()
        except EmptyResult:
            return False
        rows, _ = run(f'SELECT 1 AS "a" FROM {compiler.from_sql()}{where_sql} LIMIT 1', params, self._db)
        return bool(rows)

    def aggregate(self, *args, **kwargs):
        query = self.query.clone()
        query.ordering, query.default_ordering = [], False
        for arg in args:
            kwargs[f"{arg.source.name}__{arg.name.lower()}"] = arg
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
        instance = self.model(**kwargs)
        save_instance(instance, force_insert=True)
        return instance

    def bulk_create(self, objs, batch_size=None, ignore_conflicts=False, **kwargs):
        objs = list(objs)
        for instance in objs:
            save_instance(instance, force_insert=True)
        return objs

    def get_or_create(self, defaults=None, **kwargs):
        from django.db import transaction

        try:
            return self.get(**kwargs), False
        except self.model.DoesNotExist:
            values = {k: v for k, v in kwargs.items() if "__" not in k}
            values.update(defaults or {})
            with transaction.atomic():
                return self.create(**values), True

    def update_or_create(self, defaults=None, create_defaults=None, **kwargs):
        from django.db import transaction

        defaults = dict(defaults or {})
        with transaction.atomic():
            try:
                instance = self.get(**kwargs)
            except self.model.DoesNotExist:
                values = {k: v for k, v in kwargs.items() if "__" not in k}
                values.update(create_defaults if create_defaults is not None else defaults)
                return self.create(**values), True
            for name, value in defaults.items():
                setattr(instance, name, value() if callable(value) else value)
            names = set(defaults)
            for field in self.model._meta.local_fields:
                if not field.primary_key and field.computes_on_save:
                    names.add(field.name)
            save_instance(instance, update_fields=names)
            return instance, False

    def update(self, **kwargs):
        if self.query.high is not None or self.query.low:
            raise TypeError("Cannot update a query once a slice has been taken.")
        query = self.query.clone()
        compiler = Compiler(query)
        assignments, params = [], []
        for name, value in kwargs.items():
            try:
                field = self.model._meta.get_field(name)
            except exceptions.FieldDoesNotExist:
                raise exceptions.FieldDoesNotExist(f"{self.model._meta.object_name} has no field named '{name}'")
            if isinstance(value, Expression):
                sql, more = compiler.compile(value.resolve(query, "update"))
            elif value is None:
                sql, more = "NULL", []
            else:
                sql, more = "%s", [field.to_db(value)]
            assignments.append(f'"{field.column}" = {sql}')
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


def save_instance(instance, force_insert=False, force_update=False, update_fields=None):
    meta = type(instance)._meta
    adding = instance._state.adding
    pk = meta.pk
    fields = [f for f in meta.local_fields if f.column]
    if update_fields is not None:
        update_fields = set(update_fields)
    if instance.pk is not None and not force_insert:
        chosen = [f for f in fields if not f.primary_key and (update_fields is None or f.name in update_fields or f.attname in update_fields)]
        assignments, params = [], []
        for field in chosen:
            value = field.pre_save(instance, False)
            if isinstance(value, Expression):
                sql, more = Compiler(Query(type(instance))).compile(value.resolve(Query(type(instance)), "update"))
            elif value is None:
                sql, more = "NULL", []
            else:
                sql, more = "%s", [field.to_db(value)]
            assignments.append(f'"{field.column}" = {sql}')
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
    columns, marks, params = [], [], []
    for field in chosen:
        value = field.pre_save(instance, True)
        columns.append(f'"{field.column}"')
        if value is None:
            marks.append("NULL" if False else "%s")
            params.append(None)
        else:
            marks.append("%s")
            params.append(field.to_db(value))
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


class RawQuerySet:
    """The rows of the SQL given, as instances of the model: each column that names a field
    fills it; others become attributes. The SQL runs as written, with `params` (when given)
    in its `%s` places."""

    def __init__(self, raw_query, model=None, params=(), translations=None, using=None):
        self.raw_query, self.model, self.params = raw_query, model, params
        self.translations = translations or {}
        self._db = using
        self._cache = None

    def _fetch(self):
        if self._cache is None:
            with _db(self._db).cursor() as cursor:
                cursor.execute(self.raw_query, None if self.params is None or self.params == () else self.params)
                columns = [self.translations.get(d[0], d[0]) for d in cursor.description or ()]
                rows = cursor.fetchall()
            self._cache = [self._instance(columns, row) for row in rows]
        return self._cache

    def _instance(self, columns, row):
        meta = self.model._meta
        by_column = {f.column: f for f in meta.local_fields}
        if meta.pk.column not in columns:
            raise exceptions.FieldDoesNotExist("Raw query must include the primary key")
        names, values, extra = [], [], {}
        for column, value in zip(columns, row):
            field = by_column.get(column)
            if field is not None:
                names.append(field.attname)
                values.append(field.from_db(value))
            else:
                extra[column] = value
        instance = self.model.from_db(self._db, names, values)
        for name, value in extra.items():
            setattr(instance, name, value)
        return instance

    def __iter__(self):
        return iter(self._fetch())

    def __len__(self):
        return len(self._fetch())

    def __getitem__(self, key):
        return self._fetch()[key]

    @property
    def columns(self):
        with _db(self._db).cursor() as cursor:
            cursor.execute(self.raw_query, self.params or None)
            return [d[0] for d in cursor.description]

    def __str__(self):
        return self.raw_query % tuple(self.params) if self.params else self.raw_query

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"


class EmptyQuerySet:
    pass
