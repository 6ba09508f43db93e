"""The Django template language: from a template's text to nodes, and nodes to output.

Reading a template goes in two steps. `Lexer` cuts the text into tokens: plain text,
`{{ variable }}`, `{% tag %}` and `{# comment #}` (inside `{% verbatim %}` everything is text).
`Parser` turns the tokens into a `NodeList`: text and variables by itself, tags through the
compile function each tag library registered under the tag's name. Rendering asks every node
for its text in a `Context`.

A variable is a `FilterExpression`: a `Variable` (a literal, or a path of lookups such as
`user.name`) and the filters applied to it. Lookups try, for each part, a key, an attribute,
then a list index; a callable met on the way is called (see `_lookup_part`).
"""

import inspect
import re
from enum import Enum

from django.template.context import BaseContext
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, SafeString, mark_safe
from ._text import get_text_list, smart_split, unescape_string_literal

from .exceptions import TemplateSyntaxError

UNKNOWN_SOURCE = "<unknown source>"

FILTER_SEPARATOR = "|"
FILTER_ARGUMENT_SEPARATOR = ":"
VARIABLE_ATTRIBUTE_SEPARATOR = "."
BLOCK_TAG_START, BLOCK_TAG_END = "{%", "%}"
VARIABLE_TAG_START, VARIABLE_TAG_END = "{{", "}}"
COMMENT_TAG_START, COMMENT_TAG_END = "{#", "#}"
SINGLE_BRACE_START, SINGLE_BRACE_END = "{", "}"

# A tag never spans lines: `.` does not match a newline.
tag_re = re.compile("(%s)" % "|".join(re.escape(start) + ".*?" + re.escape(end) for start, end in (
    (BLOCK_TAG_START, BLOCK_TAG_END), (VARIABLE_TAG_START, VARIABLE_TAG_END), (COMMENT_TAG_START, COMMENT_TAG_END))))


class TokenType(Enum):
    TEXT = 0
    VAR = 1
    BLOCK = 2
    COMMENT = 3


class VariableDoesNotExist(Exception):
    def __init__(self, msg, params=()):
        self.msg, self.params = msg, params

    def __str__(self):
        return self.msg % tuple(self.params)


# ---- where a template comes from ---------------------------------------------------------------


class Origin:
    """Where a template comes from: `name` (a path, for the file loaders), the name it was
    asked for, and the loader that found it. Two origins are equal when they have the same
    name and loader (what {% extends %} compares to avoid recursion)."""

    def __init__(self, name, template_name=None, loader=None):
        self.name, self.template_name, self.loader = name, template_name, loader

    def __str__(self):
        return str(self.name)

    def __repr__(self):
        return f"<{type(self).__qualname__} name={self.name!r}>"

    def __eq__(self, other):
        return isinstance(other, Origin) and (self.name, self.loader) == (other.name, other.loader)

    __hash__ = None

    @property
    def loader_name(self):
        """The dotted path of the loader's class, or None."""
        if self.loader is not None:
            loader_class = type(self.loader)
            return ".".join((loader_class.__module__, loader_class.__qualname__))
        return None


# ---- templates ---------------------------------------------------------------------------------


