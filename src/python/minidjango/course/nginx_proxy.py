"""Across nginx.conf and the settings: what nginx must send, and serve, for the settings to work.

They run when the check reads the project's nginx configuration too (a request's `nginx`, see
nginx_beside.py) and that configuration passes `nginx -t`: they read the model the checker
built as it read the file, and mark the place in nginx.conf where the fix goes.

What nginx does here was watched on real nginx 1.22 in front of a server that echoes the
request's headers: without `proxy_set_header Host ...` it sends `Host: <the upstream's name>`;
without `proxy_set_header X-Forwarded-Proto ...` it passes on the visitor's own header, if any;
a level that sets any proxy_set_header inherits none from the level around it; `root` serves
root + URI, `alias` serves alias + the URI after the location's name, joined as they are written.
"""

import posixpath

from minidjango.course.registry import absolute, course_check, course_warning
from minidjango.fixes import fix
from minidjango.nginx.checker import place
from minidjango.source_text import lines_of, utf16_len

HOST_NOT_PASSED = course_warning(
    "course.W009",
    "nginx proxies to Django without passing the Host header, and ALLOWED_HOSTS expects the site's public name.",
    hint="Add proxy_set_header Host $host; beside proxy_pass (a location that sets any proxy_set_header "
    "of its own inherits none from its server).",
    why="Without it nginx sends the upstream's name as the host (Host: django_backend), not the name the "
    "visitor typed: Django refuses every request with 400 Bad Request, and the links it builds point nowhere.",
    chapter="load-balancing-with-nginx",
)

PROTO_NOT_SET = course_warning(
    "course.W010",
    "SECURE_PROXY_SSL_HEADER is set, but nginx does not set the header it names.",
    hint="Add proxy_set_header X-Forwarded-Proto $scheme; beside proxy_pass (a location that sets any "
    "proxy_set_header of its own inherits none from its server).",
    why="Unless nginx sets the header itself, it passes on whatever the visitor sent. Browsers send none, so "
    "Django takes every request for plain HTTP (with SECURE_SSL_REDIRECT: a redirect loop), and anyone can "
    "send X-Forwarded-Proto: https to make a plain HTTP request look secure.",
    chapter="load-balancing-with-nginx",
)

STATIC_NOT_STATIC_ROOT = course_warning(
    "course.W011",
    "nginx serves the static files' URL from a folder that is not STATIC_ROOT.",
    hint="Point the location at STATIC_ROOT as it is on the server, ending in a slash as the location does.",
    why="collectstatic copies every static file into STATIC_ROOT, and only there. nginx looks for them in its "
    "own folder, finds nothing, and every page loses its stylesheets, scripts and images (404 Not Found).",
    chapter="load-balancing-with-nginx",
)

#: A file under STATIC_URL that the comparison follows through nginx's root or alias.
SAMPLE_FILE = "css/site.css"


def _at(message, statement, **changes):
    """The message, placed on a statement of the reader's nginx.conf (None when it is in an
    included system file); `changes`: more attributes (hint=, and what its quick fix writes)."""
    where = statement.where()
    return message.replace(location=place(where) if where.source.key is not None else None, **changes)


@fix("course.W009", "course.W010")
def _add_header_line(message, source):
    """The header's line (the message's header_line), added below proxy_pass with its indentation."""
    location, line = message.location, getattr(message, "header_line", None)
    if location is None or line is None:
        return []
    text = lines_of(source.project.source(location["file"]))[location["endLine"] - 1]
    indent = text[: len(text) - len(text.lstrip())]
    end = {"file": location["file"], "line": location["endLine"], "col": utf16_len(text) + 1}
    edit = {**end, "endLine": end["line"], "endCol": end["col"], "text": f"\n{indent}{line}"}
    return [{"title": f"Add {line}", "edits": [edit]}]


@fix("course.W011")
def _static_alias(message, source):
    """The alias (or root) replaced by the alias of STATIC_ROOT."""
    location, alias = message.location, getattr(message, "alias", None)
    if location is None or alias is None:
        return []
    return [{"title": f"Write {alias};", "edits": [{**location, "text": alias}]}]


def _proxying_locations(http):
    """(server, location) for every location that has proxy_pass, nested ones included."""

    def walk(server, locations):
        for location in locations:
            if "proxy_pass" in location.values:
                yield server, location
            yield from walk(server, location.children)

    for server in http.servers:
        yield from walk(server, server.locations)


def _headers_sent(http, server, location):
    """The proxy_set_header statements that apply in a location: those of the nearest level
    (location, enclosing locations, server, http) that sets any."""
    level = location
    while level is not None:
        if level.proxy_headers:
            return level.proxy_headers
        level = level.parent
    return server.proxy_headers or http.proxy_headers


def _sets(headers, name):
    """Whether these statements send header `name` (an empty value sends nothing)."""
    return any(st.args[0].lower() == name.lower() and st.args[1] != "" for st in headers)


