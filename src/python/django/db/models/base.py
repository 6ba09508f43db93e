"""Model classes: a class statement with fields becomes a model with `_meta` (its table, fields,
ordering), an `objects` manager, DoesNotExist and MultipleObjectsReturned, registered with the
app registry under its app's label. Instances are rows: save() writes one, delete() removes it.

A model with no primary key of its own gets an `id` of the type DEFAULT_AUTO_FIELD (or its app
config's default_auto_field) names; whether that type was chosen explicitly is what models.W042
is about.
"""

from django._process import forgotten_by_new_process
from django.apps import apps
from django.core import exceptions
from django.db.models.fields import Field

#: (app_label, lower-case model name) -> what to call once that model is defined.
_waiting = {}


def when_model_ready(model, reference, callback):
    """Call `callback(related)` once the model `reference` names (a class, 'Name',
    'app.Name' or 'self', relative to `model`) is defined: now if it is."""
    if isinstance(reference, type):
        callback(reference)
        return
    if reference == "self":
        callback(model)
        return
    app_label, _, name = reference.rpartition(".")
    key = (app_label or model._meta.app_label, name.lower())
    known = apps.all_models.get(key[0], {}).get(key[1])
    if known is not None:
        callback(known)
    else:
        _waiting.setdefault(key, []).append(callback)


def _readers(model):
    return not model.__module__.startswith("django.")


@forgotten_by_new_process
def _forget_readers_models():
    """A reader's models are defined again by each run of their project: the registry forgets
    them, and Django's models forget the relations they had to them."""
    _waiting.clear()
    for label in list(apps.all_models):
        models = apps.all_models[label]
        for name in [name for name, model in models.items() if _readers(model)]:
            del models[name]
    for models in apps.all_models.values():
        for model in models.values():
            meta = getattr(model, "_meta", None)
            if isinstance(meta, Options):
                for relation in [r for r in meta.related_objects if _readers(r.model)]:
                    meta.related_objects.remove(relation)
                    accessor = relation.related_accessor_name()
                    if accessor in vars(model):
                        delattr(model, accessor)


def _model_defined(model):
    for callback in _waiting.pop((model._meta.app_label, model._meta.model_name), []):
        callback(model)


class Options:
    def __init__(self, meta, app_label=None):
        self.meta = meta
        self.local_fields, self.many_to_many, self.related_objects = [], [], []
        self.pk = None
        self.auto_created = False
        self.abstract = getattr(meta, "abstract", False)
        self.app_label = getattr(meta, "app_label", None) or app_label
        self.ordering = list(getattr(meta, "ordering", []) or [])
        self.db_table = getattr(meta, "db_table", "")
        self.verbose_name = getattr(meta, "verbose_name", None)
        self.verbose_name_plural = getattr(meta, "verbose_name_plural", None)
        self.unique_together = getattr(meta, "unique_together", ())
        self.swappable = getattr(meta, "swappable", None)
        self.managed = getattr(meta, "managed", True)
        self.proxy = getattr(meta, "proxy", False)
        self.default_related_name = getattr(meta, "default_related_name", None)
        self.get_latest_by = getattr(meta, "get_latest_by", None)
        self.indexes = list(getattr(meta, "indexes", []))
        self.constraints = list(getattr(meta, "constraints", []))
        self.app_config = None
        self.is_composite_pk = False
        self.default_manager_name = None
        #: The primary key was made for the model (no field had primary_key=True).
        self.pk_auto_created = False

    def contribute_to_class(self, model, name):
        model._meta = self
        self.model = model
        self.object_name = model.__name__
        self.model_name = self.object_name.lower()
        if self.verbose_name is None:
            self.verbose_name = _spaced(self.object_name)
        if self.verbose_name_plural is None:
            self.verbose_name_plural = f"{self.verbose_name}s"
        if not self.db_table:
            self.db_table = f"{self.app_label}_{self.model_name}"

    label = property(lambda self: f"{self.app_label}.{self.object_name}")
    label_lower = property(lambda self: f"{self.app_label}.{self.model_name}")

    def add_field(self, field):
        self.local_fields.append(field)
        self.local_fields.sort()
        if field.primary_key:
            self.pk = field

    @property
    def fields(self):
        return list(self.local_fields)

    concrete_fields = local_concrete_fields = fields

    def get_fields(self, include_hidden=False):
        return [*self.local_fields, *self.many_to_many, *self.related_objects]

    def get_field(self, name):
        for field in [*self.local_fields, *self.many_to_many]:
            if name in (field.name, field.attname) and (name == field.name or field.is_relation):
                return field
        for relation in self.related_objects:
            if name == relation.related_query_name():
                return relation
        raise exceptions.FieldDoesNotExist(f"{self.object_name} has no field named '{name}'")

    def names_for_lookups(self):
        """Every name a lookup may use, as Django's FieldError lists them."""
        names = set()
        for field in self.local_fields:
            names.add(field.name)
            if field.is_relation:
                names.add(field.attname)
        names.update(field.name for field in self.many_to_many)
        names.update(relation.related_query_name() for relation in self.related_objects)
        return sorted(names)

    @property
    def swapped(self):
        if not self.swappable:
            return None
        from django.conf import settings

        replacement = getattr(settings, self.swappable, None)
        if not replacement:
            return None
        parts = replacement.split(".")
        ours = len(parts) == 2 and f"{parts[0]}.{parts[1].lower()}" == self.label_lower
        return None if ours else replacement

    def __repr__(self):
        return f"<Options for {self.object_name}>"

    def __str__(self):
        return self.label_lower