class Template:
    """A compiled template: its source, origin, name and engine (the default one when none is
    given, as `Template("...")` in Django), and the nodes its source compiled to."""

    def __init__(self, template_string, origin=None, name=None, engine=None):
        from .engine import Engine

        vars(self).update(source=str(template_string), origin=origin or Origin(UNKNOWN_SOURCE), name=name,
                          engine=engine or Engine.get_default())
        vars(self)["nodelist"] = self.compile_nodelist()

    def __repr__(self):
        return f'<{type(self).__qualname__} template_string="{self.source[:20]}...">'

    def __iter__(self):
        for node in self.nodelist:
            yield from node

    def compile_nodelist(self):
        """The nodes of the source. A syntax error in a template that came from a file names
        it ("Template: /path/page.html, Unclosed tag..."; `raw_error_message` keeps the bare
        message for the DEBUG page); with engine.debug it also carries `template_debug`."""
        lexer = (DebugLexer if self.engine.debug else Lexer)(self.source)
        libraries, builtins = self.engine.template_libraries, self.engine.template_builtins
        try:
            return Parser(lexer.tokenize(), libraries, builtins, self.origin).parse()
        except Exception as failure:
            if self.engine.debug and getattr(failure, "token", None) is not None:
                failure.template_debug = self.get_exception_info(failure, failure.token)
            if isinstance(failure, TemplateSyntaxError) and failure.args and self.origin.name != UNKNOWN_SOURCE:
                failure.raw_error_message = failure.args[0]
                failure.args = (f"Template: {self.origin.name}, {failure.args[0]}", *failure.args[1:])
            raise

    def get_exception_info(self, exception, token):
        """Where in the source `token` is, as the DEBUG page's "Template error" shows it: the
        line (1-based), the text before, of and after the token on it, up to ten lines around
        it as (number, text) pairs (`top` to `bottom`, of `total` counting a line 0), the
        template's name, and the exception's message."""
        start, end = token.position or (0, 0)
        starts = [0] + [at + 1 for at, char in enumerate(self.source) if char == "\n"]
        ends = starts[1:] + [len(self.source) + 1]
        lines = [(0, "")] + [(number, self.source[begin:stop]) for number, (begin, stop) in enumerate(zip(starts, ends), 1)]
        holding = [number for number, (begin, stop) in enumerate(zip(starts, ends), 1) if begin <= start and end <= stop]
        line = holding[-1] if holding else 0
        line_start, line_end = (starts[line - 1], ends[line - 1]) if line else (0, 0)
        top, bottom = max(1, line - 10), min(len(lines), line + 11)
        try:
            message = str(exception.args[0])
        except (IndexError, UnicodeDecodeError):
            message = "(Could not get exception message)"
        return {
            "message": message, "source_lines": lines[top:bottom],
            "before": self.source[line_start:start] if line else "", "during": self.source[start:end] if line else "",
            "after": self.source[end:line_end] if line else "",
            "top": top, "bottom": bottom, "total": len(lines), "line": line, "name": self.origin.name,
            "start": start, "end": end,
        }

    def _render(self, context):
        return NodeList.render(self.nodelist, context)

    def render(self, context):
        """The template's output in `context` (a Context: the backend's Template takes a dict)."""
        with context.render_context.push_state(self):
            if context.template is not None:  # an included or parent template: already bound
                return self._render(context)
            with context.bind_template(self):
                context.template_name = self.name
                output = self._render(context)
            return output


# ---- lexing ------------------------------------------------------------------------------------


class Token:
    def __init__(self, token_type, contents, position=None, lineno=None):
        self.token_type, self.contents, self.position, self.lineno = token_type, contents, position, lineno

    def __repr__(self):
        shown = self.contents[:20].replace("\n", "")
        return f'<{self.token_type.name.title()} token: "{shown}...">'

    def split_contents(self):
        """The tag's words; a quoted string (spaces and all) stays one word."""
        return list(smart_split(self.contents))


_KIND_OF_TAG = {VARIABLE_TAG_START: TokenType.VAR, BLOCK_TAG_START: TokenType.BLOCK, COMMENT_TAG_START: TokenType.COMMENT}


class Lexer:
    def __init__(self, template_string):
        # verbatim: inside {% verbatim %}, the end tag that closes it.
        vars(self).update(template_string=template_string, verbatim=False)

    def __repr__(self):
        return f'<{type(self).__qualname__} template_string="{self.template_string[:20]}...", verbatim={self.verbatim}>'

    def tokenize(self):
        tokens, lineno = [], 1
        for index, piece in enumerate(tag_re.split(self.template_string)):
            if piece:
                tokens.append(self.create_token(piece, None, lineno, in_tag=index % 2 == 1))
            lineno += piece.count("\n")
        return tokens

    def create_token(self, token_string, position, lineno, in_tag):
        kind = _KIND_OF_TAG[token_string[:2]] if in_tag else TokenType.TEXT
        inside = token_string[2:-2].strip()
        closing_verbatim = kind is TokenType.BLOCK and inside == self.verbatim
        if kind is TokenType.TEXT or (self.verbatim and not closing_verbatim):
            return Token(TokenType.TEXT, token_string, position, lineno)
        if closing_verbatim:
            vars(self)["verbatim"] = False
        elif kind is TokenType.BLOCK and (inside == "verbatim" or inside.startswith("verbatim ")):
            vars(self)["verbatim"] = "end" + inside
        return Token(kind, inside if kind is not TokenType.COMMENT else "", position, lineno)


