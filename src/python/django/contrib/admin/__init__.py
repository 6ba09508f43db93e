"""django.contrib.admin as an app's admin.py and a URLconf use it: the default `site` (its
`urls` for path("admin/", admin.site.urls)), ModelAdmin and the inlines, the list filters, and
the @register, @display and @action decorators."""

from django.contrib.admin.decorators import action, display, register
from django.contrib.admin.filters import AllValuesFieldListFilter, BooleanFieldListFilter, ChoicesFieldListFilter
from django.contrib.admin.filters import DateFieldListFilter, EmptyFieldListFilter, FieldListFilter, ListFilter
from django.contrib.admin.filters import RelatedFieldListFilter, RelatedOnlyFieldListFilter, SimpleListFilter
from django.contrib.admin.options import HORIZONTAL, VERTICAL, ModelAdmin, ShowFacets, StackedInline, TabularInline
from django.contrib.admin.sites import AdminSite, site
from django.utils.module_loading import autodiscover_modules

__all__ = [
    "action",
    "display",
    "register",
    "ModelAdmin",
    "HORIZONTAL",
    "VERTICAL",
    "StackedInline",
    "TabularInline",
    "AdminSite",
    "site",
    "ListFilter",
    "SimpleListFilter",
    "FieldListFilter",
    "BooleanFieldListFilter",
    "RelatedFieldListFilter",
    "ChoicesFieldListFilter",
    "DateFieldListFilter",
    "AllValuesFieldListFilter",
    "EmptyFieldListFilter",
    "RelatedOnlyFieldListFilter",
    "ShowFacets",
    "autodiscover",
]


def autodiscover():
    """Import every installed app's admin module (its registrations), as AdminConfig.ready() does."""
    autodiscover_modules("admin", register_to=site)
