"""Write python-case inputs for the templates area: django.utils.functional, module_loading,
and the template API a reader's code reaches (engines, Engine, Library, loader, responses).

    python3 tools/oracle/generators/templates_python.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/python/templates-*.json

Every snippet leaves a JSON value in `result` (or raises); nothing in it may depend on an
object's address or on the interpreter's version.
"""

import json
import os
import textwrap

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "python")

SETUP = """from django.conf import settings
settings.configure(**{options})
import django
django.setup()
"""

LIBRARY = "from django import template\n\nregister = template.Library()\n"
DT = "django.template.backends.django.DjangoTemplates"


def configured(options, code):
    return SETUP.format(options=options) + (code if code.startswith(OUTCOME) else textwrap.dedent(code))


CASES = {}


def case(slug, description, code, files=None):
    CASES[slug] = {
        "kind": "python",
        "description": description,
        "files": {"mysite/__init__.py": "", **(files or {})},
        "code": code if code.startswith((OUTCOME, SETUP[:20])) else textwrap.dedent(code),
    }


OUTCOME = """
def outcome(f):
    try:
        return f()
    except Exception as exc:
        return [type(exc).__name__, str(exc)]
"""


def with_outcome(code):
    """`code` with `outcome(f)` defined first: f's value, or the exception it raised as [type, message]."""
    return OUTCOME + textwrap.dedent(code)


# ---- django.utils.functional -----------------------------------------------------------------

case("lazystr-operations", "A lazy str behaves as the str it evaluates to.", """
    from django.utils.functional import lazystr, Promise
    s = lazystr("abc")
    result = [s + "d", "x" + s, s * 2, s.upper(), len(s), "b" in s, s == "abc", s != "x", s < "abd",
              s <= "abc", s > "abb", s >= "abc", hash(s) == hash("abc"), f"{s:>5}", str(s), repr(s),
              isinstance(s, Promise), isinstance(s, str), type(s).__name__, list(s), s[1], bool(lazystr("")),
              lazystr("%s!") % "hi", s.split("b"), s.startswith("a"), "%s-%s" % (s, s), s.__class__.__name__,
              lazystr("a") + lazystr("b"), lazystr("a") == lazystr("a"), lazystr("a") < lazystr("b"),
              [str(x) for x in sorted([lazystr("b"), lazystr("a")], key=str)], {"k": 1}.get(lazystr("k")), max(s)]
""")

case("lazy-int-operations", "A lazy int: arithmetic, conversions and methods of int.", """
    from django.utils.functional import lazy
    double = lazy(lambda n: n * 2, int)
    x = double(21)
    result = [x + 1, 1 + x, x * 2, x % 5, x - 1, 1 - x, -x, int(x), float(x), x == 42, x < 50, x > 50,
              str(x), repr(x), bool(double(0)), bool(x), x.bit_length(), hash(x) == hash(42), f"{x:04d}",
              [1, 2, 3][double(0)], divmod(x, 5), x // 5, x ** 2, abs(double(-3))]
""")

case("lazy-not-memoised", "A lazy call is evaluated again each time its value is used.", """
    from django.utils.functional import lazy
    calls = []
    def value():
        calls.append(1)
        return "v%d" % len(calls)
    v = lazy(value, str)()
    before = len(calls)
    first, second = str(v), str(v)
    result = [before, first, second, len(calls)]
""")

case("lazy-wrapper-attributes", "lazy() keeps the function's name, docstring and module.", """
    from django.utils.functional import lazy, Promise
    def greet(name):
        "Say hello."
        return "hello " + name
    lazy_greet = lazy(greet, str)
    g = lazy_greet("bob")
    result = [lazy_greet.__name__, lazy_greet.__doc__, lazy_greet.__wrapped__ is greet, lazy_greet.__module__ == greet.__module__,
              str(g), type(g).__qualname__, type(g).__module__, isinstance(g, Promise), issubclass(type(g), str)]
""")

