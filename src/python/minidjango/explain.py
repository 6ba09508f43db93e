"""What an error means, for someone deploying Django for the first time.

Django's or Python's own text stays in the error's `message`; `explanation` says, under it,
what happened in the reader's file and how to fix it. Explanations are data: RULES is a list
of patterns (the exception's type, its message, the reader's line, where it was raised) with the
text to show; the first rule that matches wins, so specific rules come before general ones.
A few rules need a fact that a pattern cannot see (which INSTALLED_APPS entry lost its comma);
each such fact is one small function in FACTS, named by the rule.

Placeholders in a text: the regex groups of `message`, plus {where} (" on line 8 of
mysite/settings.py", or "" when the error is not on a line of the reader's files), {file},
{line}, {settings_module}, and what a fact returns. A rule's `setting` names the setting an
error without a line of its own is about, so the editor can still point somewhere.
"""

import ast
import re

from minidjango.locations import frames_of
from minidjango.settings_source import NOT_KNOWN
from minidjango.source_text import lines_of


class Rule:
    def __init__(self, types, text, message=None, line=None, raised_in=None, fact=None, setting=None):
        self.types = (types,) if isinstance(types, str) else tuple(types)
        self.text = text
        self.message = re.compile(message, re.S) if message else None
        self.line = re.compile(line) if line else None
        self.raised_in = re.compile(raised_in) if raised_in else None
        self.fact = fact
        self.setting = setting


THIRD_PARTY = {
    "dotenv": "python-dotenv",
    "environ": "django-environ",
    "whitenoise": "whitenoise",
    "dj_database_url": "dj-database-url",
    "decouple": "python-decouple",
    "django_redis": "django-redis",
    "storages": "django-storages",
    "rest_framework": "djangorestframework",
    "corsheaders": "django-cors-headers",
    "debug_toolbar": "django-debug-toolbar",
    "psycopg2": "psycopg2",
    "psycopg": "psycopg",
    "MySQLdb": "mysqlclient",
    "gunicorn": "gunicorn",
    "sentry_sdk": "sentry-sdk",
}

#: Names a beginner uses without importing them, and the line that fixes it.
IMPORT_FOR = {
    "os": "import os",
    "sys": "import sys",
    "json": "import json",
    "Path": "from pathlib import Path",
    "pathlib": "import pathlib",
    "environ": "import environ",
    "load_dotenv": "from dotenv import load_dotenv",
    "dotenv_values": "from dotenv import dotenv_values",
    "dj_database_url": "import dj_database_url",
    "get_random_secret_key": "from django.core.management.utils import get_random_secret_key",
    "ImproperlyConfigured": "from django.core.exceptions import ImproperlyConfigured",
    "timedelta": "from datetime import timedelta",
}

#: Other languages' spellings of Python's constants.
PYTHON_SPELLING = {"true": "True", "false": "False", "none": "None", "null": "None", "TRUE": "True",
                   "FALSE": "False", "NONE": "None", "nil": "None", "undefined": "None"}

_SETUP = "Until this is fixed, Django cannot load your project, so none of the other checks ran."

