"""Run one conformance case's input in real Django and print what Django did, as JSON.

Runs under the real Django's interpreter (CPython 3.12 with Django 6.1 importable), started by
record.py in a fresh process, in an empty CASE_DIR holding the case's files:

    python3.12 -I django_case.py CASE_DIR DJANGO_PATH... < case.json

The output has the shapes of ../../../shared/conformance/FORMAT.md, with the case directory's
absolute path still in it (record.py puts the <CASE_DIR> token in). A `python` case (ours: a
snippet against Django's Python API) gives the JSON value its code leaves in `result`.
"""

import json
import os
import sys
import traceback

SYNTAX_ERRORS = (SyntaxError,)


def main():
    case_dir, *django_path = sys.argv[1:]
    case = json.load(sys.stdin)
    sys.path[:] = [case_dir, *django_path, *[p for p in sys.path if p and p != os.path.dirname(__file__)]]
    os.chdir(case_dir)
    install_mysql_driver()
    os.environ.clear()
    if case["kind"] == "settings":
        os.environ.update(case.get("env") or {})
        result = run_settings_case(case, case_dir)
    elif case["kind"] == "urls":
        result = run_urls_case(case, case_dir)
    elif case["kind"] == "python":
        os.environ.update(case.get("env") or {})
        result = run_python_case(case)
    elif case["kind"] == "http":
        os.environ.update(case.get("env") or {})
        result = run_http_case(case, case_dir)
    elif case["kind"] == "cache":
        result = run_cache_case(case)
    elif case["kind"] == "collectstatic":
        result = run_collectstatic_case(case, case_dir)
    else:
        raise SystemExit(f"unknown kind {case['kind']!r}")
    sys.stdout.write(json.dumps(result, ensure_ascii=False, sort_keys=True))


def install_mysql_driver():
    """The corpus's machine has a MySQL driver for Django's backend; here PyMySQL stands in
    for mysqlclient (the wheel index has no mysqlclient), as its documentation describes."""
    try:
        import MySQLdb  # noqa: F401
    except ImportError:
        try:
            import pymysql
        except ImportError:
            return
        pymysql.install_as_MySQLdb()


# ---- what a case reports ----------------------------------------------------------------------


def describe_error(exc, case_dir):
    """The corpus's Error: class name, message, innermost frame in the case's files."""
    prefix = case_dir.rstrip("/") + "/"

    def relative(filename):
        return filename[len(prefix):] if filename and filename.startswith(prefix) else None

    if isinstance(exc, SYNTAX_ERRORS) and relative(exc.filename):
        return {"type": type(exc).__name__, "message": exc.msg, "file": relative(exc.filename), "line": exc.lineno}
    file = line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if relative(frame.filename):
            file, line = relative(frame.filename), frame.lineno
    try:
        message = str(exc)
    except Exception:
        message = f"<unprintable {type(exc).__name__} object>"
    return {"type": type(exc).__name__, "message": message, "file": file, "line": line}


def describe_message(message):
    from django.core.checks import CRITICAL, DEBUG, ERROR, INFO, WARNING

    level = {DEBUG: "DEBUG", INFO: "INFO", WARNING: "WARNING", ERROR: "ERROR", CRITICAL: "CRITICAL"}
    return {"id": message.id, "level": level.get(message.level, str(message.level)), "msg": message.msg, "hint": message.hint}


def check_result(messages, scope):
    kept = [describe_message(m) for m in messages if not m.is_silenced() and (m.id or "").startswith(tuple(scope))]
    kept.sort(key=lambda m: (m["id"], m["msg"], m["hint"] or ""))
    return {"error": None, "messages": kept}


DEFAULT_SCOPE = ["security.", "staticfiles.", "caches.", "urls.", "2_0.", "4_0."]


def recording_run_checks():
    """Make every run of the checks note its messages (the check command prints, not returns,
    them). The command calls django.core.checks.run_checks, a bound method taken at import."""
    import django.core.checks
    import django.core.checks.registry

    runs = []
    original = django.core.checks.registry.registry.run_checks

    def run_checks(*args, **kwargs):
        messages = original(*args, **kwargs)
        runs.append(list(messages))
        return messages

    django.core.checks.run_checks = django.core.checks.registry.run_checks = run_checks
    return runs


