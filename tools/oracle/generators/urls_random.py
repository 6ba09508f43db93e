"""Random URLconfs, paths and reverse() calls: differential cases for the URL engine.

    python3 tools/oracle/generators/urls_random.py [--count N] [--seed S]

writes tools/oracle/inputs/urls/urls-random-NNN.json (inputs only; record.py adds what real
Django answers). Each case is a small project whose root URLconf mixes, at random:

- path() routes with the built-in converters (int, str, slug, uuid, path), a parameter without
  a converter, and custom converters (to_url raising ValueError, returning a non-str, a regex
  that to_url's output may not match, to_python refusing values);
- re_path() regexes with named groups, unnamed groups, optional groups, no '$', '\\d', '\\w';
- include() of a module (with or without app_name), of a list, of a (list, app_name) tuple,
  with namespace=, nested up to three levels, with captured prefixes and extra kwargs;
- names used twice, extra kwargs that overlap captured ones, routes the URL checks warn about.

Then paths built from the patterns (matching ones, and mutations of them: no trailing slash,
doubled slashes, '%', ';', '?', spaces, unicode, a trailing newline) and reverse() calls with
args or kwargs (right, wrong, missing, mixed), namespaces, current_app, query and fragment.
The same seed gives the same files.
"""

import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "urls")

VIEWS = '''from functools import partial

from django.http import HttpResponse
from django.views import View


def home(request, *args, **kwargs):
    return HttpResponse("home")


def detail(request, *args, **kwargs):
    return HttpResponse("detail")


def archive(request, *args, **kwargs):
    return HttpResponse("archive")


def listing(request, *args, **kwargs):
    return HttpResponse("listing")


class PostView(View):
    def get(self, request, *args, **kwargs):
        return HttpResponse("post")


class Endpoint:
    def __call__(self, request, *args, **kwargs):
        return HttpResponse("endpoint")


endpoint = Endpoint()
partial_view = partial(detail, flavour="partial")
'''

CONVERTERS = '''class FourDigitYear:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return "%04d" % value


class Hex:
    """to_url refuses what is not an int (ValueError: reverse() tries the next candidate)."""

    regex = "[0-9a-f]+"

    def to_python(self, value):
        return int(value, 16)

    def to_url(self, value):
        if not isinstance(value, int):
            raise ValueError("not an int")
        return format(value, "x")


class Upper:
    """to_url does not upper-case: its output must still match the regex."""

    regex = "[A-Z]+"

    def to_python(self, value):
        return value.lower()

    def to_url(self, value):
        return value


class Doubled:
    """to_url returns an int, not a str."""

    regex = "[0-9]+"

    def to_python(self, value):
        return int(value) // 2

    def to_url(self, value):
        return int(value) * 2


class Even:
    regex = "[0-9]+"

    def to_python(self, value):
        if int(value) % 2:
            raise ValueError("odd")
        return int(value)

    def to_url(self, value):
        if int(value) % 2:
            raise ValueError("odd")
        return str(value)


class Strict:
    """to_url raises TypeError (not ValueError) for what is not a str: reverse() stops."""

    regex = "[a-z]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value + ""
'''

REGISTER = (
    "from django.urls import register_converter\n\nfrom mysite import converters\n\n"
    + "".join(
        f'register_converter(converters.{cls}, "{name}")\n'
        for name, cls in [("yyyy", "FourDigitYear"), ("hex", "Hex"), ("upper", "Upper"), ("dbl", "Doubled"), ("even", "Even"), ("strict", "Strict")]
    )
)

# converter -> (sample path texts, sample reverse() values)
CONVERTER_SAMPLES = {
    "int": (["0", "7", "2024", "007", "12345678901234567890"], [0, 7, 2024, "42", "x", -1, True]),
    "str": (["hello", "a-b", "café", "x.y", "with space", "semi;colon", "100%", "a+b"], ["hello", "café", "a b", "x/y", 5, "", "é/è", "?#"]),
    "slug": (["my-post", "a_b", "Z9", "é"], ["my-post", "a b", "x_y", 3, "naïve"]),
    "path": (["a/b/c", "x", "deep/er/", "a//b"], ["a/b/c", "x", "//lead", "a b/c", ""]),
    "uuid": (["39da9369-838e-4750-91a5-f7805cd82839", "39DA9369-838E-4750-91A5-F7805CD82839"], ["39da9369-838e-4750-91a5-f7805cd82839", "nope"]),
    "yyyy": (["2024", "0999", "24"], [2024, 999, "2024", 12345]),
    "hex": (["ff", "1a", "FF"], [255, 26, "ff"]),
    "upper": (["ABC", "abc"], ["ABC", "abc", 7]),
    "dbl": (["10", "7"], [5, "5", 0]),
    "even": (["4", "3"], [4, 3, "8"]),
    "strict": (["abc"], ["abc", 5]),
    None: (["plain", "x y"], ["plain", 3]),
}

