"""Template inheritance and inclusion: {% block %}, {% extends %} and {% include %}.

A template that extends another renders its parent, whose blocks are replaced by the child's
of the same name. While a chain of templates renders, a `BlockContext` lists, for each block
name, its definitions from the most derived template up to the root; a block renders the
first of them, and `{{ block.super }}` in a definition renders the next one.
"""

import posixpath

from django.utils.safestring import mark_safe

from .base import Node, Template, TemplateSyntaxError, TextNode, Variable, token_kwargs
from .library import Library

register = Library()

BLOCK_CONTEXT_KEY = "block_context"


class BlockContext:
    def __init__(self):
        self.blocks = {}  # name -> [the most derived definition, ..., the root's]

    def __repr__(self):
        return f"<{type(self).__qualname__}: blocks={self.blocks!r}>"

    def add_blocks(self, blocks):
        """Definitions of the next template up the chain (each later call is an ancestor)."""
        for name in blocks:
            self.blocks.setdefault(name, []).append(blocks[name])

    def definitions(self, name):
        return self.blocks.get(name) or []

    def get_block(self, name):
        found = self.definitions(name)
        return found[0] if found else None


class BlockNode(Node):
    _depth = 0  # which definition of the chain this one is (0: the most derived)

    def __init__(self, name, nodelist, parent=None):
        vars(self).update(name=name, nodelist=nodelist, parent=parent)

    def __repr__(self):
        return f"<Block Node: {self.name}. Contents: {self.nodelist!r}>"

    def render(self, context):
        return self._render_definition(context, 0)

    def _render_definition(self, context, depth):
        chain = context.render_context.get(BLOCK_CONTEXT_KEY)
        definitions = chain.definitions(self.name) if chain is not None else []
        if chain is None:  # outside an inheritance: the block is its own content
            shown = self
        else:
            chosen = definitions[depth] if depth < len(definitions) else self
            shown = type(self)(chosen.name, chosen.nodelist)
            vars(shown).update(context=context, _depth=depth)
        with context.push(block=shown):
            return shown.nodelist.render(context)

    def super(self):
        """The next definition up the chain, rendered ('' at the root)."""
        context = vars(self).get("context")
        if context is None:
            raise TemplateSyntaxError("'%s' object has no attribute 'context'. Did you use {{ block.super }} in a "
                                      "base template?" % type(self).__name__)
        chain = context.render_context.get(BLOCK_CONTEXT_KEY)
        if chain is None or len(chain.definitions(self.name)) <= self._depth + 1:
            return ""
        return mark_safe(self._render_definition(context, self._depth + 1))


class ExtendsNode(Node):
    must_be_first = True
    context_key = "extends_context"

    def __init__(self, nodelist, parent_name, template_dirs=None):
        vars(self).update(nodelist=nodelist, parent_name=parent_name, template_dirs=template_dirs,
                          blocks={block.name: block for block in nodelist.get_nodes_by_type(BlockNode)})

    def __repr__(self):
        return f"<{type(self).__name__}: extends {self.parent_name.token}>"

    def find_template(self, template_name, context):
        """The parent, never one the chain went through already (so a template may extend
        another of the same name, found by a later loader or folder)."""
        went_through = context.render_context.setdefault(self.context_key, [self.origin])
        found, origin = context.template.engine.find_template(template_name, skip=went_through)
        went_through.append(origin)
        return found

    def get_parent(self, context):
        expression = self.parent_name
        named = expression.resolve(context)
        if not named:
            why = "Invalid template name in 'extends' tag: %r." % named
            if expression.filters or isinstance(expression.var, Variable):
                why += " Got this from the '%s' variable." % expression.token
            raise TemplateSyntaxError(why)
        for compiled in (named, getattr(named, "template", None)):  # a Template, or a backend's
            if isinstance(compiled, Template):
                return compiled
        return self.find_template(named, context)

    def render(self, context):
        parent = self.get_parent(context)
        chain = context.render_context.setdefault(BLOCK_CONTEXT_KEY, BlockContext())
        chain.add_blocks(self.blocks)
        first_tag = next((node for node in parent.nodelist if not isinstance(node, TextNode)), None)
        if not isinstance(first_tag, ExtendsNode):  # the root: its blocks end every chain
            chain.add_blocks({block.name: block for block in parent.nodelist.get_nodes_by_type(BlockNode)})
        with context.render_context.push_state(parent, isolated_context=False):
            return parent._render(context)