case("lazy-copy-pickle", "Lazy values pickle to what they evaluate to again, and deepcopy to themselves.", """
    import copy, pickle
    from django.utils.functional import lazy, lazystr
    s = lazystr("abc")
    restored = pickle.loads(pickle.dumps(s))
    n = lazy(int, int)("7")
    result = [restored == "abc", type(restored).__name__, copy.deepcopy(s) is s, str(copy.copy(s)),
              pickle.loads(pickle.dumps(n)) + 1]
""")

case("lazy-str-errors", "What a lazy str raises where the str would.", with_outcome("""
    from django.utils.functional import lazystr
    s = lazystr("abc")
    result = [outcome(lambda: s - 1), outcome(lambda: s + 1), outcome(lambda: 1 + s), outcome(lambda: s[10]),
              outcome(lambda: s.nope), outcome(lambda: int(lazystr("x"))), outcome(lambda: s < 1)]
"""))

case("lazy-several-resultclasses", "lazy() with two result classes offers the methods of both.", """
    from django.utils.functional import lazy
    class Loud(str):
        def shout(self):
            return self.upper() + "!"
    word = lazy(lambda: Loud("hey"), Loud, str)()
    result = [word.shout(), word.upper(), len(word), str(word)]
""")

case("keep-lazy", "keep_lazy: lazy in, lazy out; plain in, plain out; at least one result class.", with_outcome("""
    from django.utils.functional import keep_lazy, keep_lazy_text, lazystr, Promise
    @keep_lazy_text
    def shout(text, suffix="!"):
        "Upper-case text."
        return text.upper() + suffix
    @keep_lazy(int)
    def size(value):
        return len(value)
    result = [shout("a"), isinstance(shout("a"), Promise), isinstance(shout(lazystr("a")), Promise),
              str(shout(lazystr("a"))), str(shout("a", suffix=lazystr("?"))), shout.__name__, shout.__doc__,
              size("abc"), size(lazystr("abcd")) + 1, outcome(lambda: keep_lazy())]
"""))

case("cached-property", "cached_property computes once per instance and is kept in __dict__.", """
    from django.utils.functional import cached_property
    class Thing:
        computed = 0
        @cached_property
        def value(self):
            "The value."
            Thing.computed += 1
            return Thing.computed * 10
    a, b = Thing(), Thing()
    first = [a.value, a.value, b.value, Thing.computed]
    del a.value
    result = [first, a.value, Thing.computed, "value" in vars(b), type(Thing.__dict__["value"]).__name__,
              Thing.value.name, Thing.value.__doc__, Thing.value is Thing.__dict__["value"]]
""")

case("cached-property-two-names", "One cached_property given two names.", """
    from django.utils.functional import cached_property
    def compute(self):
        return 1
    shared = cached_property(compute)
    try:
        class Thing:
            a = shared
            b = shared
    except TypeError as exc:
        result = str(exc)
""")

case("cached-property-same-name-twice", "One cached_property under the same name in two classes is fine.", """
    from django.utils.functional import cached_property
    shared = cached_property(lambda self: type(self).__name__)
    class A:
        x = shared
    class B:
        x = shared
    result = [A().x, B().x, shared.name]
""")

case("cached-property-unnamed", "A cached_property used without __set_name__.", """
    from django.utils.functional import cached_property
    class Thing:
        pass
    prop = cached_property(lambda self: 1)
    try:
        prop.__get__(Thing(), Thing)
    except TypeError as exc:
        result = [str(exc), prop.__get__(None, Thing) is prop]
""")

case("classproperty", "classproperty reads a value from the class, and getter() replaces the function.", """
    from django.utils.functional import classproperty
    class Config:
        base = "x"
        @classproperty
        def label(cls):
            return cls.base * 2
    class Sub(Config):
        base = "y"
    prop = Config.__dict__["label"]
    replaced = prop.getter(lambda cls: cls.base + "!")
    class Other:
        base = "z"
        label = replaced
    result = [Config.label, Sub.label, Config().label, Other.label]
""")

