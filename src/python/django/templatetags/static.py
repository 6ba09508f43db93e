"""The {% load static %} library: {% static "path" %} (the URL the static files storage gives
a file, or STATIC_URL joined with it without django.contrib.staticfiles), and
{% get_static_prefix %} / {% get_media_prefix %} (STATIC_URL, MEDIA_URL). Each takes an
optional `as name`, which stores the URL instead of showing it."""

from urllib.parse import quote, urljoin

from django import template
from django.apps import apps
from django.conf import settings
from django.utils.encoding import filepath_to_uri, iri_to_uri
from django.utils.html import conditional_escape

register = template.Library()


def _shown_or_kept(context, varname, url):
    if varname:
        context[varname] = url
        return ""
    return url


class PrefixNode(template.Node):
    def __init__(self, varname=None, name=None):
        if not name:
            raise template.TemplateSyntaxError("Prefix nodes must be given a name to return.")
        vars(self).update(varname=varname, name=name)

    def __repr__(self):
        return f"<{type(self).__name__}(varname={self.varname!r}, name={self.name!r})>"

    @classmethod
    def handle_token(cls, parser, token, name):
        """{% tag %} or {% tag as varname %}."""
        after = token.contents.split()[1:]
        if after[:1] not in ([], ["as"]):
            raise template.TemplateSyntaxError("First argument in '%s' must be 'as'" % after[0])
        return cls(after[1] if len(after) > 1 else None, name)

    @classmethod
    def handle_simple(cls, name):
        """The setting `name` as a URI ('' when it is not set)."""
        return iri_to_uri(getattr(settings, name, None) or "")

    def render(self, context):
        return _shown_or_kept(context, self.varname, PrefixNode.handle_simple(self.name))


@register.tag
def get_static_prefix(parser, token):
    return PrefixNode.handle_token(parser, token, name="STATIC_URL")


@register.tag
def get_media_prefix(parser, token):
    return PrefixNode.handle_token(parser, token, name="MEDIA_URL")


def _url_in(storage, path):
    """storage.url(path), or what FileSystemStorage gives: its base_url joined with the path."""
    if hasattr(storage, "url"):
        return storage.url(path)
    return urljoin(storage.base_url, filepath_to_uri(path).lstrip("/"))


class StaticNode(template.Node):
    def __init__(self, varname=None, path=None):
        vars(self).update(varname=varname, path=path)
        if self.path is None:
            raise template.TemplateSyntaxError("Static template nodes must be given a path to return.")

    def __repr__(self):
        return f"{type(self).__name__}(varname={self.varname!r}, path={self.path!r})"

    def url(self, context):
        return type(self).handle_simple(self.path.resolve(context))

    def render(self, context):
        address = self.url(context)
        shown = conditional_escape(address) if context.autoescape else address
        return _shown_or_kept(context, self.varname, shown)

    @classmethod
    def handle_simple(cls, path):
        """The URL of the static file `path`."""
        if not apps.is_installed("django.contrib.staticfiles"):
            prefix = PrefixNode.handle_simple("STATIC_URL")
            return urljoin(prefix, quote(path))
        from django.contrib.staticfiles.storage import staticfiles_storage

        return _url_in(staticfiles_storage, path)

    @classmethod
    def handle_token(cls, parser, token):
        """{% static path %} or {% static path as varname %}."""
        words = token.split_contents()
        if len(words) == 1:
            raise template.TemplateSyntaxError("'%s' takes at least one argument (path to file)" % words[0])
        stored_as = words[3] if words[2:3] == ["as"] and len(words) > 3 else None
        return cls(stored_as, parser.compile_filter(words[1]))


@register.tag("static")
def do_static(parser, token):
    return StaticNode.handle_token(parser, token)


def static(path):
    """The URL of the static file `path` (what {% static %} shows)."""
    return StaticNode.handle_simple(path)