WORDS = ["blog", "posts", "a-b", "café", "über", "x.y", "shop", "v1", "docs", "100%", "semi;colon", "~tilde", "plus+", "with space", "Ünïcode", "api"]
REGEX_PIECES = [
    ("(?P<{n}>[0-9]{{4}})", ["2024", "0001"], [2024, "1999", 12]),
    ("(?P<{n}>[0-9]+)", ["5", "123"], [5, "5", "x"]),
    ("(?P<{n}>\\d+)", ["42", "٣"], [42, "٣"]),
    ("(?P<{n}>[a-z-]+)", ["hello-world", "Hi"], ["hello-world", "Hi"]),
    ("(?P<{n}>\\w+)", ["naïve", "a_1"], ["naïve", "a b"]),
    ("(?P<{n}>[^/]+)", ["any thing", "x%y"], ["any thing", "x/y"]),
    ("(?P<{n}>.+)", ["a/b", "é"], ["a/b", "é"]),
]
UNNAMED_PIECES = [("([0-9]+)", ["5", "77"], [5, "77"]), ("([a-z]+)", ["abc"], ["abc", 1]), ("(\\d{2})", ["12"], [12, "123"])]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.names = []
        self.param_names = iter("p%d" % i for i in range(1000))
        self.modules = {}
        self.namespaces = []
        self.uses_custom = False

    def name(self):
        if self.names and self.rng.random() < 0.15:
            return self.rng.choice(self.names)  # a name used twice
        if self.rng.random() < 0.2:
            return None
        name = self.rng.choice(["home", "detail", "archive", "list", "item", "page", "edit", "post", "feed"]) + "-%d" % len(self.names)
        if self.rng.random() < 0.03:
            name = "bad:" + name  # urls.W003
        self.names.append(name)
        return name


def route_tokens(ctx, endpoint):
    """A path() route as tokens: ('lit', text) and ('param', converter, name)."""
    rng = ctx.rng
    tokens = []
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        if rng.random() < 0.5:
            tokens.append(("lit", rng.choice(WORDS) + "/"))
        else:
            converter = rng.choice(["int", "str", "slug", "path", "uuid", "int", "str", None, "yyyy", "hex", "upper", "dbl", "even", "strict"])
            if converter in ("yyyy", "hex", "upper", "dbl", "even", "strict"):
                ctx.uses_custom = True
            tokens.append(("param", converter, next(ctx.param_names)))
            tokens.append(("lit", rng.choice(["/", "/", "/", "-", ".html", "/x/"])))
    if tokens and rng.random() < 0.2 and tokens[-1][0] == "lit" and tokens[-1][1].endswith("/"):
        tokens[-1] = ("lit", tokens[-1][1][:-1])  # no trailing slash
    if rng.random() < 0.03:
        tokens.insert(0, ("lit", "/"))  # urls.W002
    if rng.random() < 0.02:
        tokens.append(("lit", "<oops/"))  # urls.W010
    return tokens


def route_text(tokens):
    out = []
    for token in tokens:
        if token[0] == "lit":
            out.append(token[1])
        elif token[1] is None:
            out.append("<%s>" % token[2])
        else:
            out.append("<%s:%s>" % (token[1], token[2]))
    return "".join(out)


