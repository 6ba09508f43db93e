"""The `request` operation inside a laid-out project (see operations/request.py)."""

import base64
import os

import django._trace
from minidjango import errors, http_client, isolation, limits
from minidjango.settings_source import SettingsSource

#: The most of one body an answer carries (a page larger than this is cut, with a note), and of
#: all its bodies together (the page reads no answer over 2,000,000 characters: answer-shape.ts).
MAX_BODY_BYTES = 256 * 1024
MAX_BODIES_BYTES = 1_000_000
_BODY_CUT = "\n… ({:,} more bytes left out: the engine returns at most {:,} bytes of a body)"


class RequestRun:
    def __init__(self, project, request):
        self.project = project
        self.settings_module = request["settings_module"]
        self.lines = list(request.get("requests") or [])
        self.body_budget = MAX_BODIES_BYTES
        self.jar = {str(name): str(value) for name, value in (request.get("jar") or {}).items()}

    def answer(self):
        try:
            application = self._load()
        except BaseException as exc:  # the reader's code may raise anything, SystemExit included
            isolation.end()
            return {"error": errors.describe(exc, self.project, self.settings_module), "responses": [],
                    "jar": self.jar}
        responses = []
        for line in self.lines:
            responses.append(self._send(application, line))
            if responses[-1].pop("_stop", False):
                break
        # The reader's code has run: put back what it changed before the engine's own code runs.
        isolation.end()
        source = SettingsSource(self.project, self.settings_module)
        for response in responses:
            for step in response["trace"]:
                step["location"] = _setting_place(source, step.get("setting"))
        return {"error": None, "responses": responses, "jar": dict(self.jar)}

    def _load(self):
        os.environ["DJANGO_SETTINGS_MODULE"] = self.settings_module
        from django.core.wsgi import get_wsgi_application

        return get_wsgi_application()

    def _send(self, application, line):
        try:
            environ = http_client.environ_of(line, self.jar)
        except http_client.RequestRefused as refused:
            return _not_sent(refused)
        started = {}

        def start_response(status, headers, exc_info=None):
            started["status"], started["headers"] = status, headers

        with django._trace.recording() as steps:
            try:
                body = _drained(application(environ, start_response))
            except BaseException as exc:
                error = errors.describe(exc, self.project, self.settings_module)
                answer = {"status": 500, "reason": "Internal Server Error", "headers": [], "body": "",
                          "trace": steps, "error": error}
                # The time limit, or the reader's code ending the process: nothing more is sent.
                answer["_stop"] = not isinstance(exc, Exception)
                return answer
        code, _, reason = started["status"].partition(" ")
        headers = [[name, value] for name, value in started["headers"]]
        http_client.keep_cookies(self.jar, headers)
        fields = _body_fields(body, headers, min(MAX_BODY_BYTES, self.body_budget))
        self.body_budget = max(0, self.body_budget - min(len(body), MAX_BODY_BYTES))
        return {"status": int(code), "reason": reason, "headers": headers, **fields, "trace": steps}


def _drained(iterable):
    """What a WSGI server sends of the application's answer: every chunk, then close()."""
    try:
        return b"".join(bytes(chunk) for chunk in iterable)
    finally:
        close = getattr(iterable, "close", None)
        if close is not None:
            close()


def _body_fields(body, headers, most):
    """{"body": text} when the body is UTF-8 and not compressed, else {"body_base64": ...}; a
    body longer than `most` bytes is cut there (and `body_cut` says by how many bytes)."""
    cut = len(body) - most
    if cut > 0:
        body = body[:most]
    gzipped = any(name.lower() == "content-encoding" and "gzip" in value.lower() for name, value in headers)
    fields = {}
    text = None
    if not gzipped:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            # Cut in the middle of a character: drop its first bytes.
            text = body[:-3].decode("utf-8", "ignore") if cut > 0 and _utf8_but_cut(body) else None
    if text is not None:
        fields["body"] = text + (_BODY_CUT.format(cut, most) if cut > 0 else "")
    else:
        fields["body_base64"] = base64.b64encode(body).decode("ascii")
    if cut > 0:
        fields["body_cut"] = cut
    return fields


def _utf8_but_cut(body):
    try:
        body[:-3].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _not_sent(refused):
    """The entry for a request that could not even be sent."""
    error = {"type": type(refused).__name__, "message": str(refused), "file": None, "line": None, "location": None}
    return {"status": 0, "reason": "", "headers": [], "body": "", "trace": [], "error": error}


def _setting_place(source, setting):
    if not setting:
        return None
    try:
        return source.place(setting)
    except Exception:  # a place is a help; never let it hide the response
        return None