# ---- settings: manage.py check [--deploy] -------------------------------------------------------


def run_settings_case(case, case_dir):
    os.environ["DJANGO_SETTINGS_MODULE"] = case["settings_module"]
    runs = recording_run_checks()
    import django
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    out, err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = open(os.devnull, "w")
    try:
        # What manage.py does before the command: settings read, apps loaded; then the command,
        # whose parser lists the DATABASES aliases, then the checks.
        django.setup()
        call_command("check", deploy=case.get("deploy", True))
    except SystemCheckError:
        pass  # serious messages: the command's normal way to fail
    except BaseException as exc:
        sys.stdout, sys.stderr = out, err
        return {"error": describe_error(exc, case_dir), "messages": []}
    finally:
        sys.stdout, sys.stderr = out, err
    return check_result(runs[-1] if runs else [], case.get("scope", DEFAULT_SCOPE))


# ---- urls: resolve() / reverse() and the URL checks -------------------------------------------------

URLS_SECRET_KEY = "oracle-" + "k3y-for-resolving-urls-only-never-for-signing-0123456789"


def run_urls_case(case, case_dir):
    import django
    from django.conf import settings

    options = {"ROOT_URLCONF": case["root_urlconf"], "INSTALLED_APPS": [], "ALLOWED_HOSTS": ["*"], "SECRET_KEY": URLS_SECRET_KEY}
    options.update(case.get("settings") or {})
    try:
        settings.configure(**options)
        django.setup()
    except BaseException as exc:
        error = {"error": describe_error(exc, case_dir)}
        return {
            "checks": {"error": error["error"], "messages": []},
            "resolve": [error for _ in case.get("resolve", ())],
            "reverse": [error for _ in case.get("reverse", ())],
        }
    from django.core import checks

    try:
        result_checks = check_result(checks.run_checks(include_deployment_checks=False), case.get("scope", DEFAULT_SCOPE))
    except BaseException as exc:
        result_checks = {"error": describe_error(exc, case_dir), "messages": []}
    return {
        "checks": result_checks,
        "resolve": [resolve_outcome(entry["path"], case_dir) for entry in case.get("resolve", ())],
        "reverse": [reverse_outcome(entry, case_dir) for entry in case.get("reverse", ())],
    }


def typed(value):
    try:
        text = repr(value)
    except Exception:
        text = f"<unprintable {type(value).__name__} object>"
    return [type(value).__name__, text]


def resolve_outcome(path, case_dir):
    from django.urls import Resolver404, resolve

    try:
        try:
            match = resolve(path)
        except Resolver404 as not_found:
            tried = not_found.args[0].get("tried", []) if not_found.args else []
            return {
                "match": False,
                "tried": [[str(p.pattern) for p in entry] for entry in tried],
                "tried_display": [tried_display(entry) for entry in tried],
                "append_slash_redirect": append_slash_redirect(path),
            }
    except BaseException as exc:
        return {"error": describe_error(exc, case_dir)}
    return {
        "match": True,
        "view": match._func_path,
        "args": [typed(v) for v in match.args],
        "kwargs": {str(k): typed(v) for k, v in match.kwargs.items()},
        "captured_kwargs": {str(k): typed(v) for k, v in (match.captured_kwargs or {}).items()},
        "extra_kwargs": {str(k): typed(v) for k, v in (match.extra_kwargs or {}).items()},
        "url_name": match.url_name,
        "route": match.route,
        "app_names": list(match.app_names),
        "namespaces": list(match.namespaces),
        "view_name": match.view_name,
    }


def tried_display(entry):
    """An item of the DEBUG 404 page's list, as technical_404.html renders it."""
    from django.urls import URLPattern, URLResolver

    text = " ".join(s for s in (str(p.pattern) for p in entry) if s)
    last = entry[-1]
    if isinstance(last, URLPattern) and last.name:
        suffix = f"[name='{last.name}']"
    elif isinstance(last, URLResolver) and last.namespace:
        suffix = f"[namespace='{last.namespace}']"
    else:
        return text
    return f"{text} {suffix}" if text else suffix


