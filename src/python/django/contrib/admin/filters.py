"""The admin's list filters, as an app's admin.py names and subclasses them
(`list_filter = [MyFilter]`, `class MyFilter(admin.SimpleListFilter)`).

The change list is not modelled, so filters are declared here, not run: a filter's checks on
its own declaration (a title, a parameter name) are made when it is built, as in Django.
"""

from django.core.exceptions import ImproperlyConfigured


def _undeclared(filter_object, attribute):
    return ImproperlyConfigured(f"The list filter '{type(filter_object).__name__}' does not specify a '{attribute}'.")


def _must_provide(owner, method, article="a"):
    return NotImplementedError(f"subclasses of {owner} must provide {article} {method}() method")


class ListFilter:
    title = None  # shown above the filter's choices in the change list's sidebar
    template = "admin/filter.html"

    def __init__(self, request, params, model, model_admin):
        vars(self).update(request=request, used_parameters={})
        if self.title is None:
            raise _undeclared(self, "title")

    def has_output(self):
        raise _must_provide("ListFilter", "has_output")

    def choices(self, changelist):
        raise _must_provide("ListFilter", "choices")

    def queryset(self, request, queryset):
        raise _must_provide("ListFilter", "queryset")

    def expected_parameters(self):
        raise _must_provide("ListFilter", "expected_parameters", "an")


class FacetsMixin:
    def get_facet_counts(self, pk_attname, filtered_qs):
        raise NotImplementedError("subclasses of FacetsMixin must provide a get_facet_counts() method.")


class SimpleListFilter(FacetsMixin, ListFilter):
    parameter_name = None  # the query string parameter of the filter's choice

    def __init__(self, request, params, model, model_admin):
        ListFilter.__init__(self, request, params, model, model_admin)
        name = self.parameter_name
        if name is None:
            raise _undeclared(self, "parameter_name")
        if name in params:
            self.used_parameters[name] = params.pop(name)
        self.lookup_choices = list(self.lookups(request, model_admin) or ())

    def has_output(self):
        return bool(self.lookup_choices)

    def value(self):
        """The chosen lookup value (the last given, as a query string may repeat it), or None."""
        chosen = self.used_parameters.get(self.parameter_name)
        return chosen[-1] if isinstance(chosen, list) else chosen

    def lookups(self, request, model_admin):
        raise NotImplementedError("The SimpleListFilter.lookups() method must be overridden to return a list of tuples "
                                  "(value, verbose value).")

    def expected_parameters(self):
        return [self.parameter_name]


class FieldListFilter(FacetsMixin, ListFilter):
    """A filter on a model field (list_filter = ["status"] makes one)."""

    list_separator = ","

    def __init__(self, field, request, params, model, model_admin, field_path):
        vars(self).update(field=field, field_path=field_path, title=getattr(field, "verbose_name", field_path))
        ListFilter.__init__(self, request, params, model, model_admin)

    def has_output(self):
        return True


class RelatedFieldListFilter(FieldListFilter):
    pass


class BooleanFieldListFilter(FieldListFilter):
    pass


class ChoicesFieldListFilter(FieldListFilter):
    pass


class DateFieldListFilter(FieldListFilter):
    pass


class AllValuesFieldListFilter(FieldListFilter):
    pass


class RelatedOnlyFieldListFilter(RelatedFieldListFilter):
    pass


class EmptyFieldListFilter(FieldListFilter):
    pass
