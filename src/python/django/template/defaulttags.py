"""The built-in tags ({% if %}, {% for %}, {% url %}, {% csrf_token %}...): a builtin library
of every Engine. Each tag is a compile function (parser, token) -> Node, and its Node's
render(context) gives its text."""

import re
from datetime import datetime
from itertools import cycle as endless

from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from .base import Node, NodeList, TemplateSyntaxError, VariableDoesNotExist, kwarg_re, token_kwargs
from .base import render_value_in_context as _shown
from .context import Context
from .library import Library
from .smartif import IfParser, Literal

register = Library()


def _ending_with(parser, end_name):
    """The nodes up to {% end_name %}, which is dropped."""
    inside = parser.parse([end_name])
    parser.tokens.pop()
    return inside


def _as_variable(words):
    """(words without a trailing `as name`, name or None)."""
    ends_with_as = words[-2:-1] == ["as"]
    return (words[:-2], words[-1]) if ends_with_as else (words, None)


def _stored_or_shown(context, name, text):
    """`text` when the tag has no `as name`; otherwise kept in the context as `name`."""
    if not name:
        return text
    context[name] = text
    return ""


# ---- {% autoescape %}, {% comment %}, {% spaceless %}, {% verbatim %}, {% templatetag %} -------


class AutoEscapeControlNode(Node):
    def __init__(self, setting, nodelist):
        self.setting, self.nodelist = setting, nodelist

    def render(self, context):
        outer, context.autoescape = context.autoescape, self.setting
        try:
            inside = self.nodelist.render(context)
        finally:
            context.autoescape = outer
        return mark_safe(inside) if self.setting else inside


@register.tag
def autoescape(parser, token):
    words = token.contents.split()
    if len(words) != 2:
        raise TemplateSyntaxError("'autoescape' tag requires exactly one argument.")
    if words[1] not in ("on", "off"):
        raise TemplateSyntaxError("'autoescape' argument should be 'on' or 'off'")
    return AutoEscapeControlNode(words[1] == "on", _ending_with(parser, "endautoescape"))


class CommentNode(Node):
    def render(self, context):
        return ""


@register.tag
def comment(parser, token):
    parser.skip_past("endcomment")  # what is inside is never compiled
    return CommentNode()


class SpacelessNode(Node):
    def __init__(self, nodelist):
        vars(self).update(nodelist=nodelist)

    def render(self, context):
        return re.sub(r">\s+<", "><", str(self.nodelist.render(context).strip()))


@register.tag
def spaceless(parser, token):
    return SpacelessNode(_ending_with(parser, "endspaceless"))


class VerbatimNode(Node):
    def __init__(self, content):
        vars(self).update(content=content)

    def render(self, context):
        return vars(self)["content"]


@register.tag
def verbatim(parser, token):
    # The lexer made everything up to the end tag text: rendering it gives the source back.
    return VerbatimNode(_ending_with(parser, "endverbatim").render(Context()))


class TemplateTagNode(Node):
    mapping = dict(zip(
        ("openblock", "closeblock", "openvariable", "closevariable", "openbrace", "closebrace", "opencomment",
         "closecomment"),
        ("{%", "%}", "{{", "}}", "{", "}", "{#", "#}"),
    ))

    def __init__(self, tagtype):
        vars(self).update(tagtype=tagtype)

    def render(self, context):
        return type(self).mapping.get(self.tagtype) or ""


@register.tag
def templatetag(parser, token):
    words = token.contents.split()
    if len(words) != 2:
        raise TemplateSyntaxError("'templatetag' statement takes one argument")
    known = list(TemplateTagNode.mapping)
    if words[1] not in known:
        raise TemplateSyntaxError("Invalid templatetag argument: '%s'. Must be one of: %s" % (words[1], known))
    return TemplateTagNode(words[1])


# ---- {% csrf_token %} ---------------------------------------------------------------------------


class CsrfTokenNode(Node):
    def render(self, context):
        token = context.get("csrf_token")
        if token == "NOTPROVIDED":  # the csrf context processor had none: Django's format_html("") raises
            return format_html("")
        if token:
            return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
        if not token and settings.DEBUG:
            import warnings

            warnings.warn("A {% csrf_token %} was used in a template, but the context did not provide the value.  "
                          "This is usually caused by not using RequestContext.")
        return mark_safe("")


