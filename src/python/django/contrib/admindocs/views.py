"""The admin's documentation pages (models, views, template tags and filters of the project).

They are for staff and render the admin's templates, which the course's mini Django does not
serve; the views exist so that a URLconf including django.contrib.admindocs.urls resolves as
Django's does."""

from django.views.generic import TemplateView

# Exclude methods starting with these strings from documentation
MODEL_METHODS_EXCLUDE = ("_", "add_", "delete", "save", "set_")


class BaseAdminDocsView(TemplateView):
    """Base view for admindocs views."""

    def dispatch(self, request, *args, **kwargs):
        raise NotImplementedError("The course's mini Django does not serve the admin's documentation pages.")


class BookmarkletsView(BaseAdminDocsView):
    template_name = "admin_doc/bookmarklets.html"


class TemplateTagIndexView(BaseAdminDocsView):
    template_name = "admin_doc/template_tag_index.html"


class TemplateFilterIndexView(BaseAdminDocsView):
    template_name = "admin_doc/template_filter_index.html"


class ViewIndexView(BaseAdminDocsView):
    template_name = "admin_doc/view_index.html"


class ViewDetailView(BaseAdminDocsView):
    template_name = "admin_doc/view_detail.html"


class ModelIndexView(BaseAdminDocsView):
    template_name = "admin_doc/model_index.html"


class ModelDetailView(BaseAdminDocsView):
    template_name = "admin_doc/model_detail.html"


class TemplateDetailView(BaseAdminDocsView):
    template_name = "admin_doc/template_detail.html"
