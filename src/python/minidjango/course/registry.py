"""How a course check is written and run.

A check is a function taking a CourseContext and returning messages, registered with
`@course_check` (or `@course_check(deploy=True)` for those that only matter with --deploy):

    SECRET_KEY_LITERAL = course_warning("course.W001", "SECRET_KEY is written ...", hint=..., why=..., chapter=...)

    @course_check(deploy=True)
    def check_secret_key_literal(ctx):
        return [SECRET_KEY_LITERAL.about("SECRET_KEY")] if ctx.is_literal(ctx.value_node("SECRET_KEY")) else []
"""

import ast
import os
import re

from django.core.checks.messages import ERROR, WARNING, CheckMessage

from minidjango.settings_source import SettingsSource

CHAPTERS = frozenset({
    "deployment-settings", "static-files", "secret-key-and-env", "securing-the-server",
    "load-balancing-with-nginx", "caching", "production-checklist",
})

_checks = []


def course_message(level, id, msg, *, hint=None, why, chapter):
    if not id.startswith("course.") or chapter not in CHAPTERS:
        raise ValueError(f"A course message has a course.* id and a known chapter: {id}, {chapter}")
    message = CheckMessage(level, msg, hint=hint, id=id)
    message.why = why
    message.chapter = chapter
    return message


def course_warning(id, msg, **kwargs):
    return course_message(WARNING, id, msg, **kwargs)


def course_error(id, msg, **kwargs):
    return course_message(ERROR, id, msg, **kwargs)


def course_check(func=None, *, deploy=False):
    def register(check):
        check.deploy = deploy
        _checks.append(check)
        return check

    return register(func) if func is not None else register


class CourseContext:
    """What a course check can look at: settings as Django loaded them, their source, the run,
    and the project's nginx configuration when the run checks one (nginx_beside.NginxBeside)."""

    def __init__(self, settings_source, django_messages, deploy, behind_proxy, nginx=None):
        from django.conf import settings

        self.settings = settings
        self.source = settings_source
        self.django_ids = {message.id for message in django_messages}
        self.deploy = deploy
        self.behind_proxy = behind_proxy
        self.nginx = nginx

    def mentions(self, pattern):
        """Whether the text of one of the project's Python files matches `pattern` (a regex).

        A cheap test before the syntax tree: parsing a settings file costs as much as compiling
        it, and most runs have nothing to report."""
        return any(re.search(pattern, source) for source in self._python_sources())

    def written_in_source(self, text):
        """Whether this string appears quoted, as a literal, in one of the project's Python files."""
        if not isinstance(text, str) or not text:
            return False
        quoted = re.compile(r"""(['"])""" + re.escape(text) + r"\1")
        # The plain substring test first: a pattern that starts with a choice is tried at every
        # position of the text, a substring is found by a fast scan.
        return any(text in source and quoted.search(source) for source in self._python_sources())

    def _python_sources(self):
        project = self.source.project
        return (project.source(path) or "" for path in project.files if path.endswith(".py"))

    def value(self, name, default=None):
        return getattr(self.settings, name, default)

    def value_node(self, name):
        """The `ast` node of the value that gave the setting its value, or None."""
        binding = self.source.binding(name)
        value = binding.assignment.value if binding is not None else None
        return value if isinstance(value, ast.expr) else None


def run_checks(project, settings_module, django_messages, *, deploy, behind_proxy=None, nginx=None):
    """The course's messages for a project whose settings loaded (inside `with project`)."""
    source = SettingsSource(project, settings_module)
    ctx = CourseContext(source, django_messages, deploy, behind_proxy, nginx)
    messages = []
    for check in _checks:
        if check.deploy and not deploy:
            continue
        try:
            messages.extend(check(ctx))
        except Exception:
            # A course check must never turn into the reader's error (their code may have broken
            # a builtin the check relies on); Django's own answer stands without it.
            continue
    return [message for message in messages if message.id not in ctx.value("SILENCED_SYSTEM_CHECKS", ())]


# ---- reading the source -------------------------------------------------------------------------


#: Calls that return an environment variable (os, python-decouple's config(), django-environ's env()).
ENV_READING_CALLS = frozenset({"os.environ.get", "environ.get", "os.getenv", "getenv", "env.str"})


def is_str_literal(node):
    """A string written in the source: "abc", "ab" "c", "a" + "b", f"abc" without fields."""
    kind = type(node)
    if kind is ast.Constant:
        return isinstance(node.value, str) and node.value != ""
    if kind is ast.BinOp and type(node.op) is ast.Add:
        return is_str_literal(node.left) and is_str_literal(node.right)
    if kind is ast.JoinedStr:
        return all(type(v) is ast.Constant for v in node.values) and bool(node.values)
    return False


def env_read(node):
    """If `node` reads an environment variable, (call or subscript node, default node or None)."""
    kind = type(node)
    if kind is ast.Subscript and _dotted(node.value) in ("os.environ", "environ"):
        return node, None
    if kind is ast.Call:
        name = _dotted(node.func)
        if name in ENV_READING_CALLS or (name or "").rpartition(".")[2] in ("config", "env"):
            default = node.args[1] if len(node.args) > 1 else None
            for keyword in node.keywords:
                if keyword.arg == "default":
                    default = keyword.value
            return node, default
    return None


def is_raw_env_read(node):
    """os.environ.get(...), os.getenv(...) or os.environ[...]: a string, as the environment holds it."""
    kind = type(node)
    if kind is ast.Subscript:
        return _dotted(node.value) in ("os.environ", "environ")
    if kind is ast.Call:
        return _dotted(node.func) in ("os.environ.get", "environ.get", "os.getenv", "getenv")
    return False


def _dotted(node):
    parts = []
    while type(node) is ast.Attribute:
        parts.append(node.attr)
        node = node.value
    if type(node) is not ast.Name:
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def absolute(path):
    """A path setting as the process sees it (relative paths are taken from the project folder)."""
    return os.path.normpath(os.path.abspath(os.fspath(path)))