class IncludeNode(Node):
    context_key = "__include_context"

    def __init__(self, template, *args, extra_context=None, isolated_context=False, **kwargs):
        vars(self).update(template=template, extra_context=extra_context or {}, isolated_context=isolated_context)

    def __repr__(self):
        return f"<{type(self).__qualname__}: template={self.template!r}>"

    def render(self, context):
        included = self._template(context)
        values = {key: expression.resolve(context) for key, expression in self.extra_context.items()}
        if not self.isolated_context:
            with context.push(values):
                return included.render(context)
        return included.render(context.new(values))

    def _template(self, context):
        named = self.template.resolve(context)
        if callable(getattr(named, "render", None)):
            return getattr(named, "template", named)  # a backend's template: its engine's one
        names = tuple([named] if isinstance(named, str) else named or ())
        # Each {% include %} finds its template once per rendering (in a loop, for example).
        found_by_names = context.render_context.setdefault(self, {})
        if names not in found_by_names:
            found_by_names[names] = context.template.engine.select_template(names)
        return found_by_names[names]


@register.tag("block")
def do_block(parser, token):
    words = token.contents.split()
    if len(words) != 2:
        raise TemplateSyntaxError("'%s' tag takes only one argument" % words[0])
    tag, name = words
    seen = parser.extra_data.setdefault("block_names", set())
    if name in seen:
        raise TemplateSyntaxError("'%s' tag with name '%s' appears more than once" % (tag, name))
    seen.add(name)
    inside = parser.parse(["endblock"])
    # {% endblock %} or {% endblock name %}: another name is not this block's end.
    end, acceptable = parser.next_token(), ("endblock", "endblock " + name)
    if end.contents not in acceptable:
        parser.invalid_block_tag(end, "endblock", acceptable)
    return BlockNode(name, inside)


def construct_relative_path(current_template_name, relative_name, allow_recursion=False):
    """A name starting with ./ or ../ (in quotes) made relative to the current template's."""
    text = relative_name.strip("'\"")
    if not text.startswith(("./", "../")):
        return relative_name
    if current_template_name is None:
        raise TemplateSyntaxError(f"The relative path {relative_name} cannot be evaluated due to an unknown "
                                  "template origin.")
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(current_template_name.lstrip("/")), text))
    if joined.startswith("../"):
        raise TemplateSyntaxError("The relative path '%s' points outside the file hierarchy that template '%s' is in."
                                  % (relative_name, current_template_name))
    if not allow_recursion and current_template_name.lstrip("/") == joined:
        raise TemplateSyntaxError("The relative path '%s' was translated to template name '%s', the same template "
                                  "in which the tag appears." % (relative_name, current_template_name))
    quote = relative_name[0] if relative_name[0] in "'\"" else ""
    return f"{quote}{joined}{quote}"


@register.tag("extends")
def do_extends(parser, token):
    words = token.split_contents()
    if len(words) != 2:
        raise TemplateSyntaxError("'%s' takes one argument" % words[0])
    parent_name = parser.compile_filter(construct_relative_path(parser.origin.template_name, words[1]))
    rest = parser.parse()
    if rest.get_nodes_by_type(ExtendsNode):
        raise TemplateSyntaxError("'%s' cannot appear more than once in the same template" % words[0])
    return ExtendsNode(rest, parent_name)


def _include_options(tag, parser, words):
    """{"with": {name: expression}, "only": True}, from what follows the template's name."""
    chosen = {}
    while words:
        option = words.pop(0)
        if option in chosen:
            raise TemplateSyntaxError("The %r option was specified more than once." % option)
        if option not in ("with", "only"):
            raise TemplateSyntaxError("Unknown argument for %r tag: %r." % (tag, option))
        chosen[option] = token_kwargs(words, parser, support_legacy=False) if option == "with" else True
        if chosen[option] == {}:
            raise TemplateSyntaxError('"with" in %r tag needs at least one keyword argument.' % tag)
    return chosen


@register.tag("include")
def do_include(parser, token):
    words = token.split_contents()
    if len(words) < 2:
        raise TemplateSyntaxError("%r tag takes at least one argument: the name of the template to be included."
                                  % words[0])
    chosen = _include_options(words[0], parser, words[2:])
    name = construct_relative_path(parser.origin.template_name, words[1], allow_recursion=True)
    return IncludeNode(parser.compile_filter(name), extra_context=chosen.get("with", {}),
                       isolated_context=chosen.get("only", False))
