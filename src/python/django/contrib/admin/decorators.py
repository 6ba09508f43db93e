"""@admin.action, @admin.display and @admin.register, as an app's admin.py uses them."""


def _setting_attributes(function, attributes, refused=None):
    """Decorate `function` (or, when None, return the decorator) by setting the attributes
    whose value is not None; `refused`, when given, is raised instead."""

    def decorator(func):
        if refused is not None:
            raise refused
        vars(func).update({name: value for name, value in attributes.items() if value is not None})
        return func

    return decorator if function is None else decorator(function)


def action(function=None, *, permissions=None, description=None):
    """Mark an admin action: who may run it, and its label in the action menu."""
    return _setting_attributes(function, {"allowed_permissions": permissions, "short_description": description})


def display(function=None, *, boolean=None, ordering=None, description=None, empty_value=None):
    """Mark a list_display function: shown as a yes/no icon, sorted by a field, its column
    title, what an empty value shows."""
    both = boolean is not None and empty_value is not None
    refused = ValueError("The boolean and empty_value arguments to the @display decorator are mutually exclusive.")
    attributes = {
        "boolean": boolean,
        "admin_order_field": ordering,
        "short_description": description,
        "empty_value_display": empty_value,
    }
    return _setting_attributes(function, attributes, refused if both else None)


def register(*models, site=None):
    """Register the decorated ModelAdmin class for `models` with `site` (the default admin
    site when not given): @admin.register(Author, Book)."""
    from django.contrib.admin import ModelAdmin
    from django.contrib.admin.sites import AdminSite
    from django.contrib.admin.sites import site as default_site

    def register_admin_class(admin_class):
        chosen_site = site or default_site
        refusal = (
            "At least one model must be passed to register." if not models
            else "site must subclass AdminSite" if not isinstance(chosen_site, AdminSite)
            else "Wrapped class must subclass ModelAdmin." if not issubclass(admin_class, ModelAdmin)
            else None
        )
        if refusal:
            raise ValueError(refusal)
        chosen_site.register(models, admin_class=admin_class)
        return admin_class

    return register_admin_class
