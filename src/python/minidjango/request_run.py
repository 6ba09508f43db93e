"""The `request` operation inside a laid-out project (see operations/request.py)."""

import base64
import os
import time

import django._trace
from minidjango import clock, db_setup, errors, http_client, isolation, limits
from minidjango.settings_source import SettingsSource

#: The most of one body an answer carries (a page larger than this is cut, with a note), and of
#: all its bodies together (the page reads no answer over 2,000,000 characters, answer-shape.ts: a
#: body of quotes doubles in JSON, one of bytes grows by a third in base64).
MAX_BODY_BYTES = 256 * 1024
MAX_BODIES_BYTES = 700_000
#: The SQL a response carries: at most this many statements, each cut at this many characters.
MAX_QUERIES = 100
MAX_QUERY_CHARS = 4000
#: A streamed body is read no further than this (the rest is never asked for).
MAX_STREAM_BYTES = 4 * MAX_BODY_BYTES
_STREAM_LEFT = "\n… (the stream went on past {:,} bytes: the engine stopped reading it there)"
_BODY_CUT = "\n… ({:,} more bytes left out: the engine returns at most {:,} bytes of a body)"


class RequestRun:
    def __init__(self, project, request):
        self.project = project
        self.settings_module = request["settings_module"]
        self.lines = list(request.get("requests") or [])
        self.body_budget = MAX_BODIES_BYTES
        self.jar = {str(name): str(value) for name, value in (request.get("jar") or {}).items()}
        self.fixtures = list(request.get("fixtures") or ())
        self.database = None

    def answer(self):
        try:
            application = self._load()
        except BaseException as exc:  # the reader's code may raise anything, SystemExit included
            isolation.end()
            return {"error": errors.describe(exc, self.project, self.settings_module), "responses": [],
                    "jar": self.jar}
        responses = []
        with clock.standing():
            for number, line in enumerate(self.lines):
                responses.append(self._send(application, line))
                stopped = responses[-1].pop("_stop", None)
                if stopped:
                    # The process is gone (the time limit, or the project ended it): nothing more is sent.
                    responses += [_not_sent(NotSent(stopped)) for _ in self.lines[number + 1 :]]
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

        application = get_wsgi_application()
        self.database = db_setup.prepare(self.fixtures, self.project.files)
        if self.database is not None:
            self.database.force_debug_cursor = True  # each response shows the SQL that ran, DEBUG or not
        return application

    def _send(self, application, line):
        try:
            environ = http_client.environ_of(line, self.jar)
        except http_client.RequestRefused as refused:
            return _not_sent(refused)
        started = {}

        def start_response(status, headers, exc_info=None):
            started["status"], started["headers"] = status, headers

        if self.database is not None:
            self.database.queries_log.clear()
        with django._trace.recording() as steps:
            started_at = time.perf_counter()
            try:
                body, unread = _drained(application(environ, start_response), MAX_STREAM_BYTES)
            except BaseException as exc:
                return self._raised(exc, steps)
            took_ms = (time.perf_counter() - started_at) * 1000
        code, _, reason = started["status"].partition(" ")
        headers = [[name, value] for name, value in started["headers"]]
        http_client.keep_cookies(self.jar, headers)
        fields = _body_fields(body, headers, min(MAX_BODY_BYTES, self.body_budget))
        self.body_budget = max(0, self.body_budget - min(len(body), MAX_BODY_BYTES))
        if unread:
            fields["body_unread"] = True
            if "body" in fields:
                fields["body"] += _STREAM_LEFT.format(MAX_STREAM_BYTES)
        answer = {"status": int(code), "reason": reason, "headers": headers, **fields, "trace": steps,
                  "ms": round(took_ms, 3)}
        return self._with_queries(answer)

    def _with_queries(self, answer):
        """The SQL the request ran (connection.queries while it was handled), each statement cut
        at MAX_QUERY_CHARS and at most MAX_QUERIES of them (a note says how many more ran)."""
        if self.database is None:
            return answer
        ran = self.database.queries_log
        answer["queries"] = [{"sql": limits.text(q["sql"], MAX_QUERY_CHARS)} for q in ran[:MAX_QUERIES]]
        if len(ran) > MAX_QUERIES:
            answer["queries"].append({"sql": f"-- ... and {len(ran) - MAX_QUERIES:,} more statements"})
        return answer


    def _raised(self, exc, steps):
        """The entry of a request the handler did not answer: what it raised. Django answers
        every Exception itself, so what comes here is the time limit (KeyboardInterrupt), the
        project ending the process (SystemExit), or an error inside Django's own error handling;
        as behind gunicorn, the client would get a bare 500."""
        error = errors.describe(exc, self.project, self.settings_module)
        entry = self._with_queries({"status": 500, "reason": "Internal Server Error", "headers": [], "body": "",
                                    "trace": steps, "error": error})
        if isinstance(exc, KeyboardInterrupt):
            where = f" at line {error['line']} of {error['file']}" if error.get("file") else ""
            error["explanation"] = _STOPPED_BY_TIME_LIMIT.format(where=where)
            entry["_stop"] = "the time limit stopped an earlier request"
        elif not isinstance(exc, Exception):
            entry["_stop"] = f"an earlier request ended the process ({type(exc).__name__})"
        return entry


_STOPPED_BY_TIME_LIMIT = (
    "The request was still being handled when the time limit ran out, so it was stopped{where}. A view "
    "or a middleware there never finishes: a loop such as `while True:` without a `break`, or work far "
    "longer than a request should take (a page is answered in milliseconds). Behind gunicorn the worker "
    "would be killed by its timeout and the client would get an error instead of a page."
)


class NotSent(Exception):
    """A request the engine did not send, because an earlier one ended the run."""

    def __init__(self, why):
        super().__init__(f"Not sent: {why}.")


def _drained(iterable, most):
    """What a WSGI server sends of the application's answer, then close(): (the bytes, whether
    some were left unread). A streamed answer is read no further than `most` bytes (a view may
    stream for ever, as a server-sent events view does); an answer held in memory comes whole."""
    chunks, size, unread = [], 0, False
    try:
        for chunk in iterable:
            chunks.append(bytes(chunk))
            size += len(chunks[-1])
            if size > most:
                unread = True
                break
    finally:
        close = getattr(iterable, "close", None)
        if close is not None:
            close()
    return b"".join(chunks), unread


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
