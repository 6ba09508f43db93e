"""The technical pages' HTML and text, built in plain Python (no template engine: the pages must
work when the reader's templates do not). django.views.debug gathers the facts; this module
lays them out. The parts the course's corpus reads are fixed: the <title>, the
<pre class="exception_value">, the "Raised by" cell of the 404 and its <ol> of patterns tried;
the rest is our own layout, telling what Django's pages tell. The pages run no script (the
playground shows them in a sandboxed frame): sections fold with <details>."""

import re
from email.utils import format_datetime
from html import escape
from pprint import pformat

from django.conf import settings

# ---- small facts the reporter needs ----------------------------------------------------------


def claimed_host(request):
    """The host the request names, without checking ALLOWED_HOSTS."""
    meta = request.META
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in meta:
        return meta["HTTP_X_FORWARDED_HOST"]
    if "HTTP_HOST" in meta:
        return meta["HTTP_HOST"]
    name, port = meta["SERVER_NAME"], str(meta["SERVER_PORT"])
    return name if port == ("443" if request.is_secure() else "80") else f"{name}:{port}"


def _media_range(token):
    """(type, subtype, params without q, quality) of one Accept entry ("text/html;q=0.8")."""
    kind, *params = token.split(";")
    named = {}
    for param in params:
        name, _, value = param.partition("=")
        named[name.strip().lower()] = value.strip().strip('"')
    quality = named.pop("q", "1")
    try:
        quality = float(quality)
    except ValueError:
        quality = 1
    main, _, sub = kind.strip().lower().partition("/")
    return main, sub, named, round(quality, 3) if 0 <= quality <= 1 else 1


def _specificity(media):
    main, sub, params, _ = media
    return 0 if main == "*" else 1 if sub == "*" else 3 if params else 2


def _covers(accepted, offered):
    """Whether an accepted range takes an offered type: both named, equal or "*", and the
    same parameters (a range with parameters takes no type without them)."""
    (main, sub, params, _), (kind, subkind, wanted, _) = accepted, offered
    if not (main and sub and kind and subkind):
        return False
    if main not in ("*", kind) and kind != "*" or sub not in ("*", subkind) and subkind != "*":
        return False
    return params == wanted if bool(params) == bool(wanted) else bool(wanted)


def preferred_type(accept, offered):
    """Which of `offered` an Accept header prefers, or None (request.get_preferred_type())."""
    ranges = [media for media in map(_media_range, filter(str.strip, accept.split(","))) if media[3] != 0]
    ranges.sort(key=lambda media: (media[3], _specificity(media)), reverse=True)
    by_precedence = sorted(ranges, key=lambda media: (_specificity(media), media[3]), reverse=True)
    best = None
    for media in offered:
        wanted = _media_range(media)
        taken = next((index for index, found in enumerate(by_precedence) if _covers(found, wanted)), None)
        if taken is not None:
            rank = ranges.index(by_precedence[taken])
            if best is None or rank < best[0]:
                best = (rank, media)
    return best and best[1]


def _decoded(raw_lines):
    """Lines read as bytes, decoded by their PEP 263 declaration (ASCII without one)."""
    encoding = "ascii"
    for line in raw_lines[:2]:
        declared = re.search(rb"coding[:=]\s*([-\w.]+)", line)
        if declared:
            encoding = declared[1].decode("ascii")
            break
    return [line.decode(encoding, "replace") for line in raw_lines]


def _source_lines(filename, loader, module):
    if hasattr(loader, "get_source"):
        try:
            text = loader.get_source(module)
        except ImportError:
            text = None
        if text is not None:
            return text.splitlines()
    try:
        with open(filename, "rb") as source:
            return _decoded(source.read().splitlines())
    except OSError:
        return None


def source_around(filename, index, context, loader=None, module=None):
    """(first line's index, lines before, the line, lines after) around line `index` (0-based)
    of a frame's source; None when the source cannot be read."""
    lines = _source_lines(filename, loader, module)
    if not lines or index >= len(lines) or index < 0:
        return None
    first = max(0, index - context)
    return first, lines[first:index], lines[index], lines[index + 1 : index + context]


