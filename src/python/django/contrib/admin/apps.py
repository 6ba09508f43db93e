from django.apps import AppConfig
from django.contrib._models import ModelsStoodIn
from django.contrib.admin.checks import check_admin_app, check_dependencies
from django.core import checks


class SimpleAdminConfig(ModelsStoodIn, AppConfig):
    """Simple AppConfig which does not do automatic discovery."""

    default_auto_field = "django.db.models.AutoField"
    default_site = "django.contrib.admin.sites.AdminSite"
    name = "django.contrib.admin"
    verbose_name = "Administration"

    def ready(self):
        checks.register(check_dependencies, checks.Tags.admin)
        checks.register(check_admin_app, checks.Tags.admin)


class AdminConfig(SimpleAdminConfig):
    """The default AppConfig for admin which does autodiscovery."""

    default = True

    def ready(self):
        super().ready()
        # Imports each installed app's admin module, so an error in one surfaces here.
        self.module.autodiscover()
