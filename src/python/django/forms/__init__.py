"""django.forms as settings name it: an entry of INSTALLED_APPS (projects add it so that the
form renderer finds templates in their apps, FORM_RENDERER = TemplatesSetting), and the form
renderers FORM_RENDERER names (django.forms.renderers). Forms themselves are not modelled yet.

Django gives this app no AppConfig of its own: it is installed with the plain AppConfig
(label 'forms', verbose name 'Forms')."""