def tried_part(entry):
    """One step of a tried pattern: (its text, "name" or "namespace", the value or None)."""
    from django.urls import URLResolver

    key = "namespace" if isinstance(entry, URLResolver) else "name"
    return str(entry.pattern), key, getattr(entry, key, None)


# ---- HTML pieces -------------------------------------------------------------------------------

_STYLE = """
:root { color-scheme: light; --ink:#1d232a; --muted:#5b6470; --line:#d9dee4; --band:#fff8d6; --hot:#fbe3e4; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink); background:#f4f5f7; }
body > header, body > main > section, body > footer { padding: 14px 22px; border-bottom: 1px solid var(--line); }
body > header { background: var(--band); }
h1 { margin: 0 0 6px; font-weight: 500; font-size: 1.7em; } h1 small { color: var(--muted); font-size: .6em; }
h2 { margin: 0 0 8px; font-size: 1.15em; } h3 { margin: 14px 0 6px; font-size: 1em; color: var(--muted); }
pre { margin: 0; font: 12.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.exception_value { font: 1.35em/1.35 system-ui, sans-serif; color: #4a4f55; margin: 6px 0 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 3px 8px; }
table.meta th { width: 13em; color: var(--muted); font-weight: 500; text-align: right; }
table.data { background: #fff; border: 1px solid var(--line); }
table.data td:first-child { width: 16em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
table.data tr:nth-child(even) { background: #f8f9fa; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .95em; }
.frame { background: #fff; border: 1px solid var(--line); border-radius: 4px; margin: 0 0 10px; padding: 8px 10px; }
.frame.django { opacity: .8; } .frame .where { margin-bottom: 6px; }
.source td { padding: 0 8px; } .source td.n { width: 4em; color: var(--muted); text-align: right; user-select: none; }
.source tr.hit { background: var(--hot); }
.cause { margin: 14px 0 10px; font-weight: 600; }
details > summary { cursor: pointer; color: var(--muted); margin: 4px 0; }
#info ol { margin: 6px 0 6px 2.5em; padding: 0; } #info ol li { font-family: ui-monospace, Menlo, Consolas, monospace; }
footer { background: #eceef1; color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { flex: 1 1 14em; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; color: var(--ink); text-decoration: none; }
.card:hover, .card:focus { border-color: #0c4b33; }
.card strong { color: #0c4b33; }
"""


def _e(value):
    return escape(str(value))


def _page(title, body):
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="robots" content="NONE,NOARCHIVE">\n'
        f"<title>{_e(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _meta_rows(rows):
    """A <table class="meta"> of (label, html) rows, labels like "Request Method:"."""
    cells = "".join(f'<tr>\n<th scope="row">{label}</th>\n<td>{html}</td>\n</tr>\n' for label, html in rows)
    return f'<table class="meta">\n{cells}</table>'


def _data_table(items, empty):
    """(name, text) pairs as a two-column table, or the sentence for none."""
    items = list(items)
    if not items:
        return f"<p>{empty}</p>"
    rows = "".join(f"<tr><td>{_e(name)}</td><td><pre>{_e(text)}</pre></td></tr>" for name, text in items)
    return f'<table class="data"><thead><tr><th>Variable</th><th>Value</th></tr></thead><tbody>{rows}</tbody></table>'


_PLAIN = (bool, int, float, type(None))


def pretty(value):
    """pformat(value) (repr() for what it would not lay out: a scalar, a short string)."""
    kind = type(value)
    if kind in _PLAIN or kind is str and len(value) < 60:
        return repr(value)
    try:
        return pformat(value)
    except Exception as error:
        return f"Error in formatting: {type(error).__name__}: {error}"


def _footer(what):
    return (
        '<footer id="explanation">\n<p>You’re seeing this error because you have <code>DEBUG = True</code> in '
        "your Django settings file. Change that to <code>False</code>, and Django will display "
        f"{what}.</p>\n</footer>"
    )