def append_slash_redirect(path):
    from django.http import HttpRequest, HttpResponseNotFound
    from django.middleware.common import CommonMiddleware

    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.META = {"SERVER_NAME": "testserver", "SERVER_PORT": "80"}
    not_found = HttpResponseNotFound()
    response = CommonMiddleware(lambda r: not_found).process_response(request, not_found)
    return response["Location"] if response is not not_found else None


def reverse_outcome(entry, case_dir):
    from django.urls import reverse
    from django.utils.module_loading import import_string

    try:
        viewname = import_string(entry["callable"]) if "callable" in entry else entry["viewname"]
        options = {k: entry[k] for k in ("args", "kwargs", "current_app", "query", "fragment") if k in entry}
        return {"path": reverse(viewname, **options)}
    except BaseException as exc:
        return {"error": describe_error(exc, case_dir)}


# ---- python: a snippet against Django's API --------------------------------------------------------


def run_python_case(case):
    """Run the case's code in CASE_DIR; its outcome is the JSON value it leaves in `result`, or
    the exception it raised, {"raised": class name, "message": str(exc)}."""
    namespace = {"__name__": "case_code"}
    try:
        exec(compile(case["code"], "<case>", "exec"), namespace)
    except BaseException as exc:
        return {"raised": type(exc).__name__, "message": str(exc)}
    return json.loads(json.dumps(namespace.get("result")))




# ---- http: requests through get_wsgi_application() ---------------------------------------------
#
# ../../../shared/conformance/http/README.md: each request becomes a WSGI environ as gunicorn
# builds one, goes to the real WSGI handler (settings' middleware and all), and the answer is
# written down with what is random or from the clock masked. A cookie jar carries Set-Cookie
# from one response to the next request, as a browser would.

DEFAULT_PORTS = {"http": "80", "https": "443"}
HTTP_DATE = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT"


def run_http_case(case, case_dir):
    """The expected list of a case (one entry per request), or {"error": ...} when the project
    cannot be loaded. Whatever the project prints goes to stderr, away from our JSON."""
    os.environ["DJANGO_SETTINGS_MODULE"] = case["settings_module"]
    out = sys.stdout
    sys.stdout = sys.stderr
    try:
        try:
            from django.core.wsgi import get_wsgi_application

            application = get_wsgi_application()
        except BaseException as exc:
            return {"error": describe_error(exc, case_dir)}
        mark_technical_pages()
        masks = http_masks()
        jar = {}
        return [send(application, request, jar, masks, case_dir) for request in case["requests"]]
    finally:
        sys.stdout = out


def mark_technical_pages():
    """Tag the responses DEBUG's technical views make (the handler calls them through the
    django.views.debug module): the 500 page, the 404 page, and the "install worked" page the
    404 view gives for an empty URLconf (a DEBUG page too, though its status is 200: it has no
    "tried" list)."""
    from django.views import debug

    def marking(view, kind):
        def marked(*args, **kwargs):
            response = view(*args, **kwargs)
            response._oracle_technical = getattr(response, "_oracle_technical", kind)
            return response

        return marked

    debug.default_urlconf = marking(debug.default_urlconf, "install")
    debug.technical_404_response = marking(debug.technical_404_response, "404")
    debug.technical_500_response = marking(debug.technical_500_response, "500")


def http_masks():
    """(pattern, replacement) pairs for every header value and body: the README's masks."""
    import re

    from django.conf import settings

    cookie_names = "|".join(re.escape(n) for n in {settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME})
    return {
        "cookie": (re.compile(rf"^({cookie_names})=[^;]*"), r"\1=<RANDOM>"),
        "text": [
            (re.compile(r'(<input[^>]*name="csrfmiddlewaretoken"[^>]*value=")[^"]*(")'), r"\1<RANDOM>\2"),
            (re.compile(r'nonce="[^"]*"'), 'nonce="<RANDOM>"'),
            (re.compile(r"'nonce-[^']*'"), "'nonce-<RANDOM>'"),
            (re.compile(HTTP_DATE), "<DATE>"),
        ],
    }