@register.tag("csrf_token")
def csrf_token(parser, token):
    return CsrfTokenNode()


# ---- {% cycle %}, {% resetcycle %}, {% firstof %}, {% ifchanged %} --------------------------------


class CycleNode(Node):
    def __init__(self, cyclevars, variable_name=None, silent=False):
        self.cyclevars, self.variable_name, self.silent = cyclevars, variable_name, silent

    def render(self, context):
        state = context.render_context.dicts[-1]
        if self not in state:
            state[self] = endless(self.cyclevars)
        value = next(state[self]).resolve(context)
        if self.variable_name:  # the value stays visible after the tag, outside its block too
            context.set_upward(self.variable_name, value)
        return "" if self.silent else _shown(value, context)

    def reset(self, context):
        context.render_context.dicts[-1].pop(self, None)


@register.tag
def cycle(parser, token):
    words = token.split_contents()
    if len(words) < 2:
        raise TemplateSyntaxError("'cycle' tag requires at least two arguments")
    named = parser.extra_data.setdefault("named_cycle_nodes", None)
    if len(words) == 2:  # {% cycle name %}: the named cycle again
        if named is None:
            raise TemplateSyntaxError("No named cycles in template. '%s' is not defined" % words[1])
        if words[1] not in named:
            raise TemplateSyntaxError("Named cycle '%s' does not exist" % words[1])
        return named[words[1]]
    name, silent, values = None, False, words[1:]
    if len(words) > 4 and words[-3] == "as":
        if words[-1] != "silent":
            raise TemplateSyntaxError("Only 'silent' flag is allowed after cycle's name, not '%s'." % words[-1])
        name, silent, values = words[-2], True, words[1:-3]
    elif len(words) > 4 and words[-2] == "as":
        name, values = words[-1], words[1:-2]
    node = CycleNode([parser.compile_filter(value) for value in values], name, silent)
    if name:
        parser.extra_data["named_cycle_nodes"] = {**(named or {}), name: node}
    parser.extra_data["last_cycle_node"] = node
    return node


class ResetCycleNode(Node):
    def __init__(self, node):
        vars(self).update(node=node)

    def render(self, context):
        CycleNode.reset(self.node, context)
        return ""


@register.tag
def resetcycle(parser, token):
    words = token.split_contents()
    if len(words) > 2:
        raise TemplateSyntaxError("%r tag accepts at most one argument." % words[0])
    if len(words) == 2:
        named = parser.extra_data.get("named_cycle_nodes") or {}
        if words[1] not in named:
            raise TemplateSyntaxError("Named cycle '%s' does not exist." % words[1])
        return ResetCycleNode(named[words[1]])
    if "last_cycle_node" not in parser.extra_data:
        raise TemplateSyntaxError("No cycles in template.")
    return ResetCycleNode(parser.extra_data["last_cycle_node"])


class FirstOfNode(Node):
    def __init__(self, variables, asvar=None):
        self.vars, self.asvar = variables, asvar

    def render(self, context):
        values = (variable.resolve(context, ignore_failures=True) for variable in self.vars)
        chosen = next((value for value in values if value), None)
        return _stored_or_shown(context, self.asvar, "" if chosen is None else _shown(chosen, context))


@register.tag
def firstof(parser, token):
    words, asvar = _as_variable(token.split_contents()[1:])
    if not words and asvar is None:
        raise TemplateSyntaxError("'firstof' statement requires at least one argument")
    return FirstOfNode([parser.compile_filter(word) for word in words], asvar)


class IfChangedNode(Node):
    child_nodelists = ("nodelist_true", "nodelist_false")

    def __init__(self, nodelist_true, nodelist_false, *varlist):
        self.nodelist_true, self.nodelist_false, self._varlist = nodelist_true, nodelist_false, varlist

    def render(self, context):
        # What was seen last lives in the loop being run (each run of it starts afresh).
        memory = context.get("forloop") if "forloop" in context else context.render_context.dicts[-1]
        rendered = None if self._varlist else self.nodelist_true.render(context)
        watched = rendered if rendered is not None else [v.resolve(context, ignore_failures=True) for v in self._varlist]
        if memory.get(self, _NOTHING_SEEN) == watched:
            return self.nodelist_false.render(context) if self.nodelist_false else ""
        memory[self] = watched
        return self.nodelist_true.render(context) if rendered is None else rendered


_NOTHING_SEEN = object()