# ---- the 500 page ------------------------------------------------------------------------------


def _headline(data):
    request = data.get("request")
    where = f" at {request.path_info}" if request is not None else ""
    return data.get("exception_type") or "Report", where


def _exception_text(data):
    value = data.get("exception_value")
    if not value:
        return "No exception message supplied"
    return str(value) + data.get("exception_notes", "")


def _summary_rows(data):
    request, rows = data.get("request"), []
    if request is not None:
        rows += [("Request Method:", _e(request.META.get("REQUEST_METHOD", ""))),
                 ("Request URL:", _e(data["request_insecure_uri"]))]
    rows.append(("Django Version:", _e(data["django_version_info"])))
    if data.get("exception_type"):
        rows.append(("Exception Type:", _e(data["exception_type"])))
        if data.get("exception_value"):
            rows.append(("Exception Value:", f"<pre>{_e(data['exception_value'])}</pre>"))
    last = data.get("lastframe")
    if last:
        rows.append(("Exception Location:", f"<code>{_e(last.get('filename', ''))}</code>, line {last.get('lineno', '')}, in {_e(last.get('function', ''))}"))
    if data.get("raising_view_name"):
        rows.append(("Raised during:", _e(data["raising_view_name"])))
    rows += [("Python Executable:", _e(data["sys_executable"])), ("Python Version:", _e(data["sys_version_info"])),
             ("Python Path:", f"<pre>{_e(pretty(data['sys_path']))}</pre>"),
             ("Server time:", _e(format_datetime(data["server_time"])))]
    return _meta_rows(rows)


def _cause_sentence(frame):
    cause = frame["exc_cause"]
    if frame["exc_cause_explicit"]:
        return f"The above exception ({cause}) was the direct cause of the following exception:"
    return f"During handling of the above exception ({cause}), another exception occurred:"


def _source_table(frame):
    first = frame["pre_context_lineno"]
    rows = [(first + i, line, "") for i, line in enumerate(frame["pre_context"])]
    rows.append((frame["lineno"], frame["context_line"] + frame["colno"], ' class="hit"'))
    rows += [(frame["lineno"] + 1 + i, line, "") for i, line in enumerate(frame["post_context"])]
    body = "".join(f'<tr{hit}><td class="n">{n}</td><td><pre>{_e(line)}</pre></td></tr>' for n, line, hit in rows)
    return f'<table class="source">{body}</table>'


def _frame_html(frame, first, last=False):
    if not frame["tb"]:
        return f'<div class="frame user">{"None" if first else "Traceback: None"}</div>'
    where = f'<div class="where"><code>{_e(frame["filename"])}</code>, line {frame["lineno"]}, in <code>{_e(frame["function"])}</code></div>'
    variables = sorted(frame.get("vars") or (), key=lambda item: str(item[0]))
    opened = " open" if last else ""  # where it was raised: its variables are what a stranger reads first
    shown = f"<details{opened}><summary>Local vars</summary>{_data_table(variables, '')}</details>" if variables else ""
    source = _source_table(frame)
    if frame["type"] == "django":  # Django's own frames fold: the reader's code is what matters
        source = f"<details><summary>Source</summary>{source}</details>"
    return f'<div class="frame {frame["type"]}">{where}{source}{shown}</div>'


def _traceback_html(frames):
    if not frames:
        return ""
    parts, previous = [], object()
    for number, frame in enumerate(frames):
        cause = frame["exc_cause"]
        if cause is not previous and cause is not None:
            parts.append(f'<p class="cause">{_e(_cause_sentence(frame))}</p>')
        previous = cause
        parts.append(_frame_html(frame, number == 0, number == len(frames) - 1))
    return f'<section id="traceback">\n<h2>Traceback <small>(most recent call last)</small></h2>\n{"".join(parts)}\n</section>'