case("simple-lazy-object-operations", "A SimpleLazyObject passes operations on to the object it builds.", with_outcome("""
    from django.utils.functional import SimpleLazyObject
    built = []
    def make():
        built.append(1)
        return [3, 1, 2]
    obj = SimpleLazyObject(make)
    before = [len(built), type(obj).__name__]
    result = [before, obj == [3, 1, 2], obj != [1], len(obj), 1 in obj, obj[0], list(obj), sorted(obj),
              isinstance(obj, list), obj.__class__.__name__, type(obj).__name__, obj + [4], [0] + obj, str(obj),
              bool(obj), obj < [4], obj > [1], outcome(lambda: obj <= [4]), outcome(lambda: obj >= [4]),
              "append" in dir(obj), obj.index(2), outcome(lambda: hash(obj)), len(built)]
"""))

case("simple-lazy-object-setup-once", "type() and repr() do not build a SimpleLazyObject; using it builds it once.", """
    from django.utils.functional import SimpleLazyObject, empty
    calls = []
    class Maker:
        def __call__(self):
            calls.append(1)
            return {"a": 1}
        def __repr__(self):
            return "Maker()"
    obj = SimpleLazyObject(Maker())
    steps = [type(obj).__name__, repr(obj), len(calls), obj._wrapped is empty, issubclass(type(obj), dict)]
    steps += [obj["a"], len(calls), repr(obj), obj.get("a"), len(calls), obj._wrapped is not empty]
    result = steps
""")

case("simple-lazy-object-attributes", "Setting and deleting attributes on a SimpleLazyObject reaches the wrapped object.", with_outcome("""
    import types
    from django.utils.functional import SimpleLazyObject
    target = types.SimpleNamespace(a=1)
    obj = SimpleLazyObject(lambda: target)
    obj.b = 2
    del obj.a
    def del_wrapped():
        del obj._wrapped
    result = [vars(target), obj.b, outcome(lambda: obj.a), outcome(del_wrapped), outcome(lambda: obj.nope)]
"""))

case("simple-lazy-object-items", "Item assignment and deletion on a lazy dict, and a lazy int's hash and comparisons.", """
    from django.utils.functional import SimpleLazyObject
    d = SimpleLazyObject(dict)
    d["x"] = 1
    d["y"] = 2
    del d["x"]
    n = SimpleLazyObject(lambda: 5)
    m = SimpleLazyObject(lambda: 5)
    result = [dict(d), len(d), hash(n) == hash(5), n == m, n == 5, 5 == n, n < 6, {n: "five"}[5], n + 1,
              1 + n, str(n), bytes(SimpleLazyObject(lambda: b"ab")).decode()]
""")

case("simple-lazy-object-copies", "copy, deepcopy and pickle of a SimpleLazyObject before and after it is built.", """
    import copy, pickle
    from django.utils.functional import SimpleLazyObject, empty
    calls = []
    def make():
        calls.append(1)
        return [1, [2]]
    obj = SimpleLazyObject(make)
    shallow = copy.copy(obj)
    deep = copy.deepcopy(obj)
    unbuilt = [type(shallow).__name__, type(deep).__name__, len(calls), shallow._wrapped is empty]
    obj[1].append(3)
    built_shallow = copy.copy(obj)
    built_deep = copy.deepcopy(obj)
    obj[1].append(4)
    pickled = pickle.loads(pickle.dumps(obj))
    result = [unbuilt, type(built_shallow).__name__, built_shallow, built_deep, pickled, type(pickled).__name__,
              len(calls)]
""")

case("lazy-object-subclass", "LazyObject subclasses: a missing _setup(), a custom one, isinstance through __class__.", with_outcome("""
    from django.utils.functional import LazyObject, empty
    class NoSetup(LazyObject):
        pass
    class Box:
        def __init__(self):
            self.size = 3
    class LazyBox(LazyObject):
        def _setup(self):
            self._wrapped = Box()
    box = LazyBox()
    unbuilt = box._wrapped is empty
    result = [outcome(lambda: NoSetup().anything), outcome(lambda: str(NoSetup())), unbuilt, box.size,
              isinstance(box, Box), isinstance(box, LazyBox), type(box).__name__, LazyObject._wrapped]
"""))