def regex_tokens(ctx, endpoint):
    """A re_path() regex as tokens: ('lit', text), ('named', piece, name), ('unnamed', piece),
    ('opt', [tokens]), ('end', '$' or '')."""
    rng = ctx.rng
    tokens = [("start", "^" if rng.random() < 0.9 else "")]
    unnamed = rng.random() < 0.3
    for _ in range(rng.choice([1, 1, 2, 3])):
        roll = rng.random()
        if roll < 0.35:
            tokens.append(("lit", rng.choice(["archive/", "n/", "legacy/", "x\\.php/", "caf\u00e9/", "a-b/", "tag/"])))
        elif roll < 0.8:
            if unnamed:
                tokens.append(("unnamed", rng.choice(UNNAMED_PIECES)))
            else:
                tokens.append(("named", rng.choice(REGEX_PIECES), next(ctx.param_names)))
            tokens.append(("lit", "/"))
        else:
            inner = [("lit", "page-"), ("named", REGEX_PIECES[1], next(ctx.param_names)) if not unnamed else ("unnamed", UNNAMED_PIECES[0]), ("lit", "/")]
            tokens.append(("opt", inner))
    if rng.random() < 0.05 and not unnamed:
        tokens.append(("unnamed", UNNAMED_PIECES[1]))  # named and unnamed together: args dropped
    if endpoint:
        tokens.append(("end", "$" if rng.random() < 0.85 else ""))
    elif rng.random() < 0.05:
        tokens.append(("end", "$"))  # urls.W001
    return tokens


def regex_text(tokens):
    out = []
    for token in tokens:
        kind = token[0]
        if kind in ("start", "lit", "end"):
            out.append(token[1])
        elif kind == "named":
            out.append(token[1][0].format(n=token[2]))
        elif kind == "unnamed":
            out.append(token[1][0])
        elif kind == "opt":
            out.append("(?:%s)?" % regex_text(token[1]))
    return "".join(out)


class Endpoint:
    def __init__(self, ctx, kind):
        rng = ctx.rng
        self.kind = kind
        self.tokens = route_tokens(ctx, True) if kind == "path" else regex_tokens(ctx, True)
        self.view = rng.choice(["views.home", "views.detail", "views.archive", "views.listing", "views.PostView.as_view()", "views.endpoint", "views.partial_view", "views.home"])
        self.name = ctx.name()
        self.kwargs = rng.choice([None] * 6 + [{"flag": True}, {"page": 1}, {"p0": "extra"}, {"p1": 9}, {"lang": "fr"}])

    def code(self, indent):
        route = route_text(self.tokens) if self.kind == "path" else regex_text(self.tokens)
        args = [("r" if self.kind == "re_path" else "") + json.dumps(route, ensure_ascii=False), self.view]
        if self.kwargs is not None:
            args.append(repr(self.kwargs))
        if self.name is not None:
            args.append("name=%s" % json.dumps(self.name))
        return " " * indent + "%s(%s)," % (self.kind, ", ".join(args))


class Include:
    def __init__(self, ctx, kind, depth):
        rng = ctx.rng
        self.kind = kind
        self.tokens = route_tokens(ctx, False) if kind == "path" else regex_tokens(ctx, False)
        self.entries = make_entries(ctx, depth + 1)
        self.form = rng.choice(["module", "module", "list", "tuple"])
        self.app_name = rng.choice([None, None, "blog", "shop", "docs", "blog"]) if self.form != "list" else None
        if self.form == "tuple" and self.app_name is None:
            self.app_name = "app%d" % depth
        self.namespace = None
        if self.app_name and rng.random() < 0.5:
            self.namespace = rng.choice(["ns1", "ns2", self.app_name, "ns1"])
        elif self.form == "list" and rng.random() < 0.05:
            self.namespace = "lonely"  # namespace without app_name: ImproperlyConfigured
        self.kwargs = rng.choice([None] * 5 + [{"section": "inc"}, {"p0": "inc"}, {"flag": False}])
        if self.form == "module":
            self.module = "app%d" % len(ctx.modules)
            ctx.modules[self.module] = self

    def target(self, indent):
        if self.form == "module":
            return json.dumps(self.module + ".urls")
        body = "[\n" + "\n".join(e.code(indent + 4) for e in self.entries) + "\n" + " " * indent + "]"
        if self.form == "tuple":
            return "(%s, %s)" % (body, json.dumps(self.app_name))
        return body

    def code(self, indent):
        route = route_text(self.tokens) if self.kind == "path" else regex_text(self.tokens)
        inc = "include(%s%s)" % (self.target(indent), ", namespace=%s" % json.dumps(self.namespace) if self.namespace else "")
        args = [("r" if self.kind == "re_path" else "") + json.dumps(route, ensure_ascii=False), inc]
        if self.kwargs is not None:
            args.append(repr(self.kwargs))
        return " " * indent + "%s(%s)," % (self.kind, ", ".join(args))

    def module_code(self):
        lines = ["from django.urls import include, path, re_path", "", "from mysite import views", ""]
        if self.app_name:
            lines.append("app_name = %s" % json.dumps(self.app_name))
        lines.append("urlpatterns = [")
        lines.extend(e.code(4) for e in self.entries)
        lines.append("]")
        return "\n".join(lines) + "\n"


