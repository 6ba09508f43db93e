"""DEBUG and ALLOWED_HOSTS as a deployment needs them."""

import ast

from minidjango.course.registry import course_check, course_warning, env_read, is_raw_env_read

DEBUG_IS_A_STRING = course_warning(
    "course.W004",
    "DEBUG is read from the environment as a string, not converted to True or False.",
    hint='Compare the string, so that debug mode is off unless explicitly turned on: '
    'DEBUG = os.environ.get("DJANGO_DEBUG", "").lower() in {"1", "true", "yes"}, or use django-environ: '
    'DEBUG = env.bool("DJANGO_DEBUG", default=False).',
    why="Environment variables are always strings, and every non-empty string counts as true in Python: "
    "DJANGO_DEBUG=False turns debug mode on, and visitors then see tracebacks and settings.",
    chapter="deployment-settings",
)

DEBUG_BOOL_OF_STRING = course_warning(
    "course.W005",
    "DEBUG is bool() of an environment variable, which is True for the string 'False'.",
    hint='bool() only tells an empty string from a non-empty one. Compare instead: '
    'DEBUG = os.environ.get("DJANGO_DEBUG", "").lower() in {"1", "true", "yes"}.',
    why="bool('False') and bool('0') are both True, so the variable cannot turn debug mode off.",
    chapter="deployment-settings",
)

ALLOWED_HOSTS_WILDCARD = course_warning(
    "course.W006",
    "ALLOWED_HOSTS accepts any host name ('*').",
    hint='List the domain names the site is served under: ALLOWED_HOSTS = ["mysite.example.com"].',
    why="Django checks the Host header of each request so that an attacker cannot make it build links "
    "(in password-reset emails, in cached pages) to a domain of their choosing; '*' turns that check off.",
    chapter="deployment-settings",
)


@course_check
def check_debug_is_a_bool(ctx):
    if isinstance(ctx.value("DEBUG"), str):
        return [DEBUG_IS_A_STRING.about("DEBUG")]
    # "DEBUG" not preceded by a word character: the lookbehind comes after the word, so that
    # the pattern starts with a literal, which the regex engine finds by a fast scan.
    if not ctx.mentions(r"DEBUG(?<!\wDEBUG)\s*=\s*(bool\s*\()?\s*(os\s*\.\s*)?(environ|getenv)"):
        return []
    node = ctx.value_node("DEBUG")
    if node is not None and is_raw_env_read(node):
        return [DEBUG_IS_A_STRING.about("DEBUG")]
    if (
        type(node) is ast.Call
        and type(node.func) is ast.Name
        and node.func.id == "bool"
        and len(node.args) == 1
        and env_read(node.args[0])
    ):
        return [DEBUG_BOOL_OF_STRING.about("DEBUG")]
    return []


@course_check(deploy=True)
def check_allowed_hosts_wildcard(ctx):
    hosts = ctx.value("ALLOWED_HOSTS", [])
    if not isinstance(hosts, (list, tuple)):
        return []
    return [ALLOWED_HOSTS_WILDCARD.about("ALLOWED_HOSTS", index=i) for i, host in enumerate(hosts) if host == "*"][:1]