class DebugLexer(Lexer):
    """The Lexer that also records each token's (start, end) in the source."""

    def tokenize(self):
        tokens, lineno, start = [], 1, 0
        for index, piece in enumerate(tag_re.split(self.template_string)):
            if piece:
                tokens.append(self.create_token(piece, (start, start + len(piece)), lineno, in_tag=index % 2 == 1))
            start += len(piece)
            lineno += piece.count("\n")
        return tokens


# ---- parsing -----------------------------------------------------------------------------------


class Parser:
    def __init__(self, tokens, libraries=None, builtins=None, origin=None):
        # The next token is the last: taking one pops it.
        vars(self).update(tokens=tokens[::-1], tags={}, filters={}, command_stack=[], libraries=libraries or {},
                          origin=origin or Origin(UNKNOWN_SOURCE), extra_data={})
        for library in builtins or ():
            self.add_library(library)

    def __repr__(self):
        return f"<{type(self).__qualname__} tokens={self.tokens!r}>"

    def parse(self, parse_until=None):
        """Nodes up to the first block tag named in `parse_until` (left as the next token), or
        to the end of the template when it is None."""
        parse_until = tuple(parse_until or ())
        compiled = NodeList()
        while self.tokens:
            token = self.tokens.pop()
            node = self._node_of(token, parse_until)
            if node is _STOP:
                self.tokens.append(token)
                return compiled
            if node is None:
                continue
            self.extend_nodelist(compiled, node, token)
            if token.token_type is TokenType.BLOCK:
                del self.command_stack[-1]  # compiled: no longer open
        if parse_until:
            self.unclosed_block_tag(parse_until)
        return compiled

    def _node_of(self, token, parse_until):
        """The node of one token (None for a comment, _STOP for an end tag looked for)."""
        kind = token.token_type
        if kind is TokenType.TEXT:
            return TextNode(token.contents)
        if kind is TokenType.COMMENT:
            return None
        if kind is TokenType.VAR:
            return self._variable_node(token)
        command = (token.contents.split() or [None])[0]
        if command is None:
            raise self.error(token, "Empty block tag on line %d" % token.lineno)
        if command in parse_until:
            return _STOP
        self.command_stack += [(command, token)]
        compile_function = self.tags.get(command) or self.invalid_block_tag(token, command, parse_until)
        try:
            return compile_function(self, token)
        except Exception as failure:
            raise self.error(token, failure)

    def _variable_node(self, token):
        if token.contents == "":
            raise self.error(token, "Empty variable tag on line %d" % token.lineno)
        try:
            return VariableNode(self.compile_filter(token.contents))
        except TemplateSyntaxError as bad:
            raise self.error(token, bad)

    def skip_past(self, endtag):
        """Drop tokens up to and including the block tag whose contents are `endtag`."""
        while self.tokens:
            taken = self.tokens.pop()
            if taken.token_type is TokenType.BLOCK and taken.contents == endtag:
                return
        self.unclosed_block_tag([endtag])

    def extend_nodelist(self, nodelist, node, token):
        if node.must_be_first and nodelist.contains_nontext:
            where = repr(self.origin.template_name) if self.origin.template_name else "the template"
            raise self.error(token, "{%% %s %%} must be the first tag in %s." % (token.contents, where))
        nodelist.contains_nontext = nodelist.contains_nontext or not isinstance(node, TextNode)
        node.token, node.origin = token, self.origin
        nodelist += [node]

    def error(self, token, e):
        """`e` (a message or an exception) as the exception to raise, marked with the token it
        came from (the innermost one, when tags nest)."""
        exc = e if isinstance(e, Exception) else TemplateSyntaxError(e)
        if not hasattr(exc, "token"):
            exc.token = token
        return exc

    def invalid_block_tag(self, token, command, parse_until=None):
        expected = ""
        if parse_until:
            expected = ", expected " + get_text_list(["'%s'" % name for name in parse_until], "or")
        raise self.error(token, "Invalid block tag on line %d: '%s'%s. Did you forget to register or load this tag?"
                         % (token.lineno, command, expected))

    def unclosed_block_tag(self, parse_until):
        command, opening = self.command_stack.pop()
        raise self.error(opening, "Unclosed tag on line %d: '%s'. Looking for one of: %s."
                         % (opening.lineno, command, ", ".join(parse_until)))

    def next_token(self):
        return self.tokens.pop(-1)

    def prepend_token(self, token):
        self.tokens += [token]

    def delete_first_token(self):
        self.tokens.pop(-1)

    def add_library(self, lib):
        vars(self)["tags"] = {**self.tags, **lib.tags}
        vars(self)["filters"] = {**self.filters, **lib.filters}

    def compile_filter(self, token):
        return FilterExpression(token, parser=self)

    def find_filter(self, filter_name):
        if filter_name not in self.filters:
            raise TemplateSyntaxError("Invalid filter: '%s'" % filter_name)
        return self.filters[filter_name]


