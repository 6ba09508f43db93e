"""django.db.models: the ORM of the mini Django (fields, models, querysets), on sqlite."""

from django.core.exceptions import ObjectDoesNotExist  # noqa: F401
from django.db.models.base import Model  # noqa: F401
from django.db.models.deletion import (  # noqa: F401
    CASCADE, DO_NOTHING, PROTECT, RESTRICT, SET, SET_DEFAULT, SET_NULL, ProtectedError, RestrictedError,
)
from django.db.models.expressions import (  # noqa: F401
    Avg, Count, Expression, F, Func, Max, Min, OrderBy, RawSQL, Sum, Value,
)
from django.db.models.fields import (  # noqa: F401
    NOT_PROVIDED, AutoField, BigAutoField, BigIntegerField, BooleanField, CharField, DateField, DateTimeField,
    DecimalField, EmailField, Field, FloatField, IntegerField, JSONField, PositiveBigIntegerField,
    PositiveIntegerField, PositiveSmallIntegerField, SlugField, SmallAutoField, SmallIntegerField, TextField, URLField,
)
from django.db.models.lookups import Lookup  # noqa: F401
from django.db.models.manager import BaseManager, Manager  # noqa: F401
from django.db.models.query import QuerySet, RawQuerySet  # noqa: F401
from django.db.models.query_utils import Q  # noqa: F401
from django.db.models.related import ForeignKey, ManyToManyField, OneToOneField  # noqa: F401
