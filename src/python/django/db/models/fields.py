"""The model fields: what each one stores, in which sqlite column type, and how a value goes
to the database and comes back.

A field knows its name (set when its model class is made), its column and attname (a
ForeignKey's are `<name>_id`), whether it may be NULL, and converts: `to_python` reads a value
given in code, `to_db` what a statement sends, `from_db` what a row holds (sqlite's NUMERIC
affinity returns 8.4 for '8.40': a DecimalField gives Decimal('8.40') back).
"""

import datetime
import decimal

from django.core import exceptions

NOT_PROVIDED = object()


def _place_in_readers_code():
    """Where the field is written (the first frame outside django.db): for a check's `source`."""
    import sys
    from types import SimpleNamespace

    frame = sys._getframe(2)
    while frame is not None and "/django/db/" in frame.f_code.co_filename.replace("\\", "/"):
        frame = frame.f_back
    return None if frame is None else SimpleNamespace(filename=frame.f_code.co_filename, lineno=frame.f_lineno)


class Field:
    #: The sqlite column type; None for a field without a column of its own.
    db_type_pattern = None
    empty_strings_allowed = True
    #: Fields whose value is worked out as they are saved (auto_now): update_or_create saves them too.
    computes_on_save = False
    creation_counter = 0
    is_relation = False
    many_to_one = False
    one_to_many = False
    concrete = True
    auto_created = False

    def __init__(self, verbose_name=None, name=None, primary_key=False, max_length=None, unique=False,
                 blank=False, null=False, db_index=False, default=NOT_PROVIDED, editable=True, choices=None,
                 help_text="", db_column=None, validators=(), error_messages=None, db_default=NOT_PROVIDED,
                 unique_for_date=None, db_comment=None, creation_counter=None, **ignored):
        self.verbose_name, self.name, self.primary_key = verbose_name, name, primary_key
        self.max_length, self._unique, self.blank, self.null = max_length, unique, blank, null
        self.db_index, self.default, self.editable, self.choices = db_index, default, editable, choices
        self.help_text, self.db_column, self.validators = help_text, db_column, list(validators)
        self.model = None
        self.defined_at = _place_in_readers_code()
        Field.creation_counter += 1
        # An `id` the course's contrib models declare comes first, as their auto-created one does in Django.
        self.creation_counter = Field.creation_counter if creation_counter is None else creation_counter

    unique = property(lambda self: self._unique or self.primary_key)

    def contribute_to_class(self, model, name):
        self.name = self.name or name
        self.attname = self.get_attname()
        self.column = self.db_column or self.attname
        if self.verbose_name is None:
            self.verbose_name = self.name.replace("_", " ")
        self.model = model
        model._meta.add_field(self)

    def get_attname(self):
        return self.name

    def __repr__(self):
        path = f"{type(self).__module__}.{type(self).__qualname__}"
        return f"<{path}: {self.name}>" if self.name else f"<{path}>"

    def __str__(self):
        if self.model is None:
            return object.__str__(self)
        return f"{self.model._meta.label}.{self.name}"

    def __lt__(self, other):
        return self.creation_counter < other.creation_counter

    def has_default(self):
        return self.default is not NOT_PROVIDED

    def get_default(self):
        if self.has_default():
            return self.default() if callable(self.default) else self.default
        if not self.empty_strings_allowed or self.null:
            return None
        return ""

    def db_type(self):
        return self.db_type_pattern % vars(self) if self.db_type_pattern else None

    def get_internal_type(self):
        return type(self).__name__

    def to_python(self, value):
        return value

    def get_prep_value(self, value):
        return value

    def to_db(self, value):
        """The value a statement sends for this field."""
        if value is None or hasattr(value, "as_sql"):
            return value
        return self.get_prep_value(self.to_python(value))

    def from_db(self, value):
        return value

    def pre_save(self, instance, adding):
        return getattr(instance, self.attname)

    def value_from_object(self, obj):
        return getattr(obj, self.attname)

    def _invalid(self, value, kind):
        raise exceptions.ValidationError(
            f"“%(value)s” value must be {kind}." % {"value": value}, code="invalid", params={"value": value}
        )

    def deconstruct(self):
        return self.name, f"{type(self).__module__}.{type(self).__name__}", [], {}


class AutoFieldMixin:
    db_returning = True

    def __init__(self, *args, **kwargs):
        kwargs["blank"] = True
        super().__init__(*args, **kwargs)


class IntegerField(Field):
    db_type_pattern = "integer"
    empty_strings_allowed = False

    def to_python(self, value):
        if value is None:
            return value
        try:
            return int(value)
        except (TypeError, ValueError):
            self._invalid(value, "an integer")

    def get_prep_value(self, value):
        if value is None or hasattr(value, "as_sql"):
            return value
        try:
            return int(value)
        except (TypeError, ValueError) as error:
            raise error.__class__(f"Field '{self.name}' expected a number but got {value!r}.") from error

    def to_db(self, value):
        if value is None or hasattr(value, "as_sql"):
            return value
        return self.get_prep_value(value)


class BigIntegerField(IntegerField):
    db_type_pattern = "bigint"


class SmallIntegerField(IntegerField):
    db_type_pattern = "smallint"