@register.tag
def ifchanged(parser, token):
    watched = [parser.compile_filter(word) for word in token.split_contents()[1:]]
    when_changed = parser.parse(["else", "endifchanged"])
    otherwise = _ending_with(parser, "endifchanged") if parser.next_token().contents == "else" else NodeList()
    return IfChangedNode(when_changed, otherwise, *watched)


# ---- {% filter %}, {% with %} ---------------------------------------------------------------------


class FilterNode(Node):
    def __init__(self, filter_expr, nodelist):
        self.filter_expr, self.nodelist = filter_expr, nodelist

    def render(self, context):
        inside = self.nodelist.render(context)
        with context.push(var=inside):
            return self.filter_expr.resolve(context, ignore_failures=False)


@register.tag("filter")
def do_filter(parser, token):
    rest = token.contents.split(None, 1)[1:]
    expression = parser.compile_filter("var|%s" % (rest[0] if rest else ""))
    for function, _args in expression.filters:
        name = getattr(function, "_filter_name", None)
        if name in ("escape", "safe"):
            raise TemplateSyntaxError('"filter %s" is not permitted. Use the "autoescape" tag instead.' % name)
    return FilterNode(expression, _ending_with(parser, "endfilter"))


class WithNode(Node):
    def __init__(self, var, name, nodelist, extra_context=None):
        assigned = dict(extra_context or {}, **({name: var} if name else {}))
        vars(self).update(nodelist=nodelist, extra_context=assigned)

    def render(self, context):
        with context.push({name: value.resolve(context) for name, value in self.extra_context.items()}):
            return NodeList.render(self.nodelist, context)


@register.tag("with")
def do_with(parser, token):
    words = token.split_contents()
    rest = words[1:]
    assignments = token_kwargs(rest, parser, support_legacy=True)
    if not assignments:
        raise TemplateSyntaxError("%r expected at least one variable assignment" % words[0])
    if rest:
        raise TemplateSyntaxError("%r received an invalid token: %r" % (words[0], rest[0]))
    return WithNode(None, None, _ending_with(parser, "endwith"), extra_context=assignments)


# ---- {% for %} ------------------------------------------------------------------------------------

# Characters a loop variable may not hold.
_NOT_IN_LOOP_VARIABLE = frozenset(" \"'|")


class ForNode(Node):
    child_nodelists = ("nodelist_loop", "nodelist_empty")

    def __init__(self, loopvars, sequence, is_reversed, nodelist_loop, nodelist_empty=None):
        vars(self).update(loopvars=loopvars, sequence=sequence, is_reversed=is_reversed, nodelist_loop=nodelist_loop,
                          nodelist_empty=nodelist_empty if nodelist_empty is not None else NodeList())

    def __repr__(self):
        shown_reversed = " reversed" if self.is_reversed else ""
        names = ", ".join(self.loopvars)
        return f"<{type(self).__name__}: for {names} in {self.sequence}, tail_len: {len(self.nodelist_loop)}{shown_reversed}>"

    def render(self, context):
        with context.push():
            items = _sized(self.sequence.resolve(context, ignore_failures=True))
            if len(items) == 0:
                return self.nodelist_empty.render(context)
            return mark_safe("".join(self._rounds(context, items)))

    def _rounds(self, context, items):
        total = len(items)
        forloop = {"parentloop": context.get("forloop", {}), "length": total}
        context["forloop"] = forloop
        order = reversed(items) if self.is_reversed else items
        for index, item in enumerate(order):
            left = total - index
            forloop.update(counter0=index, counter=index + 1, revcounter=left, revcounter0=left - 1,
                           first=not index, last=left == 1)
            variables = self._unpacked(item) if len(self.loopvars) > 1 else {self.loopvars[0]: item}
            if len(self.loopvars) > 1:
                context.push(variables)
            else:
                context.dicts[-1].update(variables)
            yield from (str(node.render_annotated(context)) for node in self.nodelist_loop)
            if len(self.loopvars) > 1:
                context.pop()

    def _unpacked(self, item):
        wanted = len(self.loopvars)
        got = len(item) if hasattr(item, "__len__") else 1
        if got != wanted:
            raise ValueError("Need {} values to unpack in for loop; got {}. ".format(wanted, got))
        return dict(zip(self.loopvars, item))