def masked(text, masks):
    for pattern, replacement in masks["text"]:
        text = pattern.sub(replacement, text)
    return text


def wsgi_environ(request, jar):
    """The environ gunicorn would hand Django for this request (README: "How a request becomes a
    WSGI environ"). The path is percent-decoded to bytes and read as latin-1, as gunicorn does;
    characters beyond ASCII in the url count as their UTF-8 bytes, as a browser sends them."""
    import io
    import urllib.parse
    from wsgiref.util import FileWrapper

    url = urllib.parse.urlsplit(request["url"])
    token = jar.get("csrftoken", "")
    body = request.get("body", "").replace("{csrftoken}", token).encode("utf-8")
    environ = {
        "REQUEST_METHOD": request["method"],
        "SCRIPT_NAME": "",
        "PATH_INFO": urllib.parse.unquote_to_bytes(url.path).decode("latin-1"),
        "QUERY_STRING": url.query.encode("utf-8").decode("latin-1"),
        "SERVER_NAME": url.hostname or "",
        "SERVER_PORT": str(url.port) if url.port is not None else DEFAULT_PORTS.get(url.scheme, "80"),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": url.netloc,
        "REMOTE_ADDR": request.get("remote_addr", "127.0.0.1"),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": url.scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "wsgi.file_wrapper": FileWrapper,
    }
    if body:
        environ["CONTENT_LENGTH"] = str(len(body))
    if jar and request.get("cookies", True):
        environ["HTTP_COOKIE"] = "; ".join(f"{name}={value}" for name, value in jar.items())
    for name, value in (request.get("headers") or {}).items():
        key = name.upper().replace("-", "_")
        if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            key = "HTTP_" + key
        environ[key] = value.replace("{csrftoken}", token).encode("utf-8").decode("latin-1")
    return environ


def send(application, request, jar, masks, case_dir):
    """One request through the handler, as a WSGI server runs it: call, iterate, close."""
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, list(headers)
        return lambda data: None

    try:
        answer = application(wsgi_environ(request, jar), start_response)
        try:
            body = b"".join(answer)
        finally:
            if hasattr(answer, "close"):
                answer.close()
    except BaseException as exc:
        return {"error": describe_error(exc, case_dir)}
    keep_cookies(started["headers"], jar)
    code, _, reason = started["status"].partition(" ")
    return {"status": int(code), "reason": reason, **response_record(started["headers"], body, answer, masks)}


def keep_cookies(headers, jar):
    """A browser's jar: name=value from each Set-Cookie; an empty value or Max-Age=0 removes it."""
    for name, value in headers:
        if name.lower() != "set-cookie":
            continue
        pair, *attributes = value.split(";")
        cookie, _, cookie_value = pair.partition("=")
        cookie, cookie_value = cookie.strip(), cookie_value.strip()
        expired = any(a.strip().lower().replace(" ", "") == "max-age=0" for a in attributes)
        if expired or cookie_value in ("", '""'):
            jar.pop(cookie, None)
        else:
            jar[cookie] = cookie_value


def response_record(headers, body, answer, masks):
    import gzip

    gzipped = any(n.lower() == "content-encoding" and v.strip().lower() == "gzip" for n, v in headers)
    shown = []
    for name, value in headers:
        if name.lower() == "set-cookie":
            value = masks["cookie"][0].sub(masks["cookie"][1], value)
        elif gzipped and name.lower() == "content-length":
            value = "<LENGTH>"
        shown.append([name, masked(value, masks)])
    if gzipped:
        body = gzip.decompress(body)
    kind = getattr(answer, "_oracle_technical", None)
    if kind:
        return {"headers": shown, "technical": technical_summary(body.decode("utf-8"), kind, masks)}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        import base64

        return {"headers": shown, "body_base64": base64.b64encode(body).decode("ascii")}
    return {"headers": shown, ("body_gunzipped" if gzipped else "body"): masked(text, masks)}


