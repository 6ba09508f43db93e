"""GZipMiddleware: compress responses for clients that accept gzip.

A response shorter than 200 bytes, or with a Content-Encoding already, is left alone. Every
other one varies on Accept-Encoding (a cache must keep the two forms apart); it is compressed
when the request's Accept-Encoding names gzip and (for a response held in memory) the result is
shorter. A strong ETag becomes weak, since the bytes are no longer the same.
"""

import re

from django._trace import note
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django.utils.text import acompress_sequence, compress_sequence, compress_string

re_accepts_gzip = _NAMES_GZIP = re.compile(r"\bgzip\b")
_TOO_SHORT = 200
_ME = "GZipMiddleware"


def _weaken_etag(response):
    """A strong ETag ('"abc"') promises these very bytes: compressed, it can only be weak."""
    tag = response.headers.get("ETag", "")
    if tag[:1] == '"':
        response.headers["ETag"] = f"W/{tag}"


class GZipMiddleware(MiddlewareMixin):
    #: The random padding against BREACH (see django.utils.text.compress_string).
    max_random_bytes = 100

    def process_response(self, request, response):
        if not response.streaming and len(response.content) < _TOO_SHORT:
            return response
        if "Content-Encoding" in response:
            return response
        patch_vary_headers(response, ["Accept-Encoding"])
        if not _NAMES_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            note(_ME, "not compressed: the request's Accept-Encoding does not name gzip")
            return response
        if not response.streaming:
            packed = compress_string(response.content, max_random_bytes=self.max_random_bytes)
            if len(packed) >= len(response.content):
                note(_ME, "not compressed: gzip would not make it shorter")
                return response
            response.content = packed
            response.headers["Content-Length"] = str(len(packed))
        else:
            compress = acompress_sequence if response.is_async else compress_sequence
            response.streaming_content = compress(response.streaming_content, max_random_bytes=self.max_random_bytes)
            del response.headers["Content-Length"]  # unknown until it is all sent
        _weaken_etag(response)
        response["Content-Encoding"] = "gzip"
        note(_ME, "Content-Encoding: gzip (the request accepts gzip)")
        return response