_STOP = object()  # what _node_of gives for an end tag the caller is looking for


# ---- filter expressions: a variable and its filters --------------------------------------------

_STRING = r"""(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|_\("[^"\\]*(?:\\.[^"\\]*)*"\)|_\('[^'\\]*(?:\\.[^'\\]*)*'\))"""
_NAME_CHARS = r"[\w.+-]+"
_START = re.compile(rf"(?P<constant>{_STRING})|(?P<var>{_NAME_CHARS})")
_FILTER = re.compile(rf"\s*\|\s*(?P<name>\w+)(?::(?:(?P<constant>{_STRING})|(?P<var>{_NAME_CHARS})))?")


class FilterExpression:
    """`value|filter:arg|filter`: what `{{ }}` and most tags' arguments are."""

    def __init__(self, token, parser):
        start = _START.match(token)
        operand = None if start is None else _operand(start["constant"], start["var"])
        at = 0 if start is None else start.end()
        applied = []
        while at < len(token):
            found = _FILTER.match(token, at)
            if found is None:
                self._refuse_rest(token, at)
            if start is None:
                raise TemplateSyntaxError("Could not find variable at start of %s." % token)
            applied.append(self._filter_of(found, parser))
            at = found.end()
        vars(self).update(token=token, var=operand, filters=applied, is_var=isinstance(operand, Variable))

    @staticmethod
    def _refuse_rest(token, at):
        later = _FILTER.search(token, at)
        if later is not None:
            raise TemplateSyntaxError("Could not parse some characters: %s|%s|%s" % (token[:at], token[at:later.start()], token[later.start():]))
        raise TemplateSyntaxError("Could not parse the remainder: '%s' from '%s'" % (token[at:], token))

    @staticmethod
    def _filter_of(found, parser):
        function = parser.find_filter(found["name"])
        args = []
        if found["constant"] is not None:
            args.append((False, Variable(found["constant"]).resolve({})))
        elif found["var"] is not None:
            args.append((True, Variable(found["var"])))
        FilterExpression.args_check(found["name"], function, args)
        return function, args

    def resolve(self, context, ignore_failures=False):
        """The value, filtered. A variable that does not exist is None with
        `ignore_failures`; otherwise the engine's string_if_invalid: filtered when it is empty,
        shown as it is (with the variable's name for a %s in it) when it is not."""
        value = self.var
        if self.is_var:
            try:
                value = self.var.resolve(context)
            except VariableDoesNotExist:
                placeholder = None if ignore_failures else context.template.engine.string_if_invalid
                if placeholder:
                    return placeholder % self.var if "%s" in placeholder else placeholder
                value = placeholder
        for function, args in self.filters:
            value = _apply_filter(function, args, value, context)
        return value

    @staticmethod
    def args_check(name, func, provided):
        """Refuse a filter given more or fewer arguments than its function takes."""
        spec = inspect.getfullargspec(inspect.unwrap(func))
        given, takes, optional = len(provided) + 1, len(spec.args), len(spec.defaults or ())
        if not takes - optional <= given <= takes:
            raise TemplateSyntaxError("%s requires %d arguments, %d provided" % (name, takes - optional, given))
        return True

    def __str__(self):
        return vars(self)["token"]

    def __repr__(self):
        return f"<{type(self).__qualname__} {self.token!r}>"


def _operand(constant, name):
    """The value of a literal string, or the Variable of a name or number."""
    if constant is not None:
        return Variable(constant).resolve({})
    return Variable(name)


