"""Parsing a multipart/form-data body (django.http.multipartparser): the fields and the files
of a form posted with enctype="multipart/form-data"."""


class MultiPartParserError(Exception):
    """The body is not the multipart message its Content-Type announces: the handler answers 400."""


class InputStreamExhausted(Exception):
    """No more reads are available from the body."""
