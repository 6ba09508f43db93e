"""ModelAdmin and the inlines: the options an app's admin.py sets for a model, with Django's
defaults, and the URLs the admin serves for each registered model.

The mini Django has no ORM, so there are no forms, querysets or change lists here; a model is
any class with a `_meta` giving `app_label` and `model_name`.
"""

import enum
from functools import update_wrapper

# radio_fields' layouts.
HORIZONTAL = 1
VERTICAL = 2


class ShowFacets(enum.Enum):
    NEVER = "NEVER"
    ALLOW = "ALLOW"
    ALWAYS = "ALWAYS"


def _with_defaults(defaults):
    """A class decorator giving the class each option of `defaults` as a class attribute."""

    def decorate(cls):
        for option, value in defaults.items():
            setattr(cls, option, value)
        return cls

    return decorate


# The options of ModelAdmin and the inlines alike, with Django's defaults (`form` is
# forms.ModelForm in Django: there are no forms here).
BASE_OPTIONS = {
    "autocomplete_fields": (),
    "raw_id_fields": (),
    "fields": None,
    "exclude": None,
    "fieldsets": None,
    "form": None,
    "filter_vertical": (),
    "filter_horizontal": (),
    "radio_fields": {},
    "prepopulated_fields": {},
    "formfield_overrides": {},
    "readonly_fields": (),
    "ordering": None,
    "sortable_by": None,
    "view_on_site": True,
    "show_full_result_count": True,
}

MODEL_ADMIN_OPTIONS = {
    "list_display": ("__str__",),
    "list_display_links": (),
    "list_filter": (),
    "list_select_related": False,
    "list_per_page": 100,
    "list_max_show_all": 200,
    "list_editable": (),
    "search_fields": (),
    "search_help_text": None,
    "date_hierarchy": None,
    "save_as": False,
    "save_as_continue": True,
    "save_on_top": False,
    "preserve_filters": True,
    "show_facets": ShowFacets.ALLOW,
    "inlines": (),
    "add_form_template": None,
    "change_form_template": None,
    "change_list_template": None,
    "delete_confirmation_template": None,
    "delete_selected_confirmation_template": None,
    "object_history_template": None,
    "popup_response_template": None,
    "actions": (),
    "actions_on_top": True,
    "actions_on_bottom": False,
    "actions_selection_counter": True,
}

INLINE_OPTIONS = {
    "model": None,
    "fk_name": None,
    "extra": 3,
    "min_num": None,
    "max_num": None,
    "template": None,
    "verbose_name": None,
    "verbose_name_plural": None,
    "can_delete": True,
    "show_change_link": False,
    "classes": None,
}


@_with_defaults(BASE_OPTIONS)
class BaseModelAdmin:
    """What ModelAdmin and the inlines share."""


def _page_not_served(*args, **kwargs):
    raise NotImplementedError("The course's mini Django does not serve the admin's pages.")


def admin_page(site, view, **marks):
    """`view` behind `site.admin_view()` (staff only), with the view's name and module, which
    resolve() reports, and `marks` as attributes."""

    def page(*args, **kwargs):
        return site.admin_view(view)(*args, **kwargs)

    vars(page).update(marks)
    return update_wrapper(page, view)


@_with_defaults(MODEL_ADMIN_OPTIONS)
class ModelAdmin(BaseModelAdmin):
    """Encapsulate all admin options and functionality for a given model."""

    def __init__(self, model, admin_site):
        vars(self).update(model=model, opts=getattr(model, "_meta", None), admin_site=admin_site)

    def __str__(self):
        return f"{self.opts.app_label}.{type(self).__name__}"

    def __repr__(self):
        return f"<{type(self).__qualname__}: model={self.model.__qualname__} site={self.admin_site!r}>"

    # The pages of one model. Their names and modules are what resolve() reports for them.
    def changelist_view(self, request, extra_context=None):
        return _page_not_served()

    def add_view(self, request, form_url="", extra_context=None):
        return _page_not_served()

    def history_view(self, request, object_id, extra_context=None):
        return _page_not_served()

    def delete_view(self, request, object_id, extra_context=None):
        return _page_not_served()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return _page_not_served()

    def get_urls(self):
        from django.urls import path
        from django.views.generic import RedirectView

        def wrap(view):
            return admin_page(self.admin_site, view, model_admin=self)

        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        pages = [
            ("", self.changelist_view, "changelist"),
            ("add/", self.add_view, "add"),
            ("<path:object_id>/history/", self.history_view, "history"),
            ("<path:object_id>/delete/", self.delete_view, "delete"),
            ("<path:object_id>/change/", self.change_view, "change"),
        ]
        patterns = [path(route, wrap(view), name=f"{prefix}_{page}") for route, view, page in pages]
        # The change page's URL before Django 1.9, redirecting to it.
        old_change_url = RedirectView.as_view(pattern_name=f"{self.admin_site.name}:{prefix}_change")
        return [*patterns, path("<path:object_id>/", wrap(old_change_url))]

    urls = property(get_urls)


@_with_defaults(INLINE_OPTIONS)
class InlineModelAdmin(BaseModelAdmin):
    """Options for inline editing of ``model`` instances."""

    def __init__(self, parent_model, admin_site):
        vars(self).update(admin_site=admin_site, parent_model=parent_model, opts=getattr(self.model, "_meta", None))


class StackedInline(InlineModelAdmin):
    template = "admin/edit_inline/stacked.html"


class TabularInline(InlineModelAdmin):
    template = "admin/edit_inline/tabular.html"