class PositiveIntegerField(IntegerField):
    db_type_pattern = "integer unsigned"


class PositiveBigIntegerField(IntegerField):
    db_type_pattern = "bigint unsigned"


class PositiveSmallIntegerField(IntegerField):
    db_type_pattern = "smallint unsigned"


class AutoField(AutoFieldMixin, IntegerField):
    db_type_pattern = "integer"


class BigAutoField(AutoFieldMixin, BigIntegerField):
    db_type_pattern = "integer"


class SmallAutoField(AutoFieldMixin, SmallIntegerField):
    db_type_pattern = "integer"


class CharField(Field):
    db_type_pattern = "varchar(%(max_length)s)"

    def to_python(self, value):
        if isinstance(value, str) or value is None:
            return value
        return str(value)

    def db_type(self):
        return "varchar" if self.max_length is None else f"varchar({self.max_length})"


class EmailField(CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 254)
        super().__init__(*args, **kwargs)


class SlugField(CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 50)
        kwargs.setdefault("db_index", True)
        super().__init__(*args, **kwargs)


class URLField(CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)


class TextField(CharField):
    db_type_pattern = "text"

    def db_type(self):
        return "text"


class BooleanField(Field):
    db_type_pattern = "bool"
    empty_strings_allowed = False

    def to_python(self, value):
        if self.null and value in ("", None):
            return None
        if value in (True, False):
            return bool(value)
        if value in ("t", "True", "1"):
            return True
        if value in ("f", "False", "0"):
            return False
        self._invalid(value, "either True or False")

    def from_db(self, value):
        return value if value is None else bool(value)


class FloatField(Field):
    db_type_pattern = "real"
    empty_strings_allowed = False

    def to_python(self, value):
        return value if value is None else float(value)


class DecimalField(Field):
    db_type_pattern = "decimal"
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, max_digits=None, decimal_places=None, **kwargs):
        self.max_digits, self.decimal_places = max_digits, decimal_places
        super().__init__(verbose_name, name, **kwargs)

    def to_python(self, value):
        if value is None or isinstance(value, decimal.Decimal):
            return value
        if isinstance(value, float):
            return decimal.Context(prec=self.max_digits).create_decimal_from_float(value)
        try:
            return decimal.Decimal(value)
        except (decimal.InvalidOperation, TypeError, ValueError):
            self._invalid(value, "a decimal number")

    def from_db(self, value):
        if value is None:
            return None
        number = _FROM_FLOAT(value) if isinstance(value, (int, float)) else decimal.Decimal(value)
        if self._places is None:
            self._places = (decimal.Decimal(1).scaleb(-self.decimal_places), decimal.Context(prec=self.max_digits))
        return number.quantize(self._places[0], context=self._places[1])

    _places = None


#: How sqlite's numbers (a REAL 8.4 for '8.40') are read back: 15 significant digits, as sqlite keeps them.
_FROM_FLOAT = decimal.Context(prec=15).create_decimal_from_float


class DateTimeField(Field):
    db_type_pattern = "datetime"
    empty_strings_allowed = False
    computes_on_save = True

    def __init__(self, verbose_name=None, name=None, auto_now=False, auto_now_add=False, **kwargs):
        self.auto_now, self.auto_now_add = auto_now, auto_now_add
        if auto_now or auto_now_add:
            kwargs["editable"], kwargs["blank"] = False, True
        super().__init__(verbose_name, name, **kwargs)

    def to_python(self, value):
        if value is None or isinstance(value, datetime.datetime):
            return value
        if isinstance(value, datetime.date):
            return datetime.datetime(value.year, value.month, value.day)
        try:
            return datetime.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise exceptions.ValidationError(
                "“%(value)s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."
                % {"value": value}, code="invalid", params={"value": value})

    def pre_save(self, instance, adding):
        if self.auto_now or (self.auto_now_add and adding):
            from django.utils import timezone

            value = timezone.now()
            setattr(instance, self.attname, value)
            return value
        return super().pre_save(instance, adding)

    def from_db(self, value):
        if value is None or isinstance(value, datetime.datetime):
            return value
        return datetime.datetime.fromisoformat(value)


class DateField(DateTimeField):
    db_type_pattern = "date"

    def to_python(self, value):
        if value is None or type(value) is datetime.date:
            return value
        if isinstance(value, datetime.datetime):
            return value.date()
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise exceptions.ValidationError(
                "“%(value)s” value has an invalid date format. It must be in YYYY-MM-DD format." % {"value": value},
                code="invalid", params={"value": value})

    def pre_save(self, instance, adding):
        value = super().pre_save(instance, adding)
        if (self.auto_now or (self.auto_now_add and adding)) and isinstance(value, datetime.datetime):
            setattr(instance, self.attname, value.date())
            return value.date()
        return value

    def from_db(self, value):
        if value is None or isinstance(value, datetime.date):
            return value
        return datetime.date.fromisoformat(value)


class JSONField(Field):
    db_type_pattern = "text"

    def to_db(self, value):
        import json

        return None if value is None else json.dumps(value)

    def from_db(self, value):
        import json

        return None if value is None else json.loads(value)