case("partition", "partition() splits values by a predicate.", """
    from django.utils.functional import partition
    result = [partition(lambda x: x > 3, range(6)), partition(bool, [0, 1, "", "a", None]), partition(str.isupper, "aBcD")]
""")

# ---- django.utils.module_loading ---------------------------------------------------------------

case("import-string", "import_string finds attributes and classes, and its errors say what is wrong.", with_outcome("""
    import os.path
    from django.utils.module_loading import import_string
    result = [import_string("os.path.join") is os.path.join, import_string("mysite.tools.VALUE"),
              outcome(lambda: import_string("nodots")), outcome(lambda: import_string("")),
              outcome(lambda: import_string("os.nope")), outcome(lambda: import_string("nope.thing")),
              outcome(lambda: import_string("mysite.nope.Thing")), outcome(lambda: import_string("os.")),
              outcome(lambda: import_string(".relative")), outcome(lambda: import_string(42)),
              outcome(lambda: import_string(None)), outcome(lambda: import_string("mysite.broken.X")),
              outcome(lambda: import_string("mysite.tools.missing"))]
"""), files={"mysite/tools.py": "VALUE = 7\n", "mysite/broken.py": "X = undefined_name\n"})

case("module-has-submodule", "module_has_submodule looks for a module without importing it.", with_outcome("""
    import sys, os
    import mysite
    from django.utils.module_loading import module_has_submodule
    result = [module_has_submodule(mysite, "tools"), "mysite.tools" in sys.modules, module_has_submodule(mysite, "nope"),
              module_has_submodule(mysite, "sub"), module_has_submodule(mysite, "sub.deep"),
              module_has_submodule(mysite, "sub.nope"), module_has_submodule(mysite, "nope.deep"),
              module_has_submodule(os.path, "join"), module_has_submodule("mysite", "tools"),
              outcome(lambda: module_has_submodule(mysite, "broken.x"))]
"""), files={"mysite/tools.py": "", "mysite/sub/__init__.py": "", "mysite/sub/deep.py": "",
            "mysite/broken/__init__.py": "raise ValueError('broken package')\n"})

case("module-dir", "module_dir: a package's folder, a module's folder, or an error.", with_outcome("""
    import sys
    import mysite, mysite.tools
    from django.utils.module_loading import module_dir
    result = [module_dir(mysite), module_dir(mysite.tools), outcome(lambda: module_dir(sys))]
"""), files={"mysite/tools.py": ""})

case("autodiscover-modules", "autodiscover_modules imports each app's module, skips apps without it, and puts a registry back after a failed import.", configured(
    '{"INSTALLED_APPS": ["blog", "shop", "forum"]}', """
    import types
    from django.utils.module_loading import autodiscover_modules
    import mysite
    mysite.seen = []
    autodiscover_modules("signals")
    registry = types.SimpleNamespace(_registry={"before": 1})
    try:
        autodiscover_modules("admin", register_to=registry)
    except ZeroDivisionError as exc:
        error = str(exc)
    result = [mysite.seen, registry._registry, error]
"""), files={
    "blog/__init__.py": "", "blog/signals.py": "import mysite\nmysite.seen.append('blog.signals')\n",
    "blog/admin.py": "import mysite\nmysite.seen.append('blog.admin')\n",
    "shop/__init__.py": "",
    "forum/__init__.py": "", "forum/signals.py": "import mysite\nmysite.seen.append('forum.signals')\n",
    "forum/admin.py": "import mysite, django.utils.module_loading\nmysite.seen.append('forum.admin')\n1 / 0\n",
})

case("autodiscover-import-error-inside", "An app's module that exists but imports something missing is an error, not skipped.", configured(
    '{"INSTALLED_APPS": ["blog"]}', """
    from django.utils.module_loading import autodiscover_modules
    try:
        autodiscover_modules("signals")
    except ImportError as exc:
        result = [type(exc).__name__, str(exc)]
"""), files={"blog/__init__.py": "", "blog/signals.py": "import not_installed_anywhere\n"})

# ---- the template API ------------------------------------------------------------------------------