def _apply_filter(function, args, value, context):
    """function(value, argument): told whether autoescaping is on when it asks; its result
    safe when the value was and the filter keeps safety (is_safe)."""
    arguments = [arg.resolve(context) if is_variable else arg for is_variable, arg in args]
    options = {"autoescape": context.autoescape} if getattr(function, "needs_autoescape", False) else {}
    if getattr(function, "expects_localtime", False):
        from django.utils.timezone import template_localtime

        value = template_localtime(value, context.use_tz)
    filtered = function(value, *arguments, **options)
    keeps_safety = isinstance(value, SafeData) and getattr(function, "is_safe", False)
    return mark_safe(filtered) if keeps_safety else filtered


# ---- variables ---------------------------------------------------------------------------------


class Variable:
    """A literal (`"text"`, `1`, `2.5`) or a path of lookups in the context (`user.name`)."""

    def __init__(self, var):
        if type(var) is not str and not isinstance(var, str):
            raise TypeError("Variable must be a string or number, got %s" % type(var))
        vars(self).update(var=var, literal=None, lookups=None, translate=False, message_context=None)
        number = _number(var)
        if number is not None:
            vars(self)["literal"] = number
            return
        text = var
        if text.startswith("_(") and text.endswith(")"):
            vars(self)["translate"], text = True, text[2:-1]
        quoted = text[:1] in ("'", '"') and text[-1] == text[0]
        if quoted:
            vars(self)["literal"] = mark_safe(unescape_string_literal(text))
            return
        vars(self)["lookups"] = _lookups_of(text)

    def resolve(self, context):
        value = self.literal if self.lookups is None else self._resolve_lookup(context)
        if not self.translate:
            return value
        from django.utils.translation import gettext

        translated = gettext(value.replace("%", "%%"))
        return mark_safe(translated) if isinstance(self.literal, SafeData) else translated

    def __repr__(self):
        return f"<{type(self).__qualname__}: {self.var!r}>"

    def __str__(self):
        return vars(self)["var"]

    def _resolve_lookup(self, context):
        found = context
        try:
            for part in self.lookups:
                found = _lookup_part(found, part)
                found = _called(found, context) if callable(found) else found
        except Exception as failure:
            if not getattr(failure, "silent_variable_failure", False):
                raise
            found = context.template.engine.string_if_invalid
        return found


def _lookups_of(text):
    """('user', 'name') for 'user.name', refusing what cannot be a variable's name."""
    if text.startswith("_") or "._" in text:
        raise TemplateSyntaxError("Variables and attributes may not begin with underscores: '%s'" % text)
    sign = next((sign for sign in "+-" if sign in text), None)
    if sign:
        raise TemplateSyntaxError("Invalid character ('%s') in variable name: '%s'" % (sign, text))
    return tuple(text.split(VARIABLE_ATTRIBUTE_SEPARATOR))


def _number(text):
    """The int or float `text` spells, or None (a trailing '.' is no number: "1." is a lookup)."""
    try:
        if "." not in text and "e" not in text.lower():
            return int(text)
        return None if text.endswith(".") else float(text)
    except ValueError:
        return None


def _by_key(current, part):
    return current[part]


def _by_attribute(current, part):
    if isinstance(current, BaseContext) and getattr(type(current), part, None) is not None:
        raise _Miss  # a Context's own methods are not variables
    try:
        return getattr(current, part)
    except (TypeError, AttributeError):
        if not isinstance(current, BaseContext) and part in dir(current):
            raise  # the attribute is there but failed: that is an error, not a miss
        raise _Miss from None


def _by_index(current, part):
    return current[int(part)]


class _Miss(Exception):
    pass


# The ways one part of a variable is looked up, in order, and the exceptions that mean "not
# this way". An exception not listed is the object's own error and is raised.
_LOOKUPS = (
    (_by_key, (TypeError, AttributeError, KeyError, ValueError, IndexError)),
    (_by_attribute, (_Miss,)),
    (_by_index, (IndexError, ValueError, KeyError, TypeError)),
)


def _lookup_part(current, part):
    for lookup, misses in _LOOKUPS:
        try:
            return lookup(current, part)
        except misses:
            continue
    raise VariableDoesNotExist("Failed lookup for key [%s] in %r", (part, current))


