"""The model fields: what each one stores, in which sqlite column type, and how a value goes
to the database and comes back.

A field knows its name (set when its model class is made), its column and attname (a
ForeignKey's are `<name>_id`), whether it may be NULL, and converts: `to_python` reads a value
given in code, `to_db` what a statement sends, `from_db` what a row holds (sqlite's NUMERIC
affinity returns 8.4 for '8.40': a DecimalField gives Decimal('8.40') back).
"""

import datetime
import decimal
import itertools

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


#: Numbers given to fields as they are made: a model's fields keep the order they are written in.
_made = itertools.count(1)


def _invalid(value, message):
    """The ValidationError for a value not of the field's kind (`message` names it as %(value)s)."""
    raise exceptions.ValidationError(message % {"value": value}, code="invalid", params={"value": value})


def _converted(make, value, errors, fail):
    """`make(value)`, None for None; a failure of the kinds `errors` goes to `fail(error)`."""
    if value is None:
        return None
    try:
        return make(value)
    except errors as error:
        fail(error)


class Field:
    #: The sqlite column type; None for a field without a column of its own.
    db_type_pattern = None

    def __init__(self, verbose_name=None, name=None, primary_key=False, max_length=None, unique=False,
                 blank=False, null=False, db_index=False, default=NOT_PROVIDED, editable=True, choices=None,
                 help_text="", db_column=None, validators=(), error_messages=None, db_default=NOT_PROVIDED,
                 unique_for_date=None, db_comment=None, creation_counter=None, **ignored):
        self.verbose_name, self.name, self.primary_key = verbose_name, name, primary_key
        self.max_length, self._unique, self.blank, self.null = max_length, unique, blank, null
        self.db_index, self.default, self.editable, self.choices = db_index, default, editable, choices
        self.help_text, self.db_column, self.validators, self.model = help_text, db_column, list(validators), None
        self.defined_at = _place_in_readers_code()
        made = next(_made)
        # An `id` the course's contrib models declare comes first, as their auto-created one does in Django.
        self.creation_counter = made if creation_counter is None else creation_counter

    unique = property(lambda self: self._unique or self.primary_key)

    def _take_names(self, model, name):
        """The names a field has once its model class is made: name, attname, column, verbose name."""
        self.model, self.name = model, self.name or name
        self.attname = self.get_attname()
        self.column = self.db_column or self.attname
        self.verbose_name = self.name.replace("_", " ") if self.verbose_name is None else self.verbose_name

    def contribute_to_class(self, model, name):
        self._take_names(model, name)
        model._meta.add_field(self)

    def get_attname(self):
        return f"{self.name}{self.attname_suffix}"

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
        if self.default is NOT_PROVIDED:
            # Without a default a text field starts as "", anything else (or a nullable field) as None.
            return "" if self.empty_strings_allowed and not self.null else None
        return self.default() if callable(self.default) else self.default

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
        return self.value_from_object(instance)

    def value_from_object(self, obj):
        return getattr(obj, self.attname)

    def _invalid(self, value, kind):
        _invalid(value, f"“%(value)s” value must be {kind}.")

    def deconstruct(self):
        return self.name, f"{type(self).__module__}.{type(self).__name__}", [], {}


class AutoFieldMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "blank": True})


class IntegerField(Field):
    db_type_pattern = "integer"

    def to_python(self, value):
        return _converted(int, value, (TypeError, ValueError), lambda error: self._invalid(value, "an integer"))

    def get_prep_value(self, value):
        def refuse(error):
            raise error.__class__(f"Field '{self.name}' expected a number but got {value!r}.") from error

        return value if hasattr(value, "as_sql") else _converted(int, value, (TypeError, ValueError), refuse)

    def to_db(self, value):
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
        return value if value is None or isinstance(value, str) else str(value)

    def db_type(self):
        return "varchar" if self.max_length is None else f"varchar({self.max_length})"


class EmailField(CharField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{"max_length": 254, **kwargs})


class SlugField(CharField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{"max_length": 50, "db_index": True, **kwargs})


class URLField(CharField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{"max_length": 200, **kwargs})


class TextField(CharField):
    db_type_pattern = "text"

    def db_type(self):
        return "text"


#: What a BooleanField reads as True or False (1 and 0, equal to True and False, read so too).
_BOOLEANS = {True: True, "t": True, "True": True, "1": True, False: False, "f": False, "False": False, "0": False}


class BooleanField(Field):
    db_type_pattern = "bool"

    def to_python(self, value):
        if self.null and value in ("", None):
            return None
        try:
            return _BOOLEANS[value]
        except (KeyError, TypeError):
            self._invalid(value, "either True or False")

    def from_db(self, value):
        return value if value is None else bool(value)