case("engines-aliases", "engines lists the TEMPLATES aliases; an unknown alias is InvalidTemplateEngineError.", configured(
    '{"TEMPLATES": [{"BACKEND": "%s"}, {"BACKEND": "django.template.backends.dummy.TemplateStrings", "NAME": "plain"}]}' % DT, with_outcome("""
    from django.template import engines
    from django.template.utils import InvalidTemplateEngineError
    result = [list(engines), [type(e).__name__ for e in engines.all()], engines["django"] is engines["django"],
              engines["django"].name, engines["plain"].name, outcome(lambda: engines["nope"]),
              issubclass(InvalidTemplateEngineError, __import__("django.core.exceptions").core.exceptions.ImproperlyConfigured)]
""")))

case("engines-params", "A backend's NAME, DIRS, APP_DIRS and template_dirs.", configured(
    '{"INSTALLED_APPS": ["blog", "shop"], "TEMPLATES": [{"BACKEND": "%s", "DIRS": ["tpl", "other"], "APP_DIRS": True}, {"BACKEND": "django.template.backends.dummy.TemplateStrings", "APP_DIRS": True, "DIRS": ("a",)}]}' % DT, """
    from django.template import engines
    django_engine, dummy = engines.all()
    result = [django_engine.dirs, django_engine.app_dirs, [str(d) for d in django_engine.template_dirs],
              dummy.dirs, [str(d) for d in dummy.template_dirs], type(django_engine.template_dirs).__name__]
"""), files={"blog/__init__.py": "", "blog/templates/blog/x.html": "x", "shop/__init__.py": "",
             "shop/template_strings/s.txt": "s", "tpl/t.html": "t"})

case("engine-repr", "Engine's repr shows the options it was built with.", configured(
    '{"INSTALLED_APPS": ["blog"], "TEMPLATES": [{"BACKEND": "%s", "DIRS": ["tpl"], "APP_DIRS": True, "OPTIONS": {"context_processors": ["a.b"], "debug": True, "string_if_invalid": "??", "builtins": ["mysite.tags"]}}]}' % DT, """
    from django.template import engines
    from django.template.engine import Engine
    result = [repr(engines["django"].engine), repr(Engine()), repr(Engine(app_dirs=True)),
              repr(Engine(loaders=["x.Loader"], autoescape=False, file_charset="latin-1"))]
"""), files={"blog/__init__.py": "", "blog/templatetags/__init__.py": "", "blog/templatetags/blog_tags.py": LIBRARY,
             "mysite/tags.py": LIBRARY})

case("engine-direct", "Engine() built directly: its defaults, and what it refuses.", with_outcome("""
    from django.template.engine import Engine
    e = Engine()
    result = [e.dirs, e.app_dirs, e.context_processors, e.debug, e.loaders, e.string_if_invalid, e.file_charset,
              e.libraries, e.builtins, e.autoescape, len(e.template_builtins), e.template_libraries,
              Engine.default_builtins, outcome(lambda: Engine(app_dirs=True, loaders=[])),
              outcome(lambda: Engine(libraries={"x": "mysite.nope"})), outcome(lambda: Engine(builtins=["os"])),
              outcome(lambda: Engine(nope=1)), sorted(Engine(libraries={"s": "django.templatetags.static"}).template_libraries)]
"""))

case("engine-get-default", "Engine.get_default() is the first DjangoTemplates engine's Engine.", configured(
    '{"TEMPLATES": [{"BACKEND": "django.template.backends.dummy.TemplateStrings"}, {"BACKEND": "%s", "NAME": "first"}, {"BACKEND": "%s", "NAME": "second"}]}' % (DT, DT), """
    from django.template import engines
    from django.template.engine import Engine
    result = [Engine.get_default() is engines["first"].engine, Engine.get_default() is Engine.get_default()]
"""))

case("engine-get-default-none", "Engine.get_default() without a DjangoTemplates engine.", configured(
    '{"TEMPLATES": [{"BACKEND": "django.template.backends.dummy.TemplateStrings"}]}', """
    from django.template.engine import Engine
    try:
        Engine.get_default()
    except Exception as exc:
        result = [type(exc).__name__, str(exc)]
"""))