def _called(function, context):
    """What a callable met in a lookup becomes: itself (do_not_call_in_templates), nothing
    (alters_data, or arguments needed), or what calling it returns."""
    if getattr(function, "do_not_call_in_templates", False):
        return function
    if getattr(function, "alters_data", False):
        return context.template.engine.string_if_invalid
    try:
        return function()
    except TypeError:
        try:
            inspect.signature(function).bind()
        except TypeError:  # it needs arguments: a template cannot give any
            return context.template.engine.string_if_invalid
        raise


# ---- nodes -------------------------------------------------------------------------------------


class Node:
    must_be_first = False  # {% extends %}: nothing but text may come before it
    child_nodelists = ("nodelist",)  # the attributes holding the nodes inside this one
    token = None
    origin = None

    def render(self, context):
        """The node's text in `context`."""
        pass

    def render_annotated(self, context):
        """render(), and with engine.debug an exception it raises told where in the template it
        happened (`template_debug`), by the innermost node of the template being rendered."""
        try:
            return type(self).render(self, context)
        except Exception as failure:
            template = context.render_context.template
            if template is None or not template.engine.debug:
                raise
            if not hasattr(failure, "_culprit_node"):
                failure._culprit_node = self
            culprit = failure._culprit_node
            if not hasattr(failure, "template_debug") and template.origin == culprit.origin and culprit.token:
                failure.template_debug = template.get_exception_info(failure, culprit.token)
            raise

    def get_nodes_by_type(self, nodetype):
        """This node, if of `nodetype`, and every such node below it."""
        inner = [getattr(self, name, None) for name in self.child_nodelists]
        below = [found for nodes in inner if nodes for found in nodes.get_nodes_by_type(nodetype)]
        return [self, *below] if isinstance(self, nodetype) else below

    def __iter__(self):
        yield self


class NodeList(list):
    contains_nontext = False  # set once a node other than text is added

    def render(self, context):
        return SafeString("".join([str(node.render_annotated(context)) for node in self]))

    def get_nodes_by_type(self, nodetype):
        return [found for node in self for found in node.get_nodes_by_type(nodetype)]


class TextNode(Node):
    child_nodelists = ()

    def __init__(self, s):
        vars(self)["s"] = s

    def __repr__(self):
        return f"<{type(self).__qualname__}: {self.s[:25]!r}>"

    def render(self, context):
        return vars(self)["s"]

    render_annotated = render


class VariableNode(Node):
    child_nodelists = ()

    def __init__(self, filter_expression):
        vars(self)["filter_expression"] = filter_expression

    def __repr__(self):
        return f"<Variable Node: {self.filter_expression}>"

    def render(self, context):
        try:
            value = self.filter_expression.resolve(context)
        except UnicodeDecodeError:
            return ""  # bytes that are not UTF-8 show as nothing
        return render_value_in_context(value, context)


def render_value_in_context(value, context):
    """`value` as text in `context`: localized, and escaped when autoescaping is on."""
    from django.utils.formats import localize
    from django.utils.timezone import template_localtime

    shown = localize(template_localtime(value, use_tz=context.use_tz), use_l10n=context.use_l10n)
    if not isinstance(shown, str):
        shown = str(shown)
    return conditional_escape(shown) if context.autoescape else "%s" % shown


# ---- keyword arguments of tags: `name=value` (or the old `value as name`) ----------------------

kwarg_re = re.compile(r"(?:(\w+)=)?(.+)")


def _keyword(word):
    found = kwarg_re.match(word)
    return (found[1], found[2]) if found and found[1] else None


def token_kwargs(bits, parser, support_legacy=False):
    """{name: FilterExpression} from the leading `name=value` words of `bits`, which are
    removed from it; with `support_legacy`, also `value as name [and value as name...]`."""
    found = {}
    if bits and _keyword(bits[0]):
        while bits and _keyword(bits[0]):
            name, expression = _keyword(bits.pop(0))
            found[name] = parser.compile_filter(expression)
        return found
    # The old form: value as name, joined by `and`.
    while support_legacy and bits[1:2] == ["as"] and len(bits) >= 3:
        expression, _as, name = bits[:3]
        del bits[:3]
        found[name] = parser.compile_filter(expression)
        if not bits or bits[0] != "and":
            break
        del bits[0]
    return found