def _sized(values):
    """What {% for %} goes through: nothing for None, a list for what has no len()."""
    if values is None:
        return []
    return values if hasattr(values, "__len__") else list(values)


@register.tag("for")
def do_for(parser, token):
    words = token.split_contents()
    if len(words) < 4:
        raise TemplateSyntaxError("'for' statements should have at least four words: %s" % token.contents)
    backwards = words[-1] == "reversed"
    tail = words[:-1] if backwards else words
    names, keyword, source = tail[1:-2], tail[-2], tail[-1]
    if keyword != "in":
        raise TemplateSyntaxError("'for' statements should use the format 'for x in y': %s" % token.contents)
    loopvars = re.split(r" *, *", " ".join(names))
    if any(not name or _NOT_IN_LOOP_VARIABLE & set(name) for name in loopvars):
        raise TemplateSyntaxError("'for' tag received an invalid argument: %s" % token.contents)
    sequence = parser.compile_filter(source)
    body = parser.parse(["empty", "endfor"])
    when_empty = _ending_with(parser, "endfor") if parser.next_token().contents == "empty" else None
    return ForNode(loopvars, sequence, backwards, body, when_empty)


# ---- {% if %} -------------------------------------------------------------------------------------


class TemplateLiteral(Literal):
    """An operand of {% if %}: a filter expression, false when its variable does not exist."""

    def __init__(self, value, text):
        vars(self).update(value=value, text=text)

    def display(self):
        return vars(self)["text"]

    def eval(self, context):
        expression = self.value
        return expression.resolve(context, True)


class TemplateIfParser(IfParser):
    error_class = TemplateSyntaxError

    def __init__(self, parser, *args, **kwargs):
        vars(self)["template_parser"] = parser
        IfParser.__init__(self, *args, **kwargs)

    def create_var(self, value):
        compiled = self.template_parser.compile_filter(value)
        return TemplateLiteral(compiled, value)


class IfNode(Node):
    def __init__(self, conditions_nodelists):
        vars(self)["conditions_nodelists"] = conditions_nodelists

    def __repr__(self):
        return f"<{type(self).__name__}>"

    def __iter__(self):
        for branch in self.conditions_nodelists:
            yield from branch[1]

    @property
    def nodelist(self):
        return NodeList(node for branch in self.conditions_nodelists for node in branch[1])

    def render(self, context):
        chosen = next((nodes for test, nodes in self.conditions_nodelists if test is None or _holds(test, context)), None)
        return "" if chosen is None else chosen.render(context)


def _holds(condition, context):
    try:
        return condition.eval(context)
    except VariableDoesNotExist:
        return False


_IF_BRANCHES = ("elif", "else", "endif")


def _condition(parser, token):
    return TemplateIfParser(parser, token.split_contents()[1:]).parse()


@register.tag("if")
def do_if(parser, token):
    """{% if %}, any number of {% elif %}, at most one {% else %}, then {% endif %}."""
    branches = []
    while token.contents.split()[0] in ("if", "elif"):
        test = _condition(parser, token)
        branches.append((test, parser.parse(_IF_BRANCHES)))
        token = parser.next_token()
    if token.contents == "else":
        branches.append((None, parser.parse(["endif"])))
        token = parser.next_token()
    if token.contents == "endif":
        return IfNode(branches)
    raise TemplateSyntaxError('Malformed template tag at line {}: "{}"'.format(token.lineno, token.contents))


# ---- {% load %} -----------------------------------------------------------------------------------


class LoadNode(Node):
    def render(self, context):
        return ""


def find_library(parser, name):
    found = parser.libraries.get(name)
    if found is None:
        known = "\n".join(sorted(parser.libraries))
        raise TemplateSyntaxError("'%s' is not a registered tag library. Must be one of:\n%s" % (name, known))
    return found


def load_from_library(library, label, names):
    """A library of only `names` (tags or filters) of `library`."""
    subset = Library()
    for name in names:
        kind = next((kind for kind in ("tags", "filters") if name in getattr(library, kind)), None)
        if kind is None:
            raise TemplateSyntaxError("'%s' is not a valid tag or filter in tag library '%s'" % (name, label))
        getattr(subset, kind)[name] = getattr(library, kind)[name]
    return subset