def technical_summary(page, kind, masks):
    """What a technical page tells, without what depends on the machine: its title, the
    exception's text, the "Raised by" cell and, for a 404, the URL patterns tried."""
    import html
    import re

    def text_of(fragment, collapse=True):
        if fragment is None:
            return None
        fragment = re.sub(r"<[^>]*>", "", fragment)
        if collapse:
            fragment = " ".join(fragment.split())
        return masked(html.unescape(fragment), masks)

    def first(pattern):
        found = re.search(pattern, page, re.S)
        return found.group(1) if found else None

    summary = {
        "title": text_of(first(r"<title>(.*?)</title>")),
        "exception_value": text_of(first(r'<pre class="exception_value">(.*?)</pre>'), collapse=False),
        "raised_by": text_of(first(r"<th[^>]*>\s*Raised by:\s*</th>\s*<td>(.*?)</td>")),
    }
    if kind == "404":
        patterns = first(r"Django tried these URL patterns.*?<ol>(.*?)</ol>") or ""
        summary["tried"] = [text_of(item) for item in re.findall(r"<li>(.*?)</li>", patterns, re.S)]
    return summary



# ---- cache cases (../shared/conformance/cache/README.md) ---------------------------------------

#: What the faked clock reads at `at` = 0 (a whole number of seconds: every `at` adds exactly).
CACHE_CLOCK_ORIGIN = 1_767_225_600


