"""Managers: `Model.objects`, where querysets start. A manager made from a QuerySet subclass
(`MyQuerySet.as_manager()`) offers its methods too."""

from django.db.models.query import QuerySet

_QUERYSET_METHODS = (
    "all", "none", "filter", "exclude", "order_by", "reverse", "distinct", "values", "values_list", "annotate",
    "alias", "extra", "only", "defer", "select_related", "prefetch_related", "using", "count", "exists",
    "aggregate", "get", "first", "last", "create", "bulk_create", "get_or_create", "update_or_create", "update",
    "delete", "iterator", "in_bulk", "raw",
)


class BaseManager:
    queryset_class = QuerySet

    def __init__(self):
        self.model = None
        self.name = None
        self.core_filters = None

    def __class_getitem__(cls, *args):
        return cls

    def copy_for(self, model):
        made = type(self).__new__(type(self))
        vars(made).update(vars(self))
        made.model = model
        return made

    def get_queryset(self):
        queryset = self.queryset_class(self.model)
        if self.core_filters:
            queryset = queryset.filter(**self.core_filters)
        return queryset

    def __getattr__(self, name):
        if name in _QUERYSET_METHODS or (not name.startswith("_") and hasattr(self.queryset_class, name)):
            return getattr(self.get_queryset(), name)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __repr__(self):
        label = self.model._meta.label if self.model is not None else "?"
        return f"<{type(self).__name__}: {label}>" if self.name is None else f"<{self.name}>"

    @classmethod
    def from_queryset(cls, queryset_class, class_name=None):
        return type(class_name or f"{cls.__name__}From{queryset_class.__name__}", (cls,), {"queryset_class": queryset_class})


class Manager(BaseManager):
    pass


def _as_manager(cls):
    return Manager.from_queryset(cls)()


QuerySet.as_manager = classmethod(_as_manager)