def _spaced(name):
    import re

    return re.sub("(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))", " \\1", name).lower().strip()


def _auto_field_for(app_config):
    from django.utils.module_loading import import_string

    if app_config is not None and app_config._is_default_auto_field_overridden:
        path = app_config.default_auto_field
    else:
        from django.conf import settings

        path = settings.DEFAULT_AUTO_FIELD
    return import_string(path)()


class ModelBase(type):
    def __new__(mcs, name, bases, attrs, **kwargs):
        parents = [b for b in bases if isinstance(b, ModelBase)]
        if not parents:
            return super().__new__(mcs, name, bases, attrs, **kwargs)
        module = attrs["__module__"]
        meta = attrs.pop("Meta", None)
        fields = {key: value for key, value in attrs.items() if isinstance(value, Field)}
        plain = {key: value for key, value in attrs.items() if key not in fields}
        model = super().__new__(mcs, name, bases, plain, **kwargs)
        import sys
        from types import SimpleNamespace

        caller = sys._getframe(1)
        model._defined_at = SimpleNamespace(filename=caller.f_code.co_filename, lineno=caller.f_lineno)
        abstract = getattr(meta, "abstract", False)
        app_label = getattr(meta, "app_label", None)
        app_config = None
        if app_label is None and not abstract:
            app_config = apps.get_containing_app_config(module)
            if app_config is None:
                raise RuntimeError(
                    f"Model class {module}.{name} doesn't declare an explicit app_label and isn't in an application "
                    "in INSTALLED_APPS.")
            app_label = app_config.label
        if meta is None:
            meta = type("Meta", (), {})
            for parent in parents:
                inherited = getattr(parent, "_meta", None)
                if inherited is not None and inherited.abstract:
                    for option in ("ordering", "verbose_name", "swappable", "get_latest_by"):
                        if getattr(inherited.meta, option, None) is not None:
                            setattr(meta, option, getattr(inherited.meta, option))
        options = Options(meta, app_label)
        options.contribute_to_class(model, "_meta")
        options.abstract = abstract
        options.app_config = app_config
        inherited_fields = []
        for parent in reversed(model.__mro__[1:]):
            parent_meta = vars(parent).get("_meta")
            if parent_meta is not None and parent_meta.abstract:
                inherited_fields += parent_meta.abstract_fields
        if abstract:
            options.abstract_fields = [fields[key] for key in fields]
            for key, field in fields.items():
                field.name = field.name or key
            return model
        import copy

        own = {field.name: field for field in inherited_fields}
        for field in own.values():
            if field.name not in fields:
                copy.copy(field).contribute_to_class(model, field.name)
        for key, field in fields.items():
            field.contribute_to_class(model, key)
        if options.pk is None:
            auto = _auto_field_for(app_config)
            auto.primary_key = True
            auto.auto_created = True
            auto.creation_counter = -1
            auto.contribute_to_class(model, "id")
            options.pk_auto_created = True
        _add_class_names(model, parents)
        _add_manager(model)
        if not module.startswith("django."):
            from django.contrib._models import reads_default_database

            reads_default_database()
        apps.register_model(app_label, model)
        _model_defined(model)
        return model