@register.tag
def load(parser, token):
    """{% load a b %} (whole libraries) or {% load x y from a %} (some of one)."""
    words = token.contents.split()
    picking = len(words) >= 4 and words[-2] == "from"
    if picking:
        parser.add_library(load_from_library(find_library(parser, words[-1]), words[-1], words[1:-2]))
    for name in [] if picking else words[1:]:
        parser.add_library(find_library(parser, name))
    return LoadNode()


# ---- {% now %}, {% widthratio %} ------------------------------------------------------------------


class NowNode(Node):
    def __init__(self, format_string, asvar=None):
        vars(self).update(format_string=format_string, asvar=asvar)

    def render(self, context):
        from django.utils import timezone

        from .defaultfilters import date

        zone = timezone.get_current_timezone() if settings.USE_TZ else None
        return _stored_or_shown(context, self.asvar, date(datetime.now(tz=zone), self.format_string))


@register.tag
def now(parser, token):
    words, asvar = _as_variable(token.split_contents())
    if len(words) != 2:
        raise TemplateSyntaxError("'now' statement takes one argument")
    return NowNode(words[1][1:-1], asvar)


def _ratio(value, maximum, width):
    """round(value / maximum * width) as text: '0' when maximum is 0, '' for what is no number."""
    try:
        return "%d" % round(float(value) / float(maximum) * width)
    except ZeroDivisionError:
        return "0"
    except (ValueError, TypeError, OverflowError):
        return ""


class WidthRatioNode(Node):
    def __init__(self, val_expr, max_expr, max_width, asvar=None):
        vars(self).update(val_expr=val_expr, max_expr=max_expr, max_width=max_width, asvar=asvar)

    def render(self, context):
        try:
            width = self.max_width.resolve(context)
        except VariableDoesNotExist:
            return ""
        try:
            width = int(width)
        except (ValueError, TypeError):
            raise TemplateSyntaxError("widthratio final argument must be a number")
        shown = _ratio(self.val_expr.resolve(context), self.max_expr.resolve(context), width)
        return _stored_or_shown(context, self.asvar, shown)


@register.tag
def widthratio(parser, token):
    words = token.split_contents()
    if len(words) not in (4, 6):
        raise TemplateSyntaxError("widthratio takes at least three arguments")
    if len(words) == 6 and words[4] != "as":
        raise TemplateSyntaxError("Invalid syntax in widthratio tag. Expecting 'as' keyword")
    expressions = [parser.compile_filter(word) for word in words[1:4]]
    return WidthRatioNode(*expressions, asvar=words[5] if len(words) == 6 else None)


# ---- {% url %} ------------------------------------------------------------------------------------


class URLNode(Node):
    def __init__(self, view_name, args, kwargs, asvar):
        vars(self).update(view_name=view_name, args=args, kwargs=kwargs, asvar=asvar)

    def __repr__(self):
        return f"<{type(self).__qualname__} view_name='{self.view_name}' args={self.args!r} kwargs={self.kwargs!r} as={self.asvar!r}>"

    def render(self, context):
        from django.urls import NoReverseMatch, reverse

        positional = [expression.resolve(context) for expression in self.args]
        named = {key: expression.resolve(context) for key, expression in self.kwargs.items()}
        name = self.view_name.resolve(context)
        try:
            address = reverse(name, args=positional, kwargs=named, current_app=_current_app(context))
        except NoReverseMatch:
            if not self.asvar:
                raise
            address = ""  # {% url ... as x %} that does not reverse: x is empty
        if not self.asvar and context.autoescape:
            address = conditional_escape(address)
        return _stored_or_shown(context, self.asvar, address)


def _current_app(context):
    request = getattr(context, "request", None)
    if hasattr(request, "current_app"):
        return request.current_app
    return getattr(getattr(request, "resolver_match", None), "namespace", None)


@register.tag
def url(parser, token):
    words = token.split_contents()
    if len(words) < 2:
        raise TemplateSyntaxError("'%s' takes at least one argument, a URL pattern name." % words[0])
    view_name = parser.compile_filter(words[1])
    arguments, asvar = _as_variable(words[2:])
    args, kwargs = [], {}
    for word in arguments:
        found = kwarg_re.match(word)
        if found is None:
            raise TemplateSyntaxError("Malformed arguments to url tag")
        keyword, expression = found[1], parser.compile_filter(found[2])
        if keyword:
            kwargs[keyword] = expression
        else:
            args.append(expression)
    return URLNode(view_name, args, kwargs, asvar)


# ---- {% querystring %} ----------------------------------------------------------------------------