case("library-filters", "Library.filter in all its forms, and the flags it sets.", with_outcome("""
    import functools
    from django import template
    register = template.Library()
    @register.filter
    def plain(value):
        return value
    @register.filter()
    def called(value):
        return value
    @register.filter("named")
    def by_position(value):
        return value
    @register.filter(name="kw_named", is_safe=True, needs_autoescape=False)
    def by_keyword(value, autoescape=True):
        return value
    def deco(func):
        @functools.wraps(func)
        def inner(value):
            return func(value)
        return inner
    @register.filter(expects_localtime=True)
    @deco
    def wrapped(value):
        return value
    direct = register.filter("direct", plain)
    result = [sorted(register.filters), plain._filter_name, by_position._filter_name, by_keyword._filter_name,
              by_keyword.is_safe, by_keyword.needs_autoescape, hasattr(plain, "is_safe"), wrapped.expects_localtime,
              wrapped.__wrapped__.expects_localtime, direct is plain, register.filters["direct"] is plain, plain._filter_name, register.filters["named"] is by_position,
              outcome(lambda: register.filter(None, "x")), outcome(lambda: register.filter(None, len))[0]]
"""))

case("library-tags", "Library.tag, simple_tag, simple_block_tag and inclusion_tag register under the right names.", with_outcome("""
    from django import template
    register = template.Library()
    @register.tag
    def plain(parser, token):
        return None
    @register.tag()
    def called(parser, token):
        return None
    @register.tag("named")
    def by_position(parser, token):
        return None
    @register.tag(name="kw_named")
    def by_keyword(parser, token):
        return None
    direct = register.tag("direct", plain)
    @register.simple_tag
    def simple(a, b=1):
        return a
    @register.simple_tag(name="simple_named", takes_context=True)
    def simple2(context, a):
        return a
    @register.simple_block_tag
    def block(content):
        return content
    @register.simple_block_tag(name="block_named", end_name="stop")
    def block2(content):
        return content
    @register.inclusion_tag("x.html")
    def incl():
        return {}
    @register.inclusion_tag("y.html", name="incl_named", takes_context=True)
    def incl2(context):
        return {}
    result = [sorted(register.tags), direct is plain, simple.__name__, register.tags["plain"] is plain,
              register.tags["simple"].__name__, register.tags["block_named"].__name__, incl.__name__,
              sorted(register.filters), outcome(lambda: register.tag(None, "x")),
              outcome(lambda: register.simple_tag(42)), outcome(lambda: register.simple_block_tag("x")),
              register.tag() == register.tag_function, outcome(lambda: register.inclusion_tag("z.html")(42))[0]]
"""))

case("import-library", "import_library: a Library, or InvalidTemplateLibrary saying why not.", with_outcome("""
    from django.template.library import InvalidTemplateLibrary, Library, import_library
    result = [type(import_library("django.templatetags.static")).__name__, outcome(lambda: import_library("mysite.nope")),
              outcome(lambda: import_library("mysite.helpers")), outcome(lambda: import_library("mysite.broken")),
              outcome(lambda: import_library("nope.deep.module")), import_library("mysite.odd"),
              issubclass(InvalidTemplateLibrary, Exception)]
"""), files={"mysite/helpers.py": "X = 1\n", "mysite/broken.py": "import missing_dependency\n",
            "mysite/odd.py": "register = 'not a library'\n"})

case("installed-libraries", "get_installed_libraries lists Django's, the contrib apps' and the project's tag libraries.", configured(
    '{"INSTALLED_APPS": ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.humanize", "django.contrib.sites", "django.contrib.flatpages", "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles", "django.contrib.sitemaps", "django.contrib.syndication", "django.contrib.redirects", "django.contrib.admindocs", "blog", "shop"]}', """
    from django.template.backends.django import get_installed_libraries, get_template_tag_modules
    result = [get_installed_libraries(), list(get_template_tag_modules())]
"""), files={"blog/__init__.py": "", "blog/templatetags/__init__.py": "", "blog/templatetags/blog_tags.py": LIBRARY,
             "blog/templatetags/helpers.py": "X = 1\n", "blog/templatetags/nested/__init__.py": "",
             "blog/templatetags/nested/deep.py": LIBRARY, "shop/__init__.py": "", "shop/templatetags/__init__.py": "",
             "shop/templatetags/static.py": LIBRARY})