RULES = [
    # ---- stopped from outside: time, memory, depth ------------------------------------------
    Rule("KeyboardInterrupt",
         "Your code was still running when the time limit ran out, so it was stopped{where}. Something "
         "there never finishes: a loop such as `while True:` without a `break`, or work that takes far "
         "longer than loading settings should (settings load in a few milliseconds)."),
    Rule("RecursionError",
         "A function kept calling itself{where}, directly or through other functions, until Python gave "
         "up after about a thousand nested calls. Make sure the recursion has a case where it stops "
         "calling itself, or use a loop instead."),
    Rule("MemoryError",
         "This statement{where} nests expressions so deeply (thousands of operators, calls or `elif`s "
         "inside one another) that Python cannot compile it. Real settings never need that: write it as "
         "a list, or split it into several simple statements.",
         message=r"Parser stack overflowed"),
    Rule("MemoryError",
         "Your code asked for more memory than there is{where}, for example a list or a string with "
         "billions of items (`'x' * 10**10`). Settings should only hold small values."),
    # Python in the browser is 32-bit: a size past 2**31 is refused before any memory is asked for.
    Rule("OverflowError",
         "Your code asked for a value too big for memory{where}: a list, string or bytes with billions of "
         "items (`'x' * 10**10`), more than Python in your browser can hold. Settings should only hold "
         "small values.",
         message=r"cannot fit 'int' into an index-sized integer|(repeated )?(string|bytes|list|tuple) is too long|size does not fit in an int|new size is too large"),
    Rule("SourceTooLargeError",
         "This file is far larger than a settings file or a urls.py ever is (a few kilobytes), and too "
         "large for the checker, which runs Python inside your browser, to compile in time. Remove what "
         "does not belong in it: generated data belongs in a data file that the code reads."),
    Rule("SystemExit",
         "Your code ended the program{where} (sys.exit(), exit() or quit()), so Django never got to "
         "check anything. Remove that call: settings should set values, not stop the program."),

    # ---- the file cannot be read as Python --------------------------------------------------
    Rule("SyntaxError",
         "{file} contains NUL bytes (the character with code 0; the first is on line {line}), which Python "
         "never accepts in source code. The file is probably not a text file, or it was damaged when it was copied: "
         "save it again as plain UTF-8 text.",
         message=r".*null bytes"),
    Rule("SyntaxError",
         "Line {line} of {file} is not valid UTF-8 text, which is what Python expects a .py file to be (it was "
         "probably saved in another encoding such as Latin-1 or Windows-1252). Save it again as UTF-8.",
         message=r"Non-UTF-8 code|\(unicode error\)|.*can't decode byte"),
    Rule("SyntaxError",
         "Line {line} contains the character {char}, which Python does not accept in code. Typographic "
         "quotes like “ ” ‘ ’ come from word processors and web pages: type the quotes again as plain "
         "\" or '.",
         message=r"invalid character '(?P<char>[“”‘’])'"),
    Rule("SyntaxError",
         "Line {line} contains the character {char}, which Python does not accept outside a string. It "
         "was probably pasted along with some code: delete it and type that part again.",
         message=r"invalid (non-printable )?character '?(?P<char>.)'?"),
    Rule("IndentationError",
         "Line {line} starts further to the right than the line before it, but nothing there opens a "
         "block (a block starts after a line ending with ':'). In Python, indentation is part of the "
         "code: make the line start in the same column as the lines around it.",
         message=r"unexpected indent"),
    Rule("IndentationError",
         "The line before line {line} ends with ':', so Python expects an indented block under it. "
         "Indent the lines that belong to it by four spaces, or write `pass` if it should be empty.",
         message=r"expected an indented block"),
    Rule("IndentationError",
         "Line {line} is indented by an amount that matches no block above it. Line it up exactly with "
         "the statement it belongs with (same number of spaces).",
         message=r"unindent does not match"),
    Rule("TabError",
         "Line {line} is indented with a mix of tabs and spaces, which Python refuses because it cannot "
         "tell how far in the line is. Indent with spaces only (four per level).",
         message=r"inconsistent use of tabs"),
    Rule("SyntaxError",
         "A string that starts on line {line} has no closing quote before the end of the line. Add the "
         "matching quote (the same kind, ' or \", that opened it).",
         message=r"unterminated string literal"),
    Rule("SyntaxError",
         "A triple-quoted string (\"\"\" or ''') that starts on line {line} is never closed, so the rest of "
         "the file became part of it. Close it with the same three quotes.",
         message=r"unterminated triple-quoted string"),
    Rule("SyntaxError",
         "Python expected a comma on line {line}: two values are written next to each other. Items of a "
         "list, tuple or dictionary, and the arguments of a call, are separated by commas.",
         message=r"invalid syntax\. Perhaps you forgot a comma\?"),
    Rule("SyntaxError",
         "Line {line} uses `=` where Python does not allow an assignment. Inside a dictionary, a key and "
         "its value are separated by ':' (\"ENGINE\": \"...\"); `=` only appears in `NAME = value` "
         "statements and in keyword arguments such as dict(ENGINE=\"...\"). To compare two values, use ==.",
         message=r"cannot assign to .*|expression cannot contain assignment"),
    Rule("SyntaxError",
         "A bracket opened on line {line} is never closed. Add the matching {closer} where the value ends "
         "(often the error shows up a few lines later, where Python noticed).",
         message=r"'(?P<opener>[(\[{])' was never closed", fact="closer"),
    Rule("SyntaxError",
         "Line {line} closes a bracket that was never opened, or closes it with the wrong kind. Brackets "
         "come in pairs: ( ) for calls and tuples, [ ] for lists, {{ }} for dictionaries.",
         message=r"unmatched '.'|closing parenthesis '.' does not match"),
    Rule("SyntaxError",
         "Line {line} needs a ':' at its end: `if`, `else`, `for`, `def`, `try`... start a block, and a "
         "block is announced by a colon.",
         message=r"expected ':'"),
    Rule("SyntaxError",
         "Brackets are nested more deeply on line {line} than Python allows (200 levels). Settings never "
         "need that many: write the value more simply.",
         message=r"too many nested parentheses|too many levels of indentation"),
    Rule(("SyntaxError", "IndentationError", "TabError"),
         "Python could not read line {line} of {file}, so Django could not load the file at all. Look at "
         "that line and the end of the line before it: a missing bracket, quote, comma or colon is often "
         "only noticed one line later."),

    # ---- the environment -------------------------------------------------------------------
    Rule("KeyError",
         "Your settings read the environment variable {name}{where} with os.environ[...], and it is not "
         "set, so Python raised KeyError. Set it where the site runs (`export {name}=...` in the shell, or "
         "the service's environment), or load your .env file before this line (load_dotenv() from "
         "python-dotenv, or environ.Env.read_env()). If the setting can do without it, use "
         "os.environ.get(\"{name}\", default) instead.",
         message=r"'(?P<name>[^']*)'", line=r"environ\s*\["),
    Rule("KeyError",
         "Python lost track of the module {name} while importing it: your code emptied or rewrote "
         "sys.modules, the list of modules Python has loaded. Settings must not change sys.modules.",
         message=r"'(?P<name>[\w.]+)'", fact="project_module"),
    Rule("ImproperlyConfigured",
         "django-environ's env(\"{name}\"){where} found no environment variable {name} and no default. "
         "Set the variable, put it in the .env file that environ.Env.read_env() reads (check that "
         "read_env() runs before this line and finds the file), or give a default: "
         "env(\"{name}\", default=...).",
         message=r"Set the (?P<name>\w+) environment variable"),
    Rule("TypeError",
         "int() was given None{where}: os.environ.get() returns None when the variable is not set. Give "
         "get() a default that int() can read, such as os.environ.get(\"NAME\", \"0\"), or set the variable.",
         message=r"int\(\) argument must be .* not 'NoneType'"),
    Rule("ValueError",
         "int() cannot read {value} as a whole number{where}. If it comes from an environment variable, the "
         "variable is set to something else than digits (an empty value is not 0): fix its value, or "
         "handle that case before converting.",
         message=r"invalid literal for int\(\) with base 10: (?P<value>.*)"),
    Rule("AttributeError",
         "A value{where} is None, and None has no {attr}. Most often it comes from os.environ.get() or "
         "os.getenv(), which return None when the variable is not set: give them a default, e.g. "
         "os.environ.get(\"DEBUG\", \"False\").{attr}.",
         message=r"'NoneType' object has no attribute '(?P<attr>\w+)'", line=r"environ|getenv"),

    # ---- names and imports -----------------------------------------------------------------
    Rule("NameError",
         "Python writes this constant with a capital letter: {name} is spelt {spelling}. Write "
         "{spelling}{where}.",
         message=r"name '(?P<name>\w+)' is not defined", fact="python_spelling"),
    Rule("NameError",
         "Your file uses {name}{where} but never imports it. Add `{import_line}` at the top of the file "
         "(before the first line that uses it).",
         message=r"name '(?P<name>\w+)' is not defined", fact="import_line"),
    Rule("NameError",
         "Python does not know the name {name}{where}: nothing before this line defines or imports it. "
         "Check its spelling (names are case-sensitive), or define or import it above this line.",
         message=r"name '(?P<name>\w+)' is not defined"),
    Rule("ModuleNotFoundError",
         "Two entries of INSTALLED_APPS lost the comma between them. Python joins two strings written "
         "next to each other into one ('a' 'b' is 'ab'), so Django tried to import {module}. Add a comma "
         "after {first}.",
         message=r"No module named '(?P<module>[^']*)'", fact="joined_app", setting="INSTALLED_APPS"),
    Rule("ModuleNotFoundError",
         "DJANGO_SETTINGS_MODULE is \"{settings_module}\", and Python finds no module of that name in the "
         "project: check its spelling against the path of your settings file (mysite/settings.py is "
         "mysite.settings) and that each folder on the way has an __init__.py.",
         message=r"No module named '(?P<module>[^']*)'", fact="settings_module_missing"),
    Rule("ModuleNotFoundError",
         "INSTALLED_APPS lists {app}, and Django imports every app it lists, but there is no module "
         "named {module}.{package_hint} If it is one of your own apps, its folder must be in the project "
         "(next to manage.py) and contain an __init__.py.",
         message=r"No module named '(?P<module>[^']*)'", fact="installed_app", setting="INSTALLED_APPS"),
    Rule("ModuleNotFoundError",
         "{module} is a third-party package ({package} on PyPI) and it is not installed here{where}. On a "
         "server you would `pip install {package}` (and list it in requirements.txt); in this exercise, "
         "only the packages the exercise names are installed.",
         message=r"No module named '(?P<module>[^'.]*)(\.[^']*)?'", fact="third_party"),
    Rule("ModuleNotFoundError",
         "Python cannot find a module named {module}{where}. Check the spelling of the import; if it is a "
         "module of your project, check that its file exists (and that its folder has an __init__.py).",
         message=r"No module named '(?P<module>[^']*)'"),
    Rule("ImportError",
         "The module {module} exists, but it defines nothing called {name}{where}. Check the spelling, and "
         "that {name} is really defined in that module (or import the module and use module.{name}).",
         message=r"cannot import name '(?P<name>[^']*)' from '(?P<module>[^']*)'"),

    # ---- Django refusing a setting ---------------------------------------------------------
    Rule("ImproperlyConfigured",
         "{setting} must be a list or a tuple of strings, and yours is {value_description}. Even a single "
         "host goes in brackets: {setting} = [\"example.com\"]. (A string would be read letter by "
         "letter.)",
         message=r"The (?P<setting>\w+) setting must be a list or a tuple\.", fact="setting_value",
         setting="{setting}"),
    Rule("ImproperlyConfigured",
         "SECRET_KEY is empty. Django signs sessions, password-reset links and messages with it, so it "
         "refuses to run without one. Read it from the environment and make sure the variable is set "
         "(or loaded from .env) where the site runs.",
         message=r"The SECRET_KEY setting must not be empty", setting="SECRET_KEY"),
    Rule("ImproperlyConfigured",
         "DATABASES has no \"default\" entry. Django always needs a database called default: rename your "
         "entry, or add one, e.g. DATABASES = {{\"default\": {{\"ENGINE\": \"django.db.backends.sqlite3\", "
         "\"NAME\": BASE_DIR / \"db.sqlite3\"}}}}.",
         message=r"You must define a 'default' database", setting="DATABASES"),
    Rule("ImproperlyConfigured",
         "A database in DATABASES has no ENGINE, so Django does not know which kind of database it is. Add "
         "\"ENGINE\": \"django.db.backends.postgresql\" (or mysql, sqlite3, oracle).",
         message=r"settings\.DATABASES is improperly configured", setting="DATABASES"),
    Rule("ImproperlyConfigured",
         "The ENGINE of a database is {engine}, which is not a database backend Django can import. The "
         "built-in ones are django.db.backends.postgresql, mysql, sqlite3 and oracle: check the spelling.",
         message=r"'(?P<engine>[^']*)' isn't an available database backend", setting="DATABASES"),
    Rule("ImproperlyConfigured",
         "Two entries of INSTALLED_APPS give apps the same label, {label}: each app may be listed once. "
         "Remove the duplicate.",
         message=r"Application (labels|names) aren't unique, duplicates: (?P<label>.*)", setting="INSTALLED_APPS"),
    Rule("ImproperlyConfigured",
         "Django was asked for a setting before it knew which settings module to load: "
         "DJANGO_SETTINGS_MODULE is not set.",
         message=r"Requested .*but settings are not configured"),
    Rule("ImproperlyConfigured",
         "The URLconf {urlconf} has no list called urlpatterns (or it is not a list). Every URLconf "
         "defines `urlpatterns = [path(...), ...]`: check its spelling and that it is assigned at the top "
         "level of the file.",
         message=r"The included URLconf '(?P<urlconf>[^']*)' does not appear to have any patterns"),
    Rule("ImproperlyConfigured",
         "include(..., namespace=...) needs the included URLconf to name its app: add "
         "`app_name = \"...\"` to that urls.py, next to its urlpatterns.",
         message=r"Specifying a namespace in include\(\) without providing an app_name"),
    Rule("ImproperlyConfigured",
         "The route{where} uses the converter {converter}, which Django does not know. The built-in "
         "converters are str, int, slug, uuid and path; a custom one must be registered with "
         "register_converter() before it is used.",
         message=r"URL route .* uses invalid converter '(?P<converter>[^']*)'"),
    Rule("ImproperlyConfigured",
         "The last part of an INSTALLED_APPS entry becomes the app's label, and {label} is not a valid "
         "Python name (letters, digits and _, not starting with a digit). List the app by its Python "
         "package path, e.g. \"blog\" or \"mysite.blog\", not a folder path with / or -.",
         message=r"The app label '(?P<label>[^']*)' is not a valid Python identifier", setting="INSTALLED_APPS"),
    Rule("ImproperlyConfigured",
         "An AppConfig in INSTALLED_APPS names a module, {module}, that cannot be imported: its `name` "
         "attribute must be the app's full Python path (e.g. name = \"mysite.blog\").",
         message=r"Cannot import '(?P<module>[^']*)'\. Check that", setting="INSTALLED_APPS"),
    Rule("ImproperlyConfigured",
         "An INSTALLED_APPS entry points at something that is not an AppConfig class: list the app's "
         "package (\"blog\") or its config class (\"blog.apps.BlogConfig\").",
         message=r"'[^']*' (isn't a subclass of AppConfig|must supply a name attribute)", setting="INSTALLED_APPS"),
    Rule("ImproperlyConfigured",
         "A re_path() pattern{where} is not a valid regular expression; the message above says what is "
         "wrong with it. (With path(), write plain routes such as \"blog/<int:year>/\" instead.)",
         message=r'".*" is not a valid regular expression'),
    Rule("ImproperlyConfigured",
         "A route{where} has a parameter whose name is not a Python name: inside <type:name>, the name is "
         "passed to the view as a keyword argument, so use letters, digits and _ (post_id, not post-id).",
         message=r"URL route .* uses parameter name .* which isn't a valid Python identifier"),
    Rule("ImproperlyConfigured",
         "A route{where} has spaces inside <...>; write <int:year>, with no spaces.",
         message=r"URL route .* cannot contain whitespace in angle brackets"),
    Rule("ImproperlyConfigured",
         "include() was given a tuple of the wrong size{where}: pass the module (\"blog.urls\"), or a "
         "2-tuple (patterns, app_name), and give the namespace as include(..., namespace=\"...\").",
         message=r"Passing a \d+-tuple to include\(\) is not supported"),
    Rule("ImproperlyConfigured",
         "Your own settings code stopped the run{where} with ImproperlyConfigured, which is how a settings "
         "file says that something it needs is missing. Do what its message says (usually: set an "
         "environment variable).",
         fact="raised_in_project"),
    Rule("ImproperlyConfigured",
         "Django refused a setting while loading the project: the message above says which one and "
         "why. " + _SETUP),
    Rule("InvalidCacheBackendError",
         "A cache in CACHES uses the backend {backend}, which cannot be imported: it is not installed here "
         "or its path is misspelt. Django's own backends are under django.core.cache.backends (e.g. "
         "django.core.cache.backends.redis.RedisCache).",
         message=r"Could not find backend '(?P<backend>[^']*)'", setting="CACHES"),
    Rule("InvalidCacheBackendError",
         "CACHES has no \"default\" entry, and Django always needs one.",
         message=r"Could not find config for 'default'", setting="CACHES"),
    Rule("ViewDoesNotExist",
         "CSRF_FAILURE_VIEW names a module that exists but has no such view function: check the part "
         "after the last dot.",
         message=r"Could not import '.*'\. View does not exist", setting="CSRF_FAILURE_VIEW"),

    # ---- values of the wrong type ------------------------------------------------------------
    Rule("TypeError",
         "STATICFILES_DIRS must be a list or a tuple of folders. Parentheses alone do not make a tuple: "
         "(BASE_DIR / \"static\") is just a path, so Django tried to go through it item by item. Write a "
         "list, [BASE_DIR / \"static\"], or add a comma inside the parentheses.",
         message=r"'\w*Path' object is not iterable", raised_in=r"staticfiles", setting="STATICFILES_DIRS"),
    Rule("ValueError",
         "An entry of STATICFILES_DIRS is a tuple with more than two items. A tuple entry means "
         "(prefix, folder): give exactly two, or list each folder as its own entry.",
         message=r"too many values to unpack", raised_in=r"staticfiles", setting="STATICFILES_DIRS"),
    Rule("TypeError",
         "Paths built with pathlib are joined with /, not +{where}: write BASE_DIR / \"static\" (or "
         "str(BASE_DIR) + \"/static\" if you really need a string).",
         message=r"unsupported operand type\(s\) for \+: '\w*Path' and 'str'|can only concatenate str \(not \"\w*Path\"\)"),
    Rule(("FileNotFoundError", "IsADirectoryError", "PermissionError"),
         "Your settings open a file that is not there{where}. Paths are taken from the project's folder "
         "(the one with manage.py); build them from BASE_DIR, and check that the file is part of the "
         "project.",
         message=r".*No such file or directory|.*Is a directory"),

    # ---- anything else ---------------------------------------------------------------------
    Rule("BaseException",
         "Your code replaced or deleted {names} in Python's builtins, which every module shares, so "
         "the code that ran after it (Django's included) failed with this {type}. Settings must leave "
         "builtins alone.",
         fact="builtins_changed"),
    Rule("BaseException",
         "Python stopped{where} with this {type}: the message above says what went wrong on that line. "
         + _SETUP,
         fact="has_line"),
    Rule("BaseException",
         "Django stopped with this {type} while loading your project (not on a line of your files, so "
         "it is about a value your settings gave it). " + _SETUP),
]