def _query_updates(mappings):
    """(key, value) of every mapping in turn, refusing what is no mapping or has a key that is
    not a string."""
    from collections.abc import Mapping

    for mapping in mappings:
        if not isinstance(mapping, Mapping):
            raise TemplateSyntaxError("querystring requires mappings for positional arguments (got %r instead)." % mapping)
        for key, value in mapping.items():
            if not isinstance(key, str):
                raise TemplateSyntaxError("querystring requires strings for mapping keys (got %r instead)." % key)
            yield key, value


@register.simple_tag(name="querystring", takes_context=True)
def querystring(context, *args, **kwargs):
    """'?' and the query of request.GET (or of the mappings given), with the keyword arguments
    set over it: None removes a key, a list gives it several values."""
    from collections.abc import Iterable

    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in _query_updates([*(args or [context.request.GET]), kwargs]):
        if value is None:
            query.pop(key, None)
        elif isinstance(value, Iterable) and not isinstance(value, str):
            query.setlist(key, value)
        else:
            query[key] = value
    return "?" + (query.urlencode() if query else "")


# ---- {% regroup %} ----------------------------------------------------------------------------

from collections import namedtuple  # noqa: E402
from itertools import groupby  # noqa: E402

GroupedResult = namedtuple("GroupedResult", ["grouper", "list"])


class RegroupNode(Node):
    """Sets `var_name` to the items of `target` in runs sharing one value of `expression`
    (`var_name.attribute|filters`, read with each item put in the context as `var_name`)."""

    def __init__(self, target, expression, var_name):
        self.target, self.expression, self.var_name = target, expression, var_name

    def _key(self, context, item):
        context[self.var_name] = item
        return self.expression.resolve(context, ignore_failures=True)

    def render(self, context):
        items = self.target.resolve(context, ignore_failures=True)
        runs = [] if items is None else groupby(items, lambda item: self._key(context, item))
        context[self.var_name] = [GroupedResult(grouper=key, list=list(run)) for key, run in runs]
        return ""


@register.tag
def regroup(parser, token):
    words = token.split_contents()
    if len(words) != 6:
        raise TemplateSyntaxError("'regroup' tag takes five arguments")
    if words[2] != "by":
        raise TemplateSyntaxError("second argument to 'regroup' tag must be 'by'")
    if words[4] != "as":
        raise TemplateSyntaxError("next-to-last argument to 'regroup' tag must be 'as'")
    name = words[5]
    return RegroupNode(parser.compile_filter(words[1]), parser.compile_filter(f"{name}.{words[3]}"), name)


# ---- {% lorem %} and {% debug %} ----------------------------------------------------------------


def _is_whole_number(value):
    try:
        int(value)
    except (ValueError, TypeError):
        return False
    return True


class LoremNode(Node):
    def __init__(self, count, method, common):
        self.count, self.method, self.common = count, method, common

    def render(self, context):
        from django.utils import lorem_ipsum

        asked = self.count.resolve(context)
        count = int(asked) if _is_whole_number(asked) else 1
        if self.method == "w":
            return lorem_ipsum.words(count, common=self.common)
        shown = lorem_ipsum.paragraphs(count, common=self.common)
        return "\n\n".join(f"<p>{text}</p>" for text in shown) if self.method == "p" else "\n\n".join(shown)


@register.tag
def lorem(parser, token):
    """{% lorem [count] [w|p|b] [random] %}: placeholder words or paragraphs."""
    words = token.split_contents()
    tag_name, rest = words[0], words[1:]
    common = rest[-1:] != ["random"]
    rest = rest if common else rest[:-1]
    method = rest.pop() if rest[-1:] and rest[-1] in ("w", "p", "b") else "b"
    count = rest.pop() if rest else "1"
    if rest:
        raise TemplateSyntaxError("Incorrect format for %r tag" % tag_name)
    return LoremNode(parser.compile_filter(count), method, common)


class DebugNode(Node):
    """With DEBUG, the context's dictionaries and the loaded modules, pretty-printed."""

    def render(self, context):
        import sys
        from pprint import pformat

        from django.utils.html import escape

        layers = [pformat(layer) for layer in context] if settings.DEBUG else None
        return "".join(map(escape, layers)) + "\n\n" + escape(pformat(sys.modules)) if layers is not None else ""


@register.tag
def debug(parser, token):
    return DebugNode()
