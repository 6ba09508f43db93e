"""Model checks, as `manage.py check` runs them on the installed apps' models: each field's
definition (names, max_length, DecimalField's digits, choices, on_delete against null), the
model's `id` and Meta.ordering, and references to models that do not exist (fields.E300 and
E307). Each message's `source` is where the field or the model is written."""

from django.apps import apps as registry

from . import Error, Tags, Warning, register


def _models(app_configs):
    configs = app_configs if app_configs is not None else registry.get_app_configs()
    for config in configs:
        for model in config.get_models():
            if getattr(model, "_meta", None) is not None and hasattr(model._meta, "local_fields"):
                yield model


def _readers(model):
    return not model.__module__.startswith("django.")


def _positive(value):
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _field_messages(field):
    from django.db.models import deletion
    from django.db.models.fields import CharField, DecimalField, IntegerField
    from django.db.models.related import ForeignKey

    found = []
    if field.name.endswith("_"):
        found.append(Error("Field names must not end with an underscore.", obj=field, id="fields.E001"))
    if "__" in field.name:
        found.append(Error('Field names must not contain "__".', obj=field, id="fields.E002"))
    if field.name == "pk":
        found.append(Error("'pk' is a reserved word that cannot be used as a field name.", obj=field, id="fields.E003"))
    choices = field.choices
    if choices is not None and (isinstance(choices, str) or not hasattr(choices, "__iter__")):
        found.append(Error("'choices' must be a mapping (e.g. a dictionary) or an iterable (e.g. a list or tuple).",
                           obj=field, id="fields.E004"))
    if isinstance(field, CharField) and field.max_length is not None and not _positive(field.max_length):
        found.append(Error("'max_length' must be a positive integer.", obj=field, id="fields.E121"))
    if isinstance(field, IntegerField) and field.max_length is not None:
        found.append(Warning(f"'max_length' is ignored when used with {type(field).__name__}.",
                             hint="Remove 'max_length' from field", obj=field, id="fields.W122"))
    if isinstance(field, DecimalField):
        found += _digits_messages(field)
    if isinstance(field, ForeignKey):
        if field.related_model is None:
            found.append(Error(f"Field defines a relation with model '{_named(field.remote)}', which is either not "
                               "installed, or is abstract.", obj=field, id="fields.E300"))
        if field.on_delete is deletion.SET_NULL and not field.null:
            found.append(Error("Field specifies on_delete=SET_NULL, but cannot be null.",
                               hint="Set null=True argument on the field, or change the on_delete rule.",
                               obj=field, id="fields.E320"))
        if field.on_delete is deletion.SET_DEFAULT and not field.has_default():
            found.append(Error("Field specifies on_delete=SET_DEFAULT, but has no default value.",
                               hint="Set a default value, or change the on_delete rule.", obj=field, id="fields.E321"))
    place = getattr(field, "defined_at", None)
    return [m.about(source=place) for m in found] if place else found


def _named(reference):
    return reference.__name__ if isinstance(reference, type) else str(reference)


def _digits_messages(field):
    found = []
    places, digits = field.decimal_places, field.max_digits
    places_ok = digits_ok = False
    if places is None:
        found.append(Error("DecimalFields must define a 'decimal_places' attribute.", obj=field, id="fields.E130"))
    elif not (isinstance(places, int) and places >= 0):
        found.append(Error("'decimal_places' must be a non-negative integer.", obj=field, id="fields.E131"))
    else:
        places_ok = True
    if digits is None:
        found.append(Error("DecimalFields must define a 'max_digits' attribute.", obj=field, id="fields.E132"))
    elif not _positive(digits):
        found.append(Error("'max_digits' must be a positive integer.", obj=field, id="fields.E133"))
    else:
        digits_ok = True
    if places_ok and digits_ok and digits < places:
        found.append(Error("'max_digits' must be greater or equal to 'decimal_places'.", obj=field, id="fields.E134"))
    return found


def _ordering_messages(model):
    from django.core.exceptions import FieldDoesNotExist
    from django.db.models.lookups import LOOKUPS

    meta = model._meta
    found = []

    def nonexistent(name):
        found.append(Error(f"'ordering' refers to the nonexistent field, related field, or lookup '{name}'.",
                           obj=model, id="models.E015"))

    names = [term for term in meta.ordering if isinstance(term, str) and term != "?"]
    names = [term.lstrip("-") for term in names]
    for name in [n for n in names if "__" in n]:
        current, field = model, None
        for part in name.split("__"):
            try:
                if current is None:
                    raise FieldDoesNotExist(part)
                field = current._meta.pk if part == "pk" else current._meta.get_field(part)
                if field.is_relation:
                    current = field.related_model if field.model is current else field.model
                else:
                    current = None
            except FieldDoesNotExist:
                if field is None or part not in LOOKUPS:
                    nonexistent(name)
    valid = {f.name for f in meta.local_fields} | {f.attname for f in meta.local_fields} | {f.name for f in meta.many_to_many}
    for name in names:
        if "__" not in name and name != "pk" and name not in valid:
            nonexistent(name)
    return found


def _model_messages(model):
    meta = model._meta
    found = []
    if any(f.name == "id" and not f.primary_key for f in meta.local_fields) and meta.pk.name == "id":
        found.append(Error("'id' can only be used as a field name if the field also sets 'primary_key=True'.",
                           obj=model, id="models.E004"))
    found += _ordering_messages(model)
    place = getattr(model, "_defined_at", None)
    return [m.about(source=place) for m in found] if place else found


@register(Tags.models)
def check_all_models(app_configs=None, **kwargs):
    found = []
    for model in _models(app_configs):
        if not _readers(model):
            continue
        for field in model._meta.local_fields:
            if not getattr(field, "auto_created", False):
                found += _field_messages(field)
        found += _model_messages(model)
    return found


@register(Tags.models)
def check_lazy_references(app_configs=None, **kwargs):
    from django.db.models.related import ForeignKey

    found = []
    for model in _models(None):
        for field in model._meta.local_fields:
            if not isinstance(field, ForeignKey) or field.related_model is not None or isinstance(field.remote, type):
                continue
            label, _, name = str(field.remote).rpartition(".")
            label = label or model._meta.app_label
            if label in registry.app_configs:
                why = f"app '{label}' doesn't provide model '{name.lower()}'"
            else:
                why = f"app '{label}' isn't installed"
            message = Error(f"The field {field} was declared with a lazy reference to '{label}.{name.lower()}', but {why}.",
                            obj=field, id="fields.E307")
            place = getattr(field, "defined_at", None)
            found.append(message.about(source=place) if place else message)
    return found