# ---- facts: what a pattern cannot see ---------------------------------------------------------


def _fact_closer(context):
    return {"closer": {"(": ")", "[": "]", "{": "}"}[context["opener"]]}


def _fact_python_spelling(context):
    spelling = PYTHON_SPELLING.get(context["name"])
    return {"spelling": spelling} if spelling else None


def _fact_import_line(context):
    line = IMPORT_FOR.get(context["name"])
    return {"import_line": line} if line else None


def _installed_apps_entries(context):
    source = context["settings_source"]
    binding = source.last_binding("INSTALLED_APPS") if source else None
    if binding is None:
        return []
    return [(i, entry) for i, entry in enumerate(binding.elements or [])]


def _fact_joined_app(context):
    """The INSTALLED_APPS entry that is two strings written next to each other."""
    module = context["module"]
    for i, (file, lines, node) in _installed_apps_entries(context):
        if type(node) is ast.Constant and isinstance(node.value, str) and node.value.startswith(module):
            segment = "\n".join(lines[node.lineno - 1: node.end_lineno])
            if re.search(r"""["']\s*\n?\s*["']""", segment) and node.end_lineno > node.lineno:
                first = lines[node.lineno - 1][node.col_offset:].strip()
                return {"first": first, "index": i}
    return None


def _fact_settings_module_missing(context):
    settings_module = context.get("settings_module") or ""
    module = context["module"]
    if context["file"] is None and settings_module and (settings_module + ".").startswith(module + "."):
        return {}
    return None


