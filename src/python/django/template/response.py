"""Responses rendered late: a TemplateResponse keeps its template and context until render()
(middleware and decorators may change them first), and cannot be read before."""

from django.http import HttpResponse

from .loader import get_template, select_template


class ContentNotRenderedError(Exception):
    pass


class SimpleTemplateResponse(HttpResponse):
    # What render() needs and a pickled (rendered) response leaves out.
    rendering_attrs = ["template_name", "context_data", "_post_render_callbacks"]

    def __init__(self, template, context=None, content_type=None, status=None, charset=None, using=None, headers=None):
        # Not `template` and `context`: the test client sets those names on responses.
        vars(self).update(template_name=template, context_data=context, using=using, _post_render_callbacks=[])
        self._request = None  # TemplateResponse's; kept here so that rendering needs no subclass
        super().__init__(content=b"", content_type=content_type, status=status, charset=charset, headers=headers)
        self._rendered = False  # setting the empty content just now counted as rendering

    def _require_rendered(self, before):
        if not self.is_rendered:
            raise ContentNotRenderedError(f"The response content must be rendered before it can be {before}.")

    def __getstate__(self):
        self._require_rendered("pickled")
        return {name: value for name, value in vars(self).items() if name not in self.rendering_attrs}

    def resolve_template(self, template):
        """A Template from a name, a list of names (the first found), or a template itself."""
        if not isinstance(template, (str, list, tuple)):
            return template
        find = get_template if isinstance(template, str) else select_template
        return find(template, using=self.using)

    def resolve_context(self, context):
        return context

    @property
    def rendered_content(self):
        """The template rendered now (the response's content is left as it is)."""
        found = self.resolve_template(self.template_name)
        return found.render(self.resolve_context(self.context_data), self._request)

    def add_post_render_callback(self, callback):
        """Call `callback(response)` after rendering (at once if that has happened)."""
        if self.is_rendered:
            callback(self)
        else:
            self._post_render_callbacks.append(callback)

    def render(self):
        """Render once; then the callbacks run, and one that returns a response replaces it."""
        if self.is_rendered:
            return self
        self.content = self.rendered_content
        response = self
        for callback in self._post_render_callbacks:
            replacement = callback(response)
            response = response if replacement is None else replacement
        return response

    @property
    def is_rendered(self):
        """Whether the content is there (render() made it, or it was set)."""
        return self._rendered

    def __iter__(self):
        self._require_rendered("iterated over")
        return HttpResponse.__iter__(self)

    @property
    def content(self):
        self._require_rendered("accessed")
        return HttpResponse.content.fget(self)

    @content.setter
    def content(self, value):
        HttpResponse.content.fset(self, value)
        self._rendered = True


class TemplateResponse(SimpleTemplateResponse):
    """A SimpleTemplateResponse that renders with the request (context processors see it)."""

    rendering_attrs = SimpleTemplateResponse.rendering_attrs + ["_request"]

    def __init__(self, request, template, context=None, content_type=None, status=None, charset=None, using=None,
                 headers=None):
        super().__init__(template, context, content_type, status, charset, using, headers=headers)
        self._request = request
