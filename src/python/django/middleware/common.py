"""CommonMiddleware: refuse some user agents, and redirect to the canonical URL of a page
(PREPEND_WWW, APPEND_SLASH). BrokenLinkEmailsMiddleware: tell the MANAGERS about 404s that a
link led to."""

import re
from urllib.parse import urlsplit

from django._trace import note
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponsePermanentRedirect
from django.urls import is_valid_path
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import escape_leading_slashes

#: Methods whose body a redirect would lose: with DEBUG on, APPEND_SLASH refuses them loudly.
_METHODS_WITH_A_BODY = ("DELETE", "POST", "PUT", "PATCH")
_ME = "CommonMiddleware"


class CommonMiddleware(MiddlewareMixin):
    """
    - DISALLOWED_USER_AGENTS: a request whose User-Agent matches one of these compiled
      regexes is refused (PermissionDenied).
    - PREPEND_WWW: a request for example.com/... is redirected to www.example.com/... (with
      the slash appended too, when APPEND_SLASH would add one).
    - APPEND_SLASH: when a path that does not end with '/' finds no pattern (the response is
      a 404) and the same path with a '/' does, to a view not marked @no_append_slash, the
      response becomes a redirect there.

    The redirects are permanent (301); a subclass may set response_redirect_class.
    """

    response_redirect_class = HttpResponsePermanentRedirect

    def process_request(self, request):
        agent = request.META.get("HTTP_USER_AGENT")
        if agent is not None and any(regex.search(agent) for regex in settings.DISALLOWED_USER_AGENTS):
            note(_ME, "403: the User-Agent matches DISALLOWED_USER_AGENTS", setting="DISALLOWED_USER_AGENTS")
            raise PermissionDenied("Forbidden user agent")
        host = request.get_host()  # even without PREPEND_WWW: it validates the host
        if not (settings.PREPEND_WWW and host) or host.startswith("www."):
            return None
        with_slash = self.should_redirect_with_slash(request)
        full_path = self.get_full_path_with_slash(request) if with_slash else request.get_full_path()
        target = "%s://www.%s%s" % (request.scheme, host, full_path)
        note(_ME, f"{self.response_redirect_class.status_code} to {target} because PREPEND_WWW = True", setting="PREPEND_WWW")
        return self.response_redirect_class(target)

    def should_redirect_with_slash(self, request):
        """Whether appending a slash turns a path that finds no pattern into one that does
        (APPEND_SLASH on, and the view it finds allows it)."""
        path = request.path_info
        if not settings.APPEND_SLASH or path.endswith("/"):
            return False
        if _match(request, path):
            return False
        match = _match(request, path + "/")
        return bool(match) and getattr(match.func, "should_append_slash", True)

    def get_full_path_with_slash(self, request):
        """The request's full path with the slash appended: percent-encoded, the query string
        kept, never starting with '//' (a browser would read another host there).

        With DEBUG on, a method with a body raises RuntimeError instead: the redirect would
        lose the body."""
        new_path = escape_leading_slashes(request.get_full_path(force_append_slash=True))
        if settings.DEBUG and request.method in _METHODS_WITH_A_BODY:
            note(_ME, f"500: a {request.method} cannot be redirected to {new_path} without losing its body "
                      "(APPEND_SLASH = True; DEBUG = True says so)", setting="APPEND_SLASH")
            details = {"method": request.method, "url": request.get_host() + new_path}
            raise RuntimeError("You called this URL via %(method)s, but the URL doesn't end in a slash and you have APPEND_SLASH set. Django can't redirect to the slash URL while maintaining %(method)s data. Change your form to point to %(url)s (note the trailing slash), or set APPEND_SLASH=False in your Django settings." % details)  # noqa: E501
        return new_path

    def process_response(self, request, response):
        """A 404 becomes the APPEND_SLASH redirect when there is one; every response that is not
        streamed gets a Content-Length."""
        if response.status_code == 404:
            if self.should_redirect_with_slash(request):
                target = self.get_full_path_with_slash(request)
                note(_ME, f"{self.response_redirect_class.status_code} to {target} because APPEND_SLASH = True and "
                          f"{request.path_info} did not match", setting="APPEND_SLASH")
                response = self.response_redirect_class(target)
        if not (response.streaming or response.has_header("Content-Length")):
            response["Content-Length"] = str(len(response.content))
        return response


def _match(request, path):
    """The ResolverMatch of `path` in the request's URLconf (its own, or ROOT_URLCONF), or False."""
    return is_valid_path(path, getattr(request, "urlconf", None))


class BrokenLinkEmailsMiddleware(MiddlewareMixin):
    """With DEBUG off, a 404 reached through a link (a Referer) is mailed to the MANAGERS, unless
    it looks like noise: no referer, the APPEND_SLASH redirect's own hop, a search engine's link
    from elsewhere ('?' in the referer), a bot referring to the page itself, or a path matching
    IGNORABLE_404_URLS. A browser has no mail server: the trace says what would be sent; the
    response is unchanged, as in Django."""

    def process_response(self, request, response):
        if response.status_code != 404 or settings.DEBUG:
            return response
        domain, path = request.get_host(), request.get_full_path()
        referer = request.META.get("HTTP_REFERER", "")
        if not self.is_ignorable_request(request, path, domain, referer):
            internal = "INTERNAL " if self.is_internal_request(domain, referer) else ""
            note("BrokenLinkEmailsMiddleware", f"would mail MANAGERS 'Broken {internal}link on {domain}' (no mail is sent here)",
                 setting="MANAGERS")
        return response

    def is_internal_request(self, domain, referer):
        """Whether the link is on this very host (another subdomain is another site)."""
        return re.match("^https?://%s/" % re.escape(domain), referer) is not None

    def is_ignorable_request(self, request, uri, domain, referer):
        """Whether this 404 is not worth telling the managers about."""
        if not referer:
            return True
        if settings.APPEND_SLASH and uri.endswith("/") and referer == uri[:-1]:
            return True  # the APPEND_SLASH redirect's own hop
        if "?" in referer and not self.is_internal_request(domain, referer):
            return True  # a search engine's result page
        where = urlsplit(referer)
        if where.path == uri and where.netloc in ("", domain):
            return True  # a bot naming the page itself as its referer
        return any(pattern.search(uri) for pattern in settings.IGNORABLE_404_URLS)