def _fact_installed_app(context):
    if context["file"] is not None:
        return None
    module = context["module"]
    for i, app in enumerate(context["value_of"]("INSTALLED_APPS") or ()):
        if isinstance(app, str) and (app == module or app.startswith(module + ".")):
            top = module.partition(".")[0]
            package = THIRD_PARTY.get(top)
            hint = f" It is a third-party package ({package}): it must be installed." if package else " Check its spelling."
            return {"app": app, "index": i, "package_hint": hint}
    return None


def _fact_project_module(context):
    project = context["project"]
    path = context["name"].replace(".", "/")
    found = project.source(path + ".py") is not None or project.source(path + "/__init__.py") is not None
    return {} if context["file"] is None and found else None


def _fact_builtins_changed(context):
    from minidjango import isolation

    names = isolation.changed_builtins
    return {"names": ", ".join(names[:5]) + (" and more" if len(names) > 5 else "")} if names else None


def _fact_third_party(context):
    package = THIRD_PARTY.get(context["module"])
    return {"package": package} if package else None


def _fact_setting_value(context):
    value = context["value_of"](context["setting"])
    if value is NOT_KNOWN:
        return {"value_description": "not a list"}
    kind = {str: "a string", type(None): "None", dict: "a dictionary", set: "a set"}.get(type(value), type(value).__name__)
    return {"value_description": f"{kind} ({value!r})" if isinstance(value, str) and len(value) < 60 else kind}