def _template_html(data):
    parts = []
    if data.get("unicode_hint"):
        parts.append(f'<section id="unicode-hint"><h2>Unicode error hint</h2><p>The string that could not be '
                     f'encoded/decoded was: <strong>{_e(data["unicode_hint"])}</strong></p></section>')
    if data.get("template_does_not_exist"):
        parts.append(f'<section id="template-not-exist"><h2>Template-loader postmortem</h2>{_postmortem_html(data.get("postmortem"))}</section>')
    info = data.get("template_info")
    if info:
        rows = []
        for number, text in info.get("source_lines", ()):
            if number == info.get("line"):
                text_html = f'{_e(info.get("before", ""))}<strong>{_e(info.get("during", ""))}</strong>{_e(info.get("after", ""))}'
                rows.append(f'<tr class="hit"><td class="n">{number}</td><td><pre>{text_html}</pre></td></tr>')
            else:
                rows.append(f'<tr><td class="n">{number}</td><td><pre>{_e(text)}</pre></td></tr>')
        parts.append(f'<section id="template"><h2>Error during template rendering</h2><p>In template <code>{_e(info.get("name"))}</code>, '
                     f'error at line <strong>{_e(info.get("line"))}</strong></p><h3>{_e(info.get("message"))}</h3>'
                     f'<table class="source">{"".join(rows)}</table></section>')
    return "\n".join(parts)


def _postmortem_html(postmortem):
    if not postmortem:
        return "<p>No templates were found because your 'TEMPLATES' setting is not configured.</p>"
    parts = ["<p>Django tried loading these templates, in this order:</p>"]
    for entry in postmortem:
        backend = getattr(getattr(entry, "backend", None), "name", "")
        tried = getattr(entry, "tried", None) or []
        items = "".join(f"<li><code>{_e(getattr(origin, 'loader_name', ''))}</code>: {_e(getattr(origin, 'name', ''))} ({_e(status)})</li>"
                        for origin, status in tried) or "<li>This engine did not provide a list of tried templates.</li>"
        parts.append(f"<p>Using engine <code>{_e(backend)}</code>:</p><ul>{items}</ul>")
    return "".join(parts)


def _request_html(data):
    request = data.get("request")
    if request is None:
        return "<p>Request data not supplied</p>"
    parts = []
    if data.get("user_str"):
        parts.append(f'<h3 id="user-info">USER</h3><p>{_e(data["user_str"])}</p>')
    sections = [("get-info", "GET", data["request_GET_items"], "No GET data"),
                ("post-info", "POST", data["filtered_POST_items"], "No POST data"),
                ("files-info", "FILES", data["request_FILES_items"], "No FILES data"),
                ("cookie-info", "COOKIES", data["request_COOKIES_items"], "No cookie data"),
                ("meta-info", "META", sorted(data["request_meta"].items()), "")]
    for anchor, label, items, empty in sections:
        shown = [(name, pretty(value)) for name, value in items]
        parts.append(f'<h3 id="{anchor}">{label}</h3>{_data_table(shown, empty)}')
    return "".join(parts)


def _settings_html(safe):
    module = safe.get("SETTINGS_MODULE", "")
    shown = [(name, pretty(value)) for name, value in sorted(safe.items())]
    return f'<h3 id="settings-info">Settings</h3><p>Using settings module <code>{_e(module)}</code></p>{_data_table(shown, "")}'


def server_error_html(data):
    kind, where = _headline(data)
    header = (f'<header id="summary">\n<h1>{_e(kind)}<small>{_e(where)}</small></h1>\n'
              f'<pre class="exception_value">{_e(_exception_text(data))}</pre>\n{_summary_rows(data)}\n</header>')
    information = (f'<section id="requestinfo">\n<h2>Request information</h2>\n{_request_html(data)}\n'
                   f'{_settings_html(data["settings"])}\n</section>')
    main = f'<main id="info">\n{_template_html(data)}\n{_traceback_html(data["frames"])}\n{information}\n</main>'
    footer = "" if data.get("is_email") else _footer("a standard page generated by the handler for this status code")
    return _page(kind + where, f"{header}\n{main}\n{footer}")