case("package-libraries", "get_package_libraries walks a package for modules with `register`.", with_outcome("""
    import blog.templatetags, shop.templatetags
    from django.template.backends.django import get_package_libraries
    result = [list(get_package_libraries(blog.templatetags)), outcome(lambda: list(get_package_libraries(shop.templatetags)))]
"""), files={"blog/__init__.py": "", "blog/templatetags/__init__.py": "", "blog/templatetags/b.py": LIBRARY,
            "blog/templatetags/a.py": LIBRARY, "blog/templatetags/sub/__init__.py": LIBRARY,
            "blog/templatetags/sub/c.py": LIBRARY, "shop/__init__.py": "", "shop/templatetags/__init__.py": "",
            "shop/templatetags/bad.py": "import nope\n"})

case("engine-check", "A DjangoTemplates engine's check() gives E002 and W003 messages.", configured(
    '{"INSTALLED_APPS": ["blog"], "TEMPLATES": [{"BACKEND": "%s", "OPTIONS": {"string_if_invalid": 0, "libraries": {"static": "mysite.tags"}}}]}' % DT, """
    from django.template import engines
    messages = engines["django"].check()
    result = [[m.id, m.msg, m.hint, m.obj is engines["django"]] for m in messages]
"""), files={"blog/__init__.py": "", "blog/templatetags/__init__.py": "", "blog/templatetags/static.py": LIBRARY,
             "mysite/tags.py": LIBRARY})

case("templates-check-function", "django.core.checks.templates.check_templates checks every engine.", configured(
    '{"INSTALLED_APPS": [], "TEMPLATES": [{"BACKEND": "%s", "NAME": "a", "OPTIONS": {"string_if_invalid": 1}}, {"BACKEND": "%s", "NAME": "b", "OPTIONS": {"string_if_invalid": 2}}]}' % (DT, DT), """
    from django.core.checks.templates import check_templates
    from django.core.checks import run_checks
    result = [[m.id, m.msg] for m in check_templates(None)], sorted(m.id for m in run_checks(tags=["templates"]))
"""))

case("get-template-missing", "get_template of a missing template: TemplateDoesNotExist, with where each engine looked.", configured(
    '{"INSTALLED_APPS": ["blog"], "TEMPLATES": [{"BACKEND": "%s", "DIRS": ["tpl", "nope"], "APP_DIRS": True}, {"BACKEND": "django.template.backends.dummy.TemplateStrings", "DIRS": ["tpl"]}]}' % DT, """
    from django.template import loader
    from django.template.exceptions import TemplateDoesNotExist
    try:
        loader.get_template("missing.html")
    except TemplateDoesNotExist as exc:
        result = [str(exc), exc.args, exc.tried, exc.backend, len(exc.chain),
                  [[str(c), c.backend.name, [[o.name, o.template_name, type(o.loader).__module__, s] for o, s in c.tried]]
                   for c in exc.chain]]
"""), files={"blog/__init__.py": "", "blog/templates/blog/x.html": "x", "tpl/t.html": "t"})

case("select-template", "select_template's errors: a string, an empty list, several missing names.", configured(
    '{"TEMPLATES": [{"BACKEND": "%s", "DIRS": ["tpl"]}]}' % DT, with_outcome("""
    from django.template import loader
    def missing(names):
        try:
            loader.select_template(names)
        except loader.TemplateDoesNotExist as exc:
            return [str(exc), len(exc.chain), [len(c.tried) for c in exc.chain]]
    result = [outcome(lambda: loader.select_template("a.html")), missing([]), missing(["a.html", "b.html"]),
              outcome(lambda: loader.get_template("a.html", using="nope")),
              outcome(lambda: loader.render_to_string("a.html"))]
""")))