def make_entries(ctx, depth):
    rng = ctx.rng
    entries = []
    for _ in range(rng.randint(1, 5 if depth == 0 else 3)):
        roll = rng.random()
        if depth < 3 and roll < 0.3:
            entries.append(Include(ctx, "path" if rng.random() < 0.75 else "re_path", depth))
        else:
            entries.append(Endpoint(ctx, "path" if rng.random() < 0.7 else "re_path"))
    return entries


# ---- paths ------------------------------------------------------------------------------------


def sample_route(ctx, tokens):
    rng = ctx.rng
    out = []
    for token in tokens:
        if token[0] == "lit":
            out.append(token[1])
        else:
            out.append(rng.choice(CONVERTER_SAMPLES[token[1]][0]))
    return "".join(out)


def sample_regex(ctx, tokens):
    rng = ctx.rng
    out = []
    for token in tokens:
        kind = token[0]
        if kind == "lit":
            out.append(token[1].replace("\\.", "."))
        elif kind in ("named", "unnamed"):
            out.append(rng.choice(token[1][1]))
        elif kind == "opt" and rng.random() < 0.6:
            out.append(sample_regex(ctx, token[1]))
    return "".join(out)


def endpoints_with_chain(entries, chain=()):
    for entry in entries:
        if isinstance(entry, Include):
            yield from endpoints_with_chain(entry.entries, chain + (entry,))
        else:
            yield chain, entry


def sample_path(ctx, chain, endpoint):
    parts = []
    for item in chain + (endpoint,):
        parts.append(sample_route(ctx, item.tokens) if item.kind == "path" else sample_regex(ctx, item.tokens))
    return "/" + "".join(parts)


def mutate(rng, path):
    choice = rng.choice(["strip", "strip", "double", "extra", "percent", "query", "space", "newline", "upper", "semicolon", "lead", "unicode", "dot"])
    if choice == "strip":
        return path.rstrip("/") or "/x"
    if choice == "double":
        return path.replace("/", "//", 1)
    if choice == "extra":
        return path + "more/"
    if choice == "percent":
        return path.rstrip("/") + "%2F"
    if choice == "query":
        return path.rstrip("/") + "?q=1"
    if choice == "space":
        return path.rstrip("/") + " x"
    if choice == "newline":
        return path + "\n"
    if choice == "upper":
        return path.upper()
    if choice == "semicolon":
        return path.rstrip("/") + ";p=1"
    if choice == "lead":
        return "/" + path
    if choice == "unicode":
        return path.rstrip("/") + "é"
    return path.rstrip("/") + "/."


# ---- reverse() calls -------------------------------------------------------------------------


def params_of(tokens, kind):
    """[(name or None, converter or regex piece), ...] in order; optional groups included."""
    found = []
    for token in tokens:
        if kind == "path" and token[0] == "param":
            found.append((token[2], ("conv", token[1])))
        elif token[0] == "named":
            found.append((token[2], ("re", token[1])))
        elif token[0] == "unnamed":
            found.append((None, ("re", token[1])))
        elif token[0] == "opt":
            found.extend(params_of(token[1], kind))
    return found


def sample_value(rng, source):
    if source[0] == "conv":
        return rng.choice(CONVERTER_SAMPLES[source[1]][1])
    return rng.choice(source[1][2])


def namespace_path(chain):
    return [item.namespace or item.app_name for item in chain if item.namespace or item.app_name]