class FloatField(Field):
    db_type_pattern = "real"

    def to_python(self, value):
        return value if value is None else float(value)


class DecimalField(Field):
    db_type_pattern = "decimal"

    def __init__(self, verbose_name=None, name=None, max_digits=None, decimal_places=None, **kwargs):
        self.max_digits, self.decimal_places = max_digits, decimal_places
        super().__init__(verbose_name, name, **kwargs)

    def _decimal(self, value):
        if isinstance(value, decimal.Decimal):
            return value
        # A float keeps the digits the field may hold, not its binary tail.
        made = decimal.Context(prec=self.max_digits).create_decimal_from_float if isinstance(value, float) else decimal.Decimal
        return made(value)

    def to_python(self, value):
        errors = (decimal.InvalidOperation, TypeError, ValueError)
        return _converted(self._decimal, value, errors, lambda error: self._invalid(value, "a decimal number"))

    def from_db(self, value):
        return None if value is None else self._quantized(_FROM_FLOAT(value) if isinstance(value, (int, float)) else decimal.Decimal(value))

    def _quantized(self, number):
        if self._places is None:
            self._places = (decimal.Decimal(1).scaleb(-self.decimal_places), decimal.Context(prec=self.max_digits))
        return number.quantize(self._places[0], context=self._places[1])

    _places = None


#: How sqlite's numbers (a REAL 8.4 for '8.40') are read back: 15 significant digits, as sqlite keeps them.
_FROM_FLOAT = decimal.Context(prec=15).create_decimal_from_float


class DateTimeField(Field):
    """DateTimeField and DateField, told apart by their table: the Python type a value becomes, what
    a date or datetime given is made into, and the message for a text that is neither."""

    db_type_pattern = "datetime"
    python_type = datetime.datetime
    conversions = (
        (datetime.datetime, lambda value: value),
        (datetime.date, lambda value: datetime.datetime.combine(value, datetime.time())),
    )
    invalid_message = ("“%(value)s” value has an invalid format. It must be in "
                       "YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.")

    def __init__(self, verbose_name=None, name=None, auto_now=False, auto_now_add=False, **kwargs):
        self.auto_now, self.auto_now_add = auto_now, auto_now_add
        stamped = {"editable": False, "blank": True} if auto_now or auto_now_add else {}
        super().__init__(verbose_name, name, **{**kwargs, **stamped})

    def to_python(self, value):
        made = next((convert for kind, convert in self.conversions if isinstance(value, kind)), None)
        if made is not None:
            return made(value)
        parse = lambda text: self.python_type.fromisoformat(str(text).strip())  # noqa: E731
        return _converted(parse, value, ValueError, lambda error: _invalid(value, self.invalid_message))

    def pre_save(self, instance, adding):
        if not (self.auto_now or (self.auto_now_add and adding)):
            return super().pre_save(instance, adding)
        from django.utils import timezone

        stamp = self.to_python(timezone.now())
        setattr(instance, self.attname, stamp)
        return stamp

    def from_db(self, value):
        if value is None or isinstance(value, self.python_type):
            return value
        return self.python_type.fromisoformat(value)


class DateField(DateTimeField):
    db_type_pattern = "date"
    python_type = datetime.date
    conversions = (
        (datetime.datetime, datetime.datetime.date),
        (datetime.date, lambda value: value),
    )
    invalid_message = "“%(value)s” value has an invalid date format. It must be in YYYY-MM-DD format."


class JSONField(Field):
    db_type_pattern = "text"

    def to_db(self, value):
        import json

        return None if value is None else json.dumps(value)

    def from_db(self, value):
        import json

        return None if value is None else json.loads(value)


def describe_kinds(table):
    """Give each class of the table its row: the traits the ORM, the checks and the forms read."""
    for kind, traits in table.items():
        for trait, value in traits.items():
            setattr(kind, trait, value)


#: What each kind of field is. The first row is every field's; a later row says where a kind differs
#: (a number, a date or a bool has no "" for empty; an auto field's value comes back from the INSERT).
describe_kinds({
    Field: dict(empty_strings_allowed=True, computes_on_save=False, creation_counter=0, is_relation=False,
                many_to_one=False, one_to_many=False, concrete=True, auto_created=False, attname_suffix=""),
    AutoFieldMixin: dict(db_returning=True),
    IntegerField: dict(empty_strings_allowed=False),
    BooleanField: dict(empty_strings_allowed=False),
    FloatField: dict(empty_strings_allowed=False),
    DecimalField: dict(empty_strings_allowed=False),
    # Fields whose value is worked out as they are saved (auto_now): update_or_create saves them too.
    DateTimeField: dict(empty_strings_allowed=False, computes_on_save=True),
})