# ---- the text report ---------------------------------------------------------------------------


def _r(value):
    """A value as the text report writes it (Django's stringformat:"r": a tuple as its str)."""
    return repr(str(value) if isinstance(value, tuple) else value)


def _text_frames(frames):
    text, previous = "", object()
    for number, frame in enumerate(frames):
        cause = frame["exc_cause"]
        if cause is not previous and cause is not None:
            text += f"\n{_cause_sentence(frame)}\n"
        previous = cause
        if frame["tb"]:
            at = f", line {frame['lineno']}" if frame["context_line"] else ""
            text += f'  File "{frame["filename"]}"{at}, in {frame["function"]}\n'
            if frame["context_line"]:
                text += "    " + frame["context_line"].strip() + frame["tb_area_colno"]
        else:
            text += "  None" if number == 0 else "  Traceback: None"
        text += "\n"
    return text


def _text_items(items, empty):
    return "".join(f"\n{name} = {_r(value)}" for name, value in items) or f" {empty}"


def _text_request(data):
    if data.get("request") is None:
        return "Request data not supplied\n"
    sections = [("GET", data["request_GET_items"], "No GET data"), ("POST", data["filtered_POST_items"], "No POST data"),
                ("FILES", data["request_FILES_items"], "No FILES data"), ("COOKIES", data["request_COOKIES_items"], "No cookie data")]
    text = "Request information:\n" + (f"USER: {data['user_str']}" if data.get("user_str") else "") + "\n"
    text += "".join(f"\n{label}:{_text_items(items, empty)}\n" for label, items, empty in sections)
    return text + "\nMETA:" + "".join(f"\n{name} = {_r(value)}" for name, value in sorted(data["request_meta"].items())) + "\n"


def _text_templates(data):
    text = ""
    if data.get("template_does_not_exist"):
        text += "Template loader postmortem\n"
        postmortem = data.get("postmortem")
        if postmortem:
            text += "Django tried loading these templates, in this order:\n"
            for entry in postmortem:
                text += f"\nUsing engine {getattr(getattr(entry, 'backend', None), 'name', '')}:\n"
                tried = getattr(entry, "tried", None) or []
                text += "".join(f"    * {getattr(origin, 'loader_name', '')}: {getattr(origin, 'name', '')} ({status})\n" for origin, status in tried) \
                    or "    This engine did not provide a list of tried templates.\n"
            text += "\n"
        else:
            text += "No templates were found because your 'TEMPLATES' setting is not configured.\n"
        text += "\n"
    info = data.get("template_info")
    if info:
        text += f"\nTemplate error:\nIn template {info.get('name')}, error at line {info.get('line')}\n   {info.get('message')}\n"
        for number, line in info.get("source_lines", ()):
            shown = f"{info.get('before')} {info.get('during')} {info.get('after')}" if number == info.get("line") else line
            text += f"   {number} : {shown}"
    return text