def _add_class_names(model, parents):
    does_not_exist = tuple(p.DoesNotExist for p in parents if hasattr(p, "DoesNotExist")) or (exceptions.ObjectDoesNotExist,)
    multiple = tuple(p.MultipleObjectsReturned for p in parents if hasattr(p, "MultipleObjectsReturned")) or (
        exceptions.MultipleObjectsReturned,)
    model.DoesNotExist = type("DoesNotExist", does_not_exist, {"__module__": model.__module__, "__qualname__": f"{model.__qualname__}.DoesNotExist"})
    model.MultipleObjectsReturned = type("MultipleObjectsReturned", multiple, {"__module__": model.__module__, "__qualname__": f"{model.__qualname__}.MultipleObjectsReturned"})


def _add_manager(model):
    from django.db.models.manager import Manager

    managers = [(key, value) for key, value in vars(model).items() if isinstance(value, Manager)]
    for klass in model.__mro__[1:]:
        for key, value in vars(klass).items():
            if isinstance(value, Manager) and key not in dict(managers):
                managers.append((key, value))
    if not managers:
        model.objects = Manager()
        managers = [("objects", model.objects)]
    bound = []
    for key, manager in managers:
        mine = manager.copy_for(model)
        setattr(model, key, mine)
        bound.append(mine)
    model._default_manager = bound[0]


class Model(metaclass=ModelBase):
    def __init__(self, *args, **kwargs):
        fields = self._meta.local_fields
        if len(args) > len(fields):
            raise IndexError("Number of args exceeds number of fields")
        given = dict(zip((f.attname for f in fields), args))
        self._state = ModelState()
        for field in fields:
            if field.attname in given:
                value = given[field.attname]
            elif field.name in kwargs and field.is_relation:
                setattr(self, field.name, kwargs.pop(field.name))
                continue
            elif field.attname in kwargs:
                value = kwargs.pop(field.attname)
            elif field.name in kwargs:
                value = kwargs.pop(field.name)
            else:
                value = field.get_default()
            self.__dict__[field.attname] = value
        for name in list(kwargs):
            prop = getattr(type(self), name, None)
            if isinstance(prop, property) and prop.fset is not None:
                setattr(self, name, kwargs.pop(name))
        if kwargs:
            names = ", ".join(repr(name) for name in kwargs)
            raise TypeError(f"{type(self).__name__}() got unexpected keyword arguments: {names}")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = cls.__new__(cls)
        instance._state = ModelState(adding=False)
        for name, value in zip(field_names, values):
            instance.__dict__[name] = value
        return instance

    def _get_pk(self):
        return getattr(self, self._meta.pk.attname)

    def _set_pk(self, value):
        setattr(self, self._meta.pk.attname, value)

    pk = property(_get_pk, _set_pk)

    def __getattr__(self, name):
        meta = type(self)._meta
        for field in meta.local_fields:
            if name == field.attname and name not in self.__dict__ and "_state" in self.__dict__:
                self.refresh_from_db(fields=[field.attname])
                return self.__dict__[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __str__(self):
        return f"{type(self).__name__} object ({self.pk})"

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"

    def __eq__(self, other):
        if not isinstance(other, Model):
            return NotImplemented
        if self._meta.label != other._meta.label:
            return False
        if self.pk is None:
            return self is other
        return self.pk == other.pk

    def __hash__(self):
        if self.pk is None:
            raise TypeError("Model instances without primary key value are unhashable")
        return hash(self.pk)

    def refresh_from_db(self, using=None, fields=None):
        names = fields or [f.attname for f in self._meta.local_fields]
        fresh = type(self)._default_manager.only(*names).get(pk=self.pk)
        for name in names:
            self.__dict__[name] = fresh.__dict__[name]

    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        from django.db.models.query import save_instance

        save_instance(self, force_insert=force_insert, force_update=force_update, update_fields=update_fields)

    def delete(self, using=None, keep_parents=False):
        from django.db.models.query import delete_instances

        if self.pk is None:
            raise ValueError(f"{type(self).__name__} object can't be deleted because its id attribute is set to None.")
        return delete_instances(type(self), [self.pk])

    def full_clean(self, exclude=None, validate_unique=True, validate_constraints=True):
        """Fields are not validated here (the course's forms do not reach models)."""

    def clean(self):
        pass

    def get_deferred_fields(self):
        return {f.attname for f in self._meta.local_fields if f.attname not in self.__dict__}

    def serializable_value(self, field_name):
        return getattr(self, field_name)


class ModelState:
    def __init__(self, adding=True, db=None):
        self.adding, self.db = adding, db or "default"