def _fact_raised_in_project(context):
    return {} if context["file"] is not None else None


def _fact_has_line(context):
    return {} if context["file"] is not None else None


FACTS = {name[len("_fact_"):]: func for name, func in globals().items() if name.startswith("_fact_")}


# ---- applying the rules -----------------------------------------------------------------------


def explain(exc, error, project, settings_source=None):
    """(explanation, location or None) for an Error dict made from `exc`."""
    type_names = [cls.__name__ for cls in type(exc).__mro__]
    location = error.get("location")
    lines = lines_of(project.source(error["file"])) if error.get("file") else []
    line_text = lines[error["line"] - 1] if error.get("line") and 0 < error["line"] <= len(lines) else ""
    raised_in = None
    base = {
        "type": type(exc).__name__,
        "file": error.get("file"),
        "line": error.get("line"),
        "where": f" on line {error['line']} of {error['file']}" if error.get("file") else "",
        "settings_module": getattr(settings_source, "settings_module", None),
        "settings_source": settings_source,
        "project": project,
        "value_of": settings_source.value if settings_source is not None else _no_value,
    }
    for rule in RULES:
        if not any(name in type_names for name in rule.types):
            continue
        context = dict(base)
        if rule.message:
            match = rule.message.match(error.get("message") or "")
            if not match:
                continue
            context.update({k: v for k, v in match.groupdict().items() if v is not None})
        if rule.line and not rule.line.search(line_text):
            continue
        if rule.raised_in:
            if raised_in is None:
                raised_in = " ".join(frame.filename for frame in frames_of(exc))
            if not rule.raised_in.search(raised_in):
                continue
        if rule.fact:
            try:
                facts = FACTS[rule.fact](context)
            except Exception:
                facts = None
            if facts is None:
                continue
            context.update(facts)
        text = rule.text.format_map(_Blank(context))
        if location is None and rule.setting and settings_source is not None:
            location = _locate(settings_source, rule.setting.format_map(_Blank(context)), context.get("index"))
        return text, location
    return None, location


def _locate(settings_source, setting, index):
    try:
        return settings_source.place(setting, index=index)
    except Exception:
        return None


def _no_value(name):
    return NOT_KNOWN


class _Blank(dict):
    def __missing__(self, key):
        return ""
