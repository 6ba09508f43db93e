from django.apps import AppConfig
from django.contrib.staticfiles.checks import check_finders, check_storages
from django.core import checks


class StaticFilesConfig(AppConfig):
    name = "django.contrib.staticfiles"
    verbose_name = "Static Files"
    ignore_patterns = ["CVS", ".*", "*~"]  # what collectstatic leaves out

    def ready(self):
        # The staticfiles.* checks exist only in a project that installs this app.
        for check in (check_finders, check_storages):
            checks.register(check, checks.Tags.staticfiles)