def reverse_calls(ctx, entries):
    rng = ctx.rng
    calls = []
    targets = list(endpoints_with_chain(entries))
    rng.shuffle(targets)
    for chain, endpoint in targets[:4]:
        params = []
        for item in chain + (endpoint,):
            params.extend(params_of(item.tokens, item.kind))
        ns = namespace_path(chain)
        if endpoint.name is None:
            # By callable: only plain functions (a partial's repr holds an address).
            if endpoint.view in ("views.home", "views.detail", "views.archive", "views.listing") and not ns and rng.random() < 0.5:
                call = {"callable": "mysite." + endpoint.view}
            else:
                continue
        else:
            viewname = ":".join(ns + [endpoint.name])
            if ns and rng.random() < 0.15:
                viewname = ":".join(ns[:-1] + ["nope", endpoint.name])
            call = {"viewname": viewname}
        style = rng.random()
        if params and (style < 0.4 or any(name is None for name, _ in params)):
            call["args"] = [sample_value(rng, source) for _, source in params]
            if rng.random() < 0.15 and call["args"]:
                call["args"].pop()
        elif params:
            call["kwargs"] = {name: sample_value(rng, source) for name, source in params if name}
            if rng.random() < 0.15:
                call["kwargs"]["unexpected"] = 1
            if rng.random() < 0.1 and call["kwargs"]:
                call["kwargs"].pop(next(iter(call["kwargs"])))
            if rng.random() < 0.1 and endpoint.kwargs:
                call["kwargs"].update(endpoint.kwargs)
        if rng.random() < 0.05 and params:
            call["args"], call["kwargs"] = [1], {"x": 1}
        if rng.random() < 0.3:
            call["query"] = rng.choice([{"q": "django"}, {"tag": ["a", "b&c"]}, {}, "", 0, False, None, [], [["a", 1], ["b", [1, 2]]], {"é": "ü ?"}, {"n": None}, "ab", {"x": []}, 1.5, True])
        if rng.random() < 0.25:
            call["fragment"] = rng.choice(["top", "", "a b", "é", "#x"])
        if ns and rng.random() < 0.3:
            call["current_app"] = rng.choice(ns + ["ns1", "ns2", ":".join(ns), "nope"])
        calls.append(call)
    if rng.random() < 0.3:
        calls.append({"viewname": "missing-name"})
    if ctx.namespaces and rng.random() < 0.3:
        calls.append({"viewname": rng.choice(ctx.namespaces) + ":missing"})
    return calls


def collect_namespaces(ctx, entries):
    for entry in entries:
        if isinstance(entry, Include):
            if entry.namespace or entry.app_name:
                ctx.namespaces.append(entry.namespace or entry.app_name)
            collect_namespaces(ctx, entry.entries)


def make_case(seed):
    rng = random.Random(seed)
    ctx = Ctx(rng)
    entries = make_entries(ctx, 0)
    collect_namespaces(ctx, entries)
    files = {"mysite/__init__.py": "", "mysite/views.py": VIEWS}
    head = ["from django.urls import include, path, re_path", ""]
    if ctx.uses_custom:
        files["mysite/converters.py"] = CONVERTERS
        files["mysite/register.py"] = REGISTER
        head.append("import mysite.register  # noqa: F401")
    head += ["from mysite import views", "", "urlpatterns = ["]
    files["mysite/urls.py"] = "\n".join(head + [e.code(4) for e in entries] + ["]"]) + "\n"
    for module, include in ctx.modules.items():
        files[module + "/__init__.py"] = ""
        files[module + "/urls.py"] = include.module_code()

    paths = ["/"]
    for chain, endpoint in endpoints_with_chain(entries):
        path = sample_path(ctx, chain, endpoint)
        paths.append(path)
        if rng.random() < 0.5:
            paths.append(mutate(rng, path))
    rng.shuffle(paths)
    paths = list(dict.fromkeys(paths))[:10]
    settings = rng.choice([{}, {}, {}, {"APPEND_SLASH": False}, {"STATIC_URL": "static"}, {"MEDIA_URL": "/media"}])
    return {
        "kind": "urls",
        "description": "Random URLconf #%d (generators/urls_random.py): resolve and reverse against real Django." % seed,
        "files": files,
        "root_urlconf": "mysite.urls",
        "settings": settings,
        "resolve": [{"path": p} for p in paths],
        "reverse": reverse_calls(ctx, entries),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    for i in range(options.count):
        case = make_case(options.seed + i)
        with open(os.path.join(OUT, "urls-random-%03d.json" % i), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