def _public_names(server, allowed_hosts):
    """The names visitors use for this server: its server_name entries, or else the domain
    names ALLOWED_HOSTS lists."""
    names = []
    for name, _where in server.names:
        name = name.lower()
        if not name or name == "_" or name.startswith("~") or "*" in name:
            continue
        names.append(name.lstrip("."))
    if names:
        return names
    return [h for h in allowed_hosts if isinstance(h, str) and _is_domain(h.lstrip("."))]


def _is_domain(host):
    return bool(host) and host != "*" and host != "localhost" and not host.replace(".", "").isdigit() and ":" not in host


@course_check
def check_host_passed(ctx):
    http = ctx.nginx.http if ctx.nginx is not None else None
    allowed = ctx.value("ALLOWED_HOSTS", [])
    if http is None or not isinstance(allowed, (list, tuple)) or not allowed:
        return []
    from django.http.request import validate_host

    for server, location in _proxying_locations(http):
        if _sets(_headers_sent(http, server, location), "Host"):
            continue
        if any(validate_host(name, allowed) for name in _public_names(server, allowed)):
            return [_at(HOST_NOT_PASSED, location.values["proxy_pass"], header_line="proxy_set_header Host $host;")]
    return []


@course_check
def check_proxy_ssl_header_sent(ctx):
    http = ctx.nginx.http if ctx.nginx is not None else None
    header = ctx.value("SECURE_PROXY_SSL_HEADER")
    if http is None or not isinstance(header, (list, tuple)) or len(header) != 2 or not isinstance(header[0], str):
        return []
    meta_name = header[0].upper()
    if not meta_name.startswith("HTTP_"):
        return []  # not a request header: Django's own check speaks of it
    name = meta_name[len("HTTP_"):].replace("_", "-")
    for server, location in _proxying_locations(http):
        if not _sets(_headers_sent(http, server, location), name):
            # Only X-Forwarded-Proto has an obvious value; another header's is the reader's to choose.
            line = "proxy_set_header X-Forwarded-Proto $scheme;" if name.lower() == "x-forwarded-proto" else None
            return [_at(PROTO_NOT_SET, location.values["proxy_pass"], header_line=line)]
    return []


@course_check
def check_static_location(ctx):
    http = ctx.nginx.http if ctx.nginx is not None else None
    static_root, static_url = ctx.value("STATIC_ROOT"), ctx.value("STATIC_URL")
    if http is None or not static_root or not isinstance(static_url, str):
        return []
    url_path = _url_path(static_url)
    if url_path is None:
        return []
    expected = _on_server(absolute(static_root), ctx.nginx.project_dir)
    uri = url_path + SAMPLE_FILE
    for server in http.servers:
        for location, statement, served in _static_sources(http, server, url_path, uri):
            if posixpath.normpath(served) != posixpath.join(expected, SAMPLE_FILE):
                slash = "/" if location.name.endswith("/") else ""
                hint = (f"STATIC_ROOT is {expected} on the server (the project is in {ctx.nginx.project_dir}): "
                        f"location {location.name} {{ alias {expected}{slash}; }}")
                return [_at(STATIC_NOT_STATIC_ROOT, statement, hint=hint, alias=f"alias {expected}{slash}")]
    return []


def _url_path(static_url):
    """STATIC_URL's path ("static/" and "/static/" alike), None for a URL on another host."""
    if "://" in static_url or static_url.startswith("//"):
        return None
    path = "/" + static_url.lstrip("/")
    return path if path.endswith("/") else path + "/"


def _on_server(path, project_dir):
    """A path of the project as it is on the server (the engine keeps the project elsewhere)."""
    from minidjango.project import PROJECT_DIR

    if path == PROJECT_DIR or path.startswith(PROJECT_DIR + "/"):
        return project_dir.rstrip("/") + path[len(PROJECT_DIR):]
    return path


def _static_sources(http, server, url_path, uri):
    """For each prefix location of STATIC_URL (`location /static/` or `/static`) that serves files
    from an absolute folder: (location, its alias or root statement, the file nginx opens for uri)."""

    def walk(locations):
        for location in locations:
            if location.modifier not in ("", "^~") or location.name not in (url_path, url_path.rstrip("/")):
                yield from walk(location.children)
                continue
            if "proxy_pass" in location.values:
                continue  # Django (WhiteNoise) serves them
            alias = location.values.get("alias")
            if alias is not None:
                if alias.args[0].startswith("/") and "$" not in alias.args[0]:
                    yield location, alias, alias.args[0] + uri[len(location.name):]
                continue
            root = _root_of(http, server, location)
            if root is not None and root.args[0].startswith("/") and "$" not in root.args[0]:
                yield location, root, root.args[0] + uri

    yield from walk(server.locations)


def _root_of(http, server, location):
    """The `root` statement that applies in a location (its own, or the nearest level's)."""
    level = location
    while level is not None:
        if "root" in level.values:
            return level.values["root"]
        level = level.parent
    return server.values.get("root") or http.values.get("root")