def run_cache_case(case):
    """Each op of the case against caches[op.cache], time.time() standing at the origin plus its `at`."""
    import time
    import warnings

    from django.conf import settings

    settings.configure(CACHES=case["caches"], INSTALLED_APPS=[])
    import django

    django.setup()
    from django.core.cache import caches

    state = {"variables": {}, "queries": 0}

    def value(given):
        if isinstance(given, list):
            return [value(item) for item in given]
        if isinstance(given, dict):
            if list(given) == ["$tuple"]:
                return tuple(value(given["$tuple"]))
            if list(given) == ["$callable"]:
                made = value(given["$callable"])
                return lambda: made
            if list(given) == ["$var"]:
                return state["variables"][given["$var"]]
            return {key: value(item) for key, item in given.items()}
        return given

    def view(alias, key="my_cache_key", timeout=3600, **given):
        cache = caches[alias]
        result = cache.get(key)
        if result is None:
            state["queries"] += 1
            result = given["db_result"] if "db_result" in given else f"query #{state['queries']}"
            cache.set(key, result, timeout)
        return {"result": result, "queries": state["queries"]}

    runner_calls = {
        "view": view,
        "let": lambda alias, name, item: state["variables"].__setitem__(name, item),
        "var_get": lambda alias, name: state["variables"][name],
        "var_append": lambda alias, name, item: state["variables"][name].append(item),
        "var_setitem": lambda alias, name, key, item: state["variables"][name].__setitem__(key, item),
    }
    outcomes = []
    for op in case["ops"]:
        time.time = lambda at=op.get("at", 0): float(CACHE_CLOCK_ORIGIN + at)
        alias = op.get("cache", "default")
        args, kwargs = value(op.get("args", [])), value(op.get("kwargs", {}))
        outcome = {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                if op["call"] in runner_calls:
                    answer = runner_calls[op["call"]](alias, *args, **kwargs)
                else:
                    answer = getattr(caches[alias], op["call"])(*args, **kwargs)
            except Exception as exc:
                outcome["error"] = {"type": type(exc).__name__, "message": str(exc)}
            else:
                outcome["result"] = [type(answer).__name__, repr(answer)]
                if op.get("as"):
                    state["variables"][op["as"]] = answer
        if caught:
            outcome["warnings"] = [{"category": w.category.__name__, "message": str(w.message)} for w in caught]
        outcomes.append(outcome)
    return outcomes
# ---- collectstatic: manage.py collectstatic ARGS ------------------------------------------------

#: Every file of a case gets this modification time before the command runs
#: (2024-01-01 00:00:00 UTC), so that what STATIC_ROOT holds already is as old as its sources.
FILES_MTIME = 1_704_067_200


def collectstatic_settings_source(settings):
    """mysite/settings.py for `settings`: one NAME = literal line per key; a 2-item list of
    strings inside STATICFILES_DIRS is written as a (prefix, folder) tuple."""
    lines = []
    for name, value in settings.items():
        if name == "STATICFILES_DIRS" and isinstance(value, list):
            value = [tuple(e) if isinstance(e, list) and len(e) == 2 and all(isinstance(p, str) for p in e) else e for e in value]
        lines.append(f"{name} = {value!r}")
    return "\n".join(lines) + "\n"


def run_collectstatic_case(case, case_dir):
    """execute_from_command_line(["manage.py", "collectstatic", *args]) in-process, as the
    collectstatic corpus's README describes; then what STATIC_ROOT holds."""
    import glob
    import io
    import re

    if case.get("settings") is not None:
        os.makedirs(os.path.join(case_dir, "mysite"), exist_ok=True)
        with open(os.path.join(case_dir, "mysite", "settings.py"), "w", encoding="utf-8") as out:
            out.write(collectstatic_settings_source(case["settings"]))
        init = os.path.join(case_dir, "mysite", "__init__.py")
        if not os.path.exists(init):
            open(init, "w").close()
    for folder, _dirs, names in os.walk(case_dir):
        for name in names:
            os.utime(os.path.join(folder, name), (FILES_MTIME, FILES_MTIME))
    os.environ["DJANGO_SETTINGS_MODULE"] = "mysite.settings"
    address = re.compile(r"\b0x[0-9a-fA-F]+\b")
    out, err = io.StringIO(), io.StringIO()
    streams = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), out, err
    error, exit_code = None, 0
    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["manage.py", "collectstatic", *case.get("args", [])])
    except SystemExit as exc:
        exit_code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        from django.core.management.base import CommandError

        if isinstance(exc.__context__, CommandError):  # printed by run_from_argv, then sys.exit()
            error = exc.__context__
    except BaseException as exc:
        error, exit_code = exc, 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
    described = None
    if error is not None:
        described = describe_error(error, case_dir)
        described["message"] = address.sub("0x<ADDR>", described["message"])
    root = None
    try:
        from django.conf import settings

        if settings.configured and settings.STATIC_ROOT:
            root = os.path.abspath(os.fspath(settings.STATIC_ROOT))
    except Exception:
        root = None
    copied = []
    if root and os.path.isdir(root):
        for folder, _dirs, names in os.walk(root):
            copied += [os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/") for name in names]
    copied.sort()
    manifest = None
    if "staticfiles.json" in copied:
        try:
            with open(os.path.join(root, "staticfiles.json"), encoding="utf-8") as f:
                manifest = json.load(f)
        except (OSError, ValueError):
            manifest = None
    result = {
        "error": described,
        "exit_code": exit_code,
        "output": [address.sub("0x<ADDR>", line) for line in out.getvalue().splitlines()],
        "stderr": [address.sub("0x<ADDR>", line) for line in err.getvalue().splitlines()],
        "manifest": manifest,
    }
    if case.get("elide"):
        result["copied_elided"] = {}
        for prefix in case["elide"]:
            matched = [path for path in copied if path.startswith(prefix)]
            result["copied_elided"][prefix] = {"count": len(matched), "sample": matched[:5]}
        copied = [path for path in copied if not any(path.startswith(prefix) for prefix in case["elide"])]
    result["copied"] = copied
    if case.get("inspect"):
        contents = {}
        if root and os.path.isdir(root):
            for pattern in case["inspect"]:
                for rel in sorted(glob.glob(pattern, root_dir=root)):
                    full = os.path.join(root, rel)
                    if os.path.isfile(full) and rel not in contents:
                        with open(full, "rb") as f:
                            contents[rel.replace(os.sep, "/")] = f.read().decode("utf-8", "replace")
        result["contents"] = contents
    return result


if __name__ == "__main__":
    main()
