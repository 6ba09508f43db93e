"""Django's migrations package, which some projects list in INSTALLED_APPS (an app without
models, as it is in Django). The mini Django has no migrations."""
