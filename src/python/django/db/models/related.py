"""ForeignKey and OneToOneField: a column holding another model's primary key (`<name>_id`),
read through a descriptor that fetches the row it refers to; the other model gets the reverse
accessor (`category.products`, or `<model>_set`). The model referred to may be named by a
string ('Category', 'shop.Category', 'self', settings.AUTH_USER_MODEL) and defined later."""

from dataclasses import dataclass

from django.db.models.fields import Field, describe_kinds

RECURSIVE_RELATIONSHIP_CONSTANT = "self"


class ForeignKey(Field):
    def __init__(self, to, on_delete=None, related_name=None, related_query_name=None, limit_choices_to=None,
                 to_field=None, db_constraint=True, **kwargs):
        if on_delete is None or not callable(on_delete):
            raise TypeError("on_delete must be callable.")
        self.remote, self.on_delete, self.related_name = to, on_delete, related_name
        self.related_query_name_given = related_query_name
        self.related_model = None
        super().__init__(**{"db_index": True, **kwargs})

    def contribute_to_class(self, model, name):
        super().contribute_to_class(model, name)
        setattr(model, self.name, ForwardDescriptor(self))
        from django.db.models.base import when_model_ready

        when_model_ready(model, self.remote, self._resolved)

    def _resolved(self, related):
        self.related_model = related
        related._meta.related_objects.append(self)
        accessor = self.related_accessor_name()
        if accessor and not accessor.endswith("+"):
            setattr(related, accessor, ReverseDescriptor(self))

    def related_accessor_name(self):
        return self.related_name or f"{self.model._meta.model_name}_set"

    def related_query_name(self):
        return self.related_query_name_given or self.related_name or self.model._meta.model_name

    target_field = property(lambda self: self.related_model._meta.pk)

    def db_type(self):
        return "bigint" if self.related_model is None else _column_type_of(self.target_field)

    def to_python(self, value):
        return self.target_field.to_python(value) if self.related_model else value

    def to_db(self, value):
        if value is None or hasattr(value, "as_sql"):
            return value
        return self.target_field.to_db(value.pk if hasattr(value, "_meta") else value)

    def get_internal_type(self):
        return "ForeignKey"


def _column_type_of(field):
    from django.db.models.fields import AutoField, BigAutoField, SmallAutoField

    return {AutoField: "integer", BigAutoField: "bigint", SmallAutoField: "smallint"}.get(type(field)) or field.db_type()


class OneToOneField(ForeignKey):
    def __init__(self, to, on_delete=None, **kwargs):
        super().__init__(to, on_delete, **{**kwargs, "unique": True})

    def related_accessor_name(self):
        return self.related_name or self.model._meta.model_name


class ManyToManyField(Field):
    """A relation through a table of pairs: known to the model (for its checks and the names a
    lookup may use), not queried through."""

    def __init__(self, to, related_name=None, through=None, blank=False, **kwargs):
        self.remote, self.related_name = to, related_name
        super().__init__(blank=blank, **kwargs)

    def contribute_to_class(self, model, name):
        self._take_names(model, name)
        self.column = None  # its pairs are in a table of their own
        model._meta.many_to_many.append(self)

    def db_type(self):
        return None


@dataclass(eq=False)
class _FieldDescriptor:
    """An accessor a relation puts on a model class: on the class itself it is the descriptor."""

    field: Field

    def __get__(self, instance, owner=None):
        return self if instance is None else self.of(instance)


class ForwardDescriptor(_FieldDescriptor):
    def of(self, instance):
        cache = instance.__dict__.setdefault("_related_cache", {})
        key = self.field.name
        value_id = getattr(instance, self.field.attname)
        cached = cache.get(key)
        if cached is not None and cached.pk == value_id:
            return cached
        if value_id is None:
            if not self.field.null:
                raise self.field.model.__class__.__dict__.get("RelatedObjectDoesNotExist", self.field.related_model.DoesNotExist)(
                    f"{self.field.model.__name__} has no {self.field.name}.")
            return None
        cache[key] = self.field.related_model._default_manager.get(pk=value_id)
        return cache[key]

    def __set__(self, instance, value):
        if value is not None and not isinstance(value, self.field.related_model):
            raise ValueError(f'Cannot assign "{value!r}": "{self.field.model.__name__}.{self.field.name}" must be a '
                             f'"{self.field.related_model.__name__}" instance.')
        instance.__dict__.setdefault("_related_cache", {})[self.field.name] = value
        setattr(instance, self.field.attname, None if value is None else value.pk)


class ReverseDescriptor(_FieldDescriptor):
    def of(self, instance):
        """A manager of the rows referring to `instance`."""
        from django.db.models.manager import Manager

        rows = Manager()
        rows.model, rows.core_filters = self.field.model, {self.field.name: instance.pk}
        return rows


#: What a relation is, beside a field's defaults (fields.py): a ForeignKey's column is `<name>_id`.
describe_kinds({
    ForeignKey: dict(is_relation=True, many_to_one=True, empty_strings_allowed=False, attname_suffix="_id"),
    ManyToManyField: dict(is_relation=True, concrete=False),
})