def server_error_text(data):
    """The report as plain text, laid out line for line as Django's."""
    kind, where = _headline(data)
    safe, request = data["settings"], data.get("request")
    value = data.get("exception_value")
    text = f"{kind}{where}\n{value if value else 'No exception message supplied'}\n"
    if request is not None:
        text += f"\nRequest Method: {request.META.get('REQUEST_METHOD', '')}\nRequest URL: {data['request_insecure_uri']}"
    text += (f"\nDjango Version: {data['django_version_info']}\nPython Executable: {data['sys_executable']}\n"
             f"Python Version: {data['sys_version_info']}\nPython Path: {data['sys_path']}\n"
             f"Server time: {format_datetime(data['server_time'])}\nInstalled Applications:\n{pretty(safe.get('INSTALLED_APPS'))}\n"
             f"Installed Middleware:\n{pretty(safe.get('MIDDLEWARE'))}\n") + _text_templates(data)
    if data["frames"]:
        text += "\n\nTraceback (most recent call last):\n" + _text_frames(data["frames"]) + "\n"
        if data.get("exception_type"):
            text += f"Exception Type: {kind}{where}\n"
            text += f"Exception Value: {data['exception_value']}" if data.get("exception_value") else ""
            text += data.get("exception_notes", "")
    text += "\n" + (f"Raised during: {data['raising_view_name']}" if data.get("raising_view_name") else "") + "\n"
    text += _text_request(data)
    text += f"\nSettings:\nUsing settings module {safe.get('SETTINGS_MODULE', '')}"
    text += "".join(f"\n{name} = {_r(value)}" for name, value in sorted(safe.items())) + "\n\n"
    if not data.get("is_email"):
        text += ("\nYou’re seeing this error because you have DEBUG = True in your\nDjango settings file. Change that to False, "
                 "and Django will\ndisplay a standard page generated by the handler for this status code.\n")
    return text + "\n"


# ---- the 404 page and the welcome page ---------------------------------------------------------


def _tried_html(page):
    entries = []
    for attempt in page["tried"]:
        codes = [f"<code>{_e(text)}</code>" for text, _, _ in attempt]
        text, key, value = attempt[-1] if attempt else ("", "", None)
        if value:
            codes[-1] = f"<code>{_e(text)} [{key}='{_e(value)}']</code>"
        entries.append(f"<li>{' '.join(codes)}</li>")
    path = page["request_path"]
    current = f"The current path, <code>{_e(path)}</code>," if path else "The empty path"
    verdict = "matched the last one." if page["resolved"] else "didn’t match any of these."
    return (f"<p>Using the URLconf defined in <code>{_e(page['urlconf'])}</code>, Django tried these URL patterns, in this order:</p>\n"
            f'<ol>\n' + "\n".join(entries) + f"\n</ol>\n<p>{current} {verdict}</p>")


def not_found_html(page):
    request = page["request"]
    rows = [("Request Method:", _e(request.META.get("REQUEST_METHOD", ""))), ("Request URL:", _e(request.build_absolute_uri()))]
    if page["raising_view_name"]:
        rows.append(("Raised by:", _e(page["raising_view_name"])))
    reason = page["reason"]
    value = f'<pre class="exception_value">{_e(reason)}</pre>\n' if reason and page["resolved"] else ""
    header = f'<header id="summary">\n<h1>Page not found <small>(404)</small></h1>\n{value}{_meta_rows(rows)}\n</header>'
    tried = f"<section>\n{_tried_html(page)}\n</section>" if page["tried"] else ""
    body = f'{header}\n<main id="info">\n{tried}\n</main>\n{_footer("a standard 404 page")}'
    return _page(f"Page not found at {request.path_info}", body)


def welcome_html(docs_version):
    docs = f"https://docs.djangoproject.com/en/{docs_version}/"
    links = [(f"{docs}", "Django Documentation", "Topics, references, &amp; how-to’s"),
             (f"{docs}intro/tutorial01/", "Tutorial: A Polling App", "Get started with Django"),
             ("https://www.djangoproject.com/community/", "Django Community", "Connect, get help, or contribute")]
    cards = "".join(f'<a class="card" href="{href}" target="_blank" rel="noopener"><strong>{title}</strong><br>{text}</a>'
                    for href, title, text in links)
    body = (
        '<header id="summary">\n<h1>The install worked successfully! Congratulations!</h1>\n'
        f'<p>View <a href="{docs}releases/" target="_blank" rel="noopener">release notes</a> for Django {_e(docs_version)}</p>\n'
        f'<p>You are seeing this page because <a href="{docs}ref/settings/#debug" target="_blank" rel="noopener">DEBUG=True</a> '
        "is in your settings file and you have not configured any URLs.</p>\n</header>\n"
        f'<main id="info"><section><div class="cards">{cards}</div></section></main>'
    )
    return _page("The install worked successfully! Congratulations!", body)
