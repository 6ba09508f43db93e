"""ConditionalGetMiddleware: answer a GET whose If-None-Match / If-Modified-Since the response
still satisfies with 304 Not Modified, giving responses an ETag (the md5 of the content) unless
they have one or say no-store."""

from django._trace import note
from django.utils.cache import cc_delim_re, get_conditional_response, set_response_etag
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import parse_http_date_safe


class ConditionalGetMiddleware(MiddlewareMixin):
    def process_response(self, request, response):
        if request.method == "GET":
            return self._answered(request, response)
        return response

    def _answered(self, request, response):
        if "ETag" not in response and self.needs_etag(response):
            response = set_response_etag(response)
        tag = response.get("ETag")
        modified = response.get("Last-Modified")
        modified = modified and parse_http_date_safe(modified)
        if not (tag or modified):
            return response
        answer = get_conditional_response(request, etag=tag, last_modified=modified, response=response)
        if answer is not response:
            note("ConditionalGetMiddleware", f"{answer.status_code}: the request's preconditions say so")
        return answer

    def needs_etag(self, response):
        """Whether the response may get an ETag (its Cache-Control does not say no-store)."""
        directives = cc_delim_re.split(response.get("Cache-Control", ""))
        return not any(directive.lower() == "no-store" for directive in directives)
