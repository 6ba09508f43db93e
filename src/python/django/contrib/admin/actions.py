"""The admin's site-wide actions (every model's change list offers them)."""

from django.contrib.admin.decorators import action


@action(permissions=["delete"], description="Delete selected %(verbose_name_plural)s")
def delete_selected(modeladmin, request, queryset):
    """Delete the selected objects, after a confirmation page."""
    raise NotImplementedError("The course's mini Django has no database to delete objects from.")
