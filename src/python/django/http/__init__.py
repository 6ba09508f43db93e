"""django.http: requests, responses and the exceptions views raise (Http404)."""

from django.http.cookie import SimpleCookie, parse_cookie
from django.http.request import HttpHeaders, HttpRequest, QueryDict, RawPostDataException, UnreadablePostError
from django.http.response import BadHeaderError, FileResponse, Http404, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponse, HttpResponseBase, HttpResponseNotModified
from django.http.response import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.http.response import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotFound
from django.http.response import HttpResponseGone, HttpResponseNotAllowed, HttpResponseServerError

__all__ = [
    "SimpleCookie",
    "parse_cookie",
    "HttpHeaders",
    "HttpRequest",
    "QueryDict",
    "RawPostDataException",
    "UnreadablePostError",
    "HttpResponse",
    "HttpResponseBase",
    "StreamingHttpResponse",
    "HttpResponseRedirect",
    "HttpResponsePermanentRedirect",
    "HttpResponseNotModified",
    "HttpResponseBadRequest",
    "HttpResponseForbidden",
    "HttpResponseNotFound",
    "HttpResponseNotAllowed",
    "HttpResponseGone",
    "HttpResponseServerError",
    "Http404",
    "BadHeaderError",
    "JsonResponse",
    "FileResponse",
]
