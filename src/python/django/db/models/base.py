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


#: The options a model's Meta may give: name, value when it is not given, and how the
#: value given is kept (None: as it is).
META_OPTIONS = (
    ("abstract", False, None),
    ("ordering", [], lambda given: list(given or [])),
    ("db_table", "", None),
    ("verbose_name", None, None),
    ("verbose_name_plural", None, None),
    ("unique_together", (), None),
    ("swappable", None, None),
    ("managed", True, None),
    ("proxy", False, None),
    ("default_related_name", None, None),
    ("get_latest_by", None, None),
    ("indexes", [], list),
    ("constraints", [], list),
)

#: What an Options holds before its model's fields and app are known. pk_auto_created: the
#: primary key was made for the model (no field had primary_key=True).
UNSET_STATE = {"pk": None, "auto_created": False, "app_config": None, "is_composite_pk": False,
               "default_manager_name": None, "pk_auto_created": False}


class Options:
    def __init__(self, meta, app_label=None):
        vars(self).update(UNSET_STATE, meta=meta)
        self.local_fields, self.many_to_many, self.related_objects = [], [], []
        for option, absent, keep in META_OPTIONS:
            given = getattr(meta, option, absent)
            setattr(self, option, given if keep is None else keep(given))
        self.app_label = getattr(meta, "app_label", None) or app_label

    def contribute_to_class(self, model, name):
        model._meta = self
        self.model, self.object_name, self.model_name = model, model.__name__, model.__name__.lower()
        # Names left unset are made from the class's: "BlogPost" is "blog post", "blog posts".
        for option, made in (("verbose_name", lambda: _spaced(self.object_name)),
                             ("verbose_name_plural", lambda: f"{self.verbose_name}s")):
            if getattr(self, option) is None:
                setattr(self, option, made())
        self.db_table = self.db_table or f"{self.app_label}_{self.model_name}"

    label = property(lambda self: f"{self.app_label}.{self.object_name}")
    label_lower = property(lambda self: f"{self.app_label}.{self.model_name}")

    def add_field(self, field):
        self.local_fields.append(field)
        self.local_fields.sort()
        self.pk = field if field.primary_key else self.pk

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
        names = {field.name for field in [*self.local_fields, *self.many_to_many]}
        names.update(field.attname for field in self.local_fields if field.is_relation)
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

    __str__ = label_lower.fget


def _spaced(name):
    import re

    return re.sub("(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))", " \\1", name).lower().strip()


def _auto_field_class(app_config):
    """The class of the primary key a model without one gets: its app's choice, else the settings'."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    own = app_config is not None and app_config._is_default_auto_field_overridden
    return import_string(app_config.default_auto_field if own else settings.DEFAULT_AUTO_FIELD)


def _containing_app(module, name):
    """The app config of the module a model is defined in, and its label."""
    found = apps.get_containing_app_config(module)
    if found is None:
        raise RuntimeError(f"Model class {module}.{name} doesn't declare an explicit app_label and isn't in an application "
                           "in INSTALLED_APPS.")
    return found, found.label


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
            app_config, app_label = _containing_app(module, name)
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
            auto = _auto_field_class(app_config)()
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
        # A deferred field (left out by only() or defer()) is read when first asked for.
        deferred = "_state" in self.__dict__ and name not in self.__dict__
        if deferred and any(f.attname == name for f in type(self)._meta.local_fields):
            self.refresh_from_db(fields=[name])
            return self.__dict__[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __str__(self):
        return f"{type(self).__name__} object ({self.pk})"

    def __repr__(self):
        return f"<{type(self).__name__}: {self}>"

    def __eq__(self, other):
        """Instances of one model are equal when their primary keys are; one without a pk only to itself."""
        if isinstance(other, Model):
            same_model = self._meta.label == other._meta.label
            return same_model and (self is other if self.pk is None else self.pk == other.pk)
        return NotImplemented

    def _saved_pk(self, error):
        """The primary key, which this instance must have: `error` is raised when it has none."""
        pk = self.pk
        if pk is None:
            raise error
        return pk

    def __hash__(self):
        return hash(self._saved_pk(TypeError("Model instances without primary key value are unhashable")))

    def refresh_from_db(self, using=None, fields=None):
        names = fields or [f.attname for f in self._meta.local_fields]
        fresh = type(self)._default_manager.only(*names).get(pk=self.pk)
        self.__dict__.update({name: fresh.__dict__[name] for name in names})

    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        from django.db.models.query import save_instance

        save_instance(self, force_insert=force_insert, force_update=force_update, update_fields=update_fields)

    def delete(self, using=None, keep_parents=False):
        from django.db.models.query import delete_instances

        problem = ValueError(f"{type(self).__name__} object can't be deleted because its id attribute is set to None.")
        return delete_instances(type(self), [self._saved_pk(problem)])

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