case("template-found-origin", "A template that exists: its origin says where it was found.", configured(
    '{"INSTALLED_APPS": ["blog"], "TEMPLATES": [{"BACKEND": "%s", "DIRS": ["tpl"], "APP_DIRS": True}]}' % DT, """
    from django.template import loader
    found = [loader.get_template(name) for name in ("t.html", "blog/x.html", "sub/../t.html")]
    result = [[type(t).__name__, t.origin.name, t.origin.template_name, t.origin.loader_name, repr(t.origin),
               str(t.origin), t.backend.name, t.template.name] for t in found]
    result.append(loader.select_template(["nope.html", "t.html"]).origin.template_name)
"""), files={"blog/__init__.py": "", "blog/templates/blog/x.html": "x", "tpl/t.html": "t"})

case("template-outside-dirs", "A template name that leaves the template folders is not found.", configured(
    '{"TEMPLATES": [{"BACKEND": "%s", "DIRS": ["tpl"]}]}' % DT, """
    from django.template import loader
    from django.template.exceptions import TemplateDoesNotExist
    names = ["../mysite/__init__.py", "/etc/hostname", "tpl/../../x"]
    result = []
    for name in names:
        try:
            loader.get_template(name)
        except TemplateDoesNotExist as exc:
            result.append([str(exc), [len(c.tried) for c in exc.chain]])
"""), files={"tpl/t.html": "t"})

case("dummy-backend-render", "The TemplateStrings backend renders $name placeholders.", configured(
    '{"TEMPLATES": [{"BACKEND": "django.template.backends.dummy.TemplateStrings", "DIRS": ["tpl"]}]}', with_outcome("""
    from django.template import engines, loader
    dummy = engines["dummy"]
    t = dummy.get_template("hello.txt")
    result = [t.render({"name": "Ada"}), t.render(), dummy.from_string("$a and $$ $b").render({"a": 1}),
              loader.render_to_string("hello.txt", {"name": "Bob"}), type(t).__name__,
              outcome(lambda: dummy.get_template("nope.txt"))]
""")), files={"tpl/hello.txt": "Hello $name! ${name}s"})

case("template-does-not-exist", "TemplateDoesNotExist and TemplateSyntaxError as exceptions.", """
    from django.template import TemplateDoesNotExist, TemplateSyntaxError
    e = TemplateDoesNotExist("x.html")
    f = TemplateDoesNotExist("y.html", tried=[1], backend="b", chain=[e])
    result = [str(e), e.args, e.tried, e.backend, e.chain, f.tried, f.backend, len(f.chain),
              str(TemplateSyntaxError("bad", 1)), TemplateSyntaxError.__mro__[1].__name__]
""")

case("template-response", "TemplateResponse before rendering: what it keeps, and what cannot be read yet.", configured(
    '{"TEMPLATES": [{"BACKEND": "django.template.backends.dummy.TemplateStrings", "DIRS": ["tpl"]}]}', with_outcome("""
    import pickle
    from django.template.response import ContentNotRenderedError, SimpleTemplateResponse, TemplateResponse
    r = TemplateResponse("REQUEST", "hello.txt", {"name": "Ada"}, status=201, headers={"X-A": "1"})
    before = [r.template_name, r.context_data, r.status_code, r.is_rendered, r["X-A"], r["Content-Type"],
              outcome(lambda: r.content), outcome(lambda: list(r)), outcome(lambda: pickle.dumps(r)),
              TemplateResponse.rendering_attrs, SimpleTemplateResponse.rendering_attrs, r._request]
    called = []
    r.add_post_render_callback(lambda response: called.append(response.status_code))
    rendered = r.render()
    after = [rendered is r, r.is_rendered, r.content.decode(), called, r.render() is r, called]
    s = SimpleTemplateResponse(["nope.txt", "hello.txt"], {"name": "Bob"})
    s.content = b"set"
    result = [before, after, s.is_rendered, s.content.decode(), s.rendered_content, issubclass(ContentNotRenderedError, Exception)]
""")), files={"tpl/hello.txt": "Hello $name"})


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, data in CASES.items():
        with open(os.path.join(OUT, f"templates-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"{len(CASES)} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
