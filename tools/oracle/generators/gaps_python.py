"""Python-case inputs for what real settings files import beyond the settings checks:
django.utils.translation (lazy strings, the active language, the languages a project serves,
Accept-Language), django.conf.locale, django.utils.termcolors, slugify, django.utils.log's
request logging, django.forms' renderers, the auth middleware's import, and the database
drivers' stand-ins (psycopg.conninfo, MySQLdb).

    python3 tools/oracle/generators/gaps_python.py     # writes tools/oracle/inputs/python/gaps-*.json

Each case's code leaves a JSON value in `result`; record.py asks real Django for it. The random
inputs are drawn with a fixed seed, so the cases are the same each time they are written.
"""

import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "python")

APPS = "['django.contrib.auth', 'django.contrib.contenttypes']"


def setup(**settings):
    options = {"INSTALLED_APPS": APPS, "SECRET_KEY": "'k' * 50", **settings}
    given = ", ".join(f"{name}={value}" for name, value in options.items())
    return _as_body(f"from django.conf import settings\nsettings.configure({given})\nimport django\ndjango.setup()\n")


def _as_body(text):
    """Code indented as the cases' bodies are (they are dedented together)."""
    return textwrap.indent(text, " " * 8)


#: A helper every case may use: call, and give the outcome (a value, or the exception's class and text).
TRY = _as_body(textwrap.dedent("""
    def attempt(call):
        try:
            return call()
        except Exception as exc:
            return [type(exc).__name__, str(exc)]
    """))

rng = random.Random(8)


def random_header():
    pieces = []
    for _ in range(rng.randint(0, 4)):
        code = rng.choice(["en", "en-US", "de", "fr-CA", "*", "zh-Hant-TW", "x", "toolonglanguage", "pt_BR", "es-419", ""])
        weight = rng.choice(["", ";q=0.5", ";q=1", ";q=0", ";q=1.000", ";q=0.1234", ";q=2", " ; q=0.8", ";q=.5"])
        pieces.append(code + weight)
    return rng.choice([",", ", ", " ,", ",,"]).join(pieces)


HEADERS = ["", "en", "en-US,en;q=0.9", "de;q=0.5, fr;q=0.7, *;q=0.1", "*", "fr-ch, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
           "en;q=1.0", "en;q=1.0001", "EN-us", "es-419", "zh-Hant-TW", "en\n", "en,", ",en", "en;;q=1", "x" * 9,
           "a" * 499 + ",b", ("en," * 200)[:-1], "en-" + "x" * 600, "de-" * 5 + "de"] + [random_header() for _ in range(60)]

CODES = ["en", "en-us", "EN-US", "en-gb", "de", "de-at", "de-at-x", "pt", "pt-br", "pt_BR", "zh-cn", "zh-hans", "zh-hant-tw", "zh-my",
         "sr-latn", "sr_Latn", "es-419", "fr", "fr-ca", "xx", "xx-yy", "", None, "en@x", "../de", "de\n", "ast", "am",
         "x" * 9, "de-" + "x" * 600, "d" * 501, "de-" + "-" * 600]

POOL = ["en", "en-us", "en-gb", "de", "de-at", "pt", "pt-br", "zh-hans", "zh-hant", "zh-cn", "zh-tw", "sr-latn", "fr", "fr-ca",
        "es", "es-419", "xx", "am", "ast", "nb", "no", "he", "ar-dz", "ky", "uz", "tt", "io", "EN", "De-AT", "pt_BR", "kab"]


def random_language_settings(count=80):
    combos = []
    for _ in range(count):
        languages = [(code, code.upper()) for code in rng.sample(POOL, rng.randint(0, 5))]
        listed = [code for code, _name in languages]
        code = rng.choice(listed) if listed and rng.random() < 0.5 else rng.choice(POOL)
        combos.append([code, languages, rng.random() < 0.8])
    return combos


def random_color_setting():
    parts = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.25:
            parts.append(rng.choice(["light", "dark", "nocolor", "bogus", ""]))
            continue
        role = rng.choice(["error", "notice", "sql_field", "http_info", "migrate_label", "bogus", ""])
        colours = "/".join(rng.choice(["red", "blue", "pink", "", "white"]) for _ in range(rng.randint(1, 3)))
        options = [rng.choice(["bold", "blink", "noreset", "x", ""]) for _ in range(rng.randint(0, 3))]
        parts.append(f"{role}=" + ",".join([colours, *options]))
    return ";".join(parts)


CASES = [
    # ---- lazy strings ------------------------------------------------------------------------
    ("lazy-string-i18n-on", "gettext_lazy('English') with USE_I18N on: how it prints, formats, adds and compares",
     setup(USE_I18N="True") + """
        from django.utils.translation import gettext_lazy
        x = gettext_lazy("English")
        result = [type(x).__name__, str(x), "%s" % x, f"{x}", "{:>9}".format(x), x + "!", "<" + x, x == "English", "English" == x,
                  x < "F", hash(x) == hash("English"), isinstance(x, str), repr(x), x.upper(), len(x), "%s-%s" % (x, x), x * 2,
                  "Eng" in x, x in ["English"], {"English": 1}.get(x), sorted([x, "Bulgarian"])[0], "%(a)s" % {"a": x}]
        """),
    ("lazy-string-i18n-off", "gettext_lazy('English') with USE_I18N off",
     setup(USE_I18N="False") + """
        from django.utils.translation import gettext_lazy, pgettext_lazy
        x, y = gettext_lazy("English"), pgettext_lazy("month name", "May")
        result = [str(x), "%s" % x, f"{x}", x + "!", x == "English", str(y), y.lower(), type(y).__name__]
        """),
    ("lazy-string-unconfigured", "A lazy string is made before the settings; using it needs them", TRY + """
        from django.utils.translation import gettext_lazy
        x = gettext_lazy("English")
        result = [type(x).__name__, attempt(lambda: str(x))]
        """),
    ("gettext-unconfigured", "Translating without settings, and before the apps are loaded", TRY + """
        from django.utils import translation
        from django.conf import global_settings
        result = [attempt(lambda: translation.gettext("x")), attempt(lambda: translation.gettext_noop("x")),
                  global_settings.gettext_noop("x"), attempt(lambda: translation.get_language())]
        from django.conf import settings
        settings.configure(USE_I18N=True)
        result += [attempt(lambda: translation.gettext("x")), attempt(lambda: translation.gettext("")), translation.get_language(),
                   attempt(lambda: translation.activate("de")), attempt(lambda: translation.check_for_language("de"))]
        """),
    ("gettext-messages", "gettext, pgettext, ngettext and npgettext of untranslated messages (i18n on, then off)", TRY + """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=[], USE_I18N=True)
        import django
        django.setup()
        from django.utils import translation as t
        def run():
            return [t.gettext("Hello"), t.gettext(""), t.gettext("a\\r\\nb"), t.gettext("a\\rb\\n"), attempt(lambda: t.gettext(5)),
                    t.pgettext("ctx", "Hello"), t.pgettext("ctx", "a\\r\\nb"), t.pgettext(None, "m"),
                    [t.ngettext("%d apple", "%d apples", n) for n in (0, 1, 2, 1.0, True, -1)],
                    attempt(lambda: t.ngettext("a", "b", "1")), attempt(lambda: t.ngettext("a", "b", None)),
                    t.npgettext("fruit", "apple", "apples", 1), t.npgettext("fruit", "apple", "apples", 3), t.gettext_noop("x\\r\\n")]
        result = [run()]
        settings.USE_I18N = False
        result.append(run())
        """),
    ("ngettext-lazy-number-later", "ngettext_lazy without its number: picked by %, by a key of the mapping, or format()", TRY + setup(USE_I18N="True") + """
        from django.utils.translation import ngettext_lazy, npgettext_lazy
        apples = ngettext_lazy("%d apple", "%d apples")
        keyed = ngettext_lazy("%(n)d apple", "%(n)d apples", "n")
        braces = ngettext_lazy("{n} apple", "{n} apples", "n")
        plain = ngettext_lazy("one apple", "many apples")
        counted = ngettext_lazy("%d apple", "%d apples", 3)
        context = npgettext_lazy("fruit", "%(n)d apple", "%(n)d apples", "n")
        result = [apples % 1, apples % 2, keyed % {"n": 1}, keyed % {"n": 5, "x": 0}, attempt(lambda: keyed % {"m": 1}),
                  braces.format(n=1), braces.format(n=4), attempt(lambda: braces.format(m=1)), plain % 1, plain % 7,
                  str(apples), bool(apples), bool(ngettext_lazy("", "x")), str(counted), counted % 3, type(counted).__name__,
                  context % {"n": 1}, context % {"n": 2}, attempt(lambda: keyed % 3), apples % (2,)]
        """),
    # ---- the active language -----------------------------------------------------------------
    ("activate-get-language", "activate(), deactivate(), deactivate_all() and what get_language() says", TRY + setup(USE_I18N="True") + """
        from django.utils import translation as t
        seen = [t.get_language()]
        for code in ["de", "EN", "pt_BR", "zh-hans", "xx", "", None, "de-AT", "en-gb"]:
            seen.append([code, attempt(lambda: t.activate(code)), t.get_language(), t.get_language_bidi()])
        t.deactivate()
        seen.append(t.get_language())
        t.deactivate_all()
        seen += [t.get_language(), t.get_language_bidi(), t.gettext("Hello")]
        t.deactivate()
        seen.append(t.get_language())
        result = seen
        """),
    ("language-bidi", "get_language_bidi() for right-to-left languages, with USE_I18N on and off", setup(USE_I18N="True", LANGUAGES_BIDI="['he', 'ar', 'fa', 'ur', 'x-custom']") + """
        from django.conf import settings
        from django.utils import translation as t
        result = []
        for code in ["ar", "he-il", "fa-ir", "ur", "en", "x-custom-y", "AR"]:
            t.activate(code)
            result.append([code, t.get_language(), t.get_language_bidi()])
        t.deactivate()
        settings.USE_I18N = False
        result.append([t.get_language(), t.get_language_bidi()])
        """),
    ("override", "translation.override as a with block and a decorator, nested, with None and deactivate=True", setup(USE_I18N="True") + """
        from django.utils import translation as t
        seen = []
        with t.override("de"):
            seen.append(t.get_language())
            with t.override("fr"):
                seen.append(t.get_language())
            seen.append(t.get_language())
            with t.override(None):
                seen.append(t.get_language())
            seen.append(t.get_language())
        seen.append(t.get_language())
        t.activate("it")
        with t.override("es", deactivate=True):
            seen.append(t.get_language())
        seen.append(t.get_language())
        t.deactivate_all()
        with t.override("nl", deactivate=True):
            seen.append(t.get_language())
        seen.append(t.get_language())
        t.deactivate()

        @t.override("pl")
        def in_polish():
            return t.get_language()

        seen += [in_polish(), t.get_language()]
        try:
            with t.override("sv"):
                raise ValueError("inside")
        except ValueError:
            seen.append(t.get_language())
        result = seen
        """),
    ("override-i18n-off", "translation.override with USE_I18N off changes nothing", setup(USE_I18N="False") + """
        from django.utils import translation as t
        with t.override("de"):
            inside = t.get_language()
        with t.override(None):
            none = t.get_language()
        result = [inside, none, t.get_language(), t.activate("fr"), t.get_language(), t.check_for_language("zz")]
        """),
    # ---- languages -----------------------------------------------------------------------
    ("language-info", "get_language_info() and LANG_INFO", TRY + """
        from django.conf import settings
        settings.configure()
        from django.conf.locale import LANG_INFO
        from django.utils.translation import get_language_info
        before = "name_translated" in LANG_INFO["de"]
        found = [attempt(lambda: sorted((k, str(v)) for k, v in get_language_info(code).items()))
                 for code in ["de", "zh-cn", "zh-tw", "pt-xx", "sr-latn", "xx", "xx-yy", "DE", "en-us-x", "ar"]]
        result = [before, "name_translated" in LANG_INFO["de"], found, len(LANG_INFO), list(LANG_INFO)[:5], LANG_INFO["az"]["bidi"],
                  sorted(code for code, info in LANG_INFO.items() if "fallback" in info)]
        """),
    ("lang-info-table", "LANG_INFO as Django ships it", """
        from django.conf.locale import LANG_INFO
        result = LANG_INFO
        """),
    ("locale-names", "to_locale() and to_language()", TRY + """
        from django.utils.translation import to_language, to_locale
        codes = ["en", "en-us", "EN-US", "sr-latn", "sr-latn-rs", "zh-hant-tw", "ast", "AST", "de-AT", "x-", "-x", "", "en-u-ca-x",
                 "Es-Mx", "toolong-abcdef", "en_US", "pt_BR"]
        result = [[code, to_locale(code), to_language(code)] for code in codes]
        result += [attempt(lambda: to_locale(5)), attempt(lambda: to_language(5)), to_language("en_US"), to_language("sr_Latn"),
                   to_language("EN"), to_language("a_b_c")]
        """),
    ("check-for-language", "check_for_language() for Django's catalogs, an app's and LOCALE_PATHS', i18n on and off",
     TRY + setup(USE_I18N="True", INSTALLED_APPS="['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.messages', 'blog']", LOCALE_PATHS="['locale']") + f"""
        from django.conf import settings
        from django.utils import translation as t
        codes = {[c for c in CODES if c is None or len(c) < 40] + ["yy", "qq-ww", "blog-x"]!r}
        result = [[code, attempt(lambda: t.check_for_language(code))] for code in codes]
        result.append(attempt(lambda: t.check_for_language(["de"])))
        settings.USE_I18N = False
        result.append(t.check_for_language("qq"))
        """, {"blog/__init__.py": "", "blog/locale/qq/LC_MESSAGES/django.mo": "x", "locale/yy/LC_MESSAGES/django.mo": "x",
              "locale/zz/LC_MESSAGES/other.mo": "x"}),
    ("supported-variant", "get_supported_language_variant() against a LANGUAGES list, strict and not", TRY + setup(
        USE_I18N="True", LANGUAGES="[('en', 'English'), ('en-gb', 'British'), ('de', 'German'), ('pt-br', 'Brazilian'), ('zh-hans', 'Chinese'), ('fr-ca', 'Canadian'), ('es', 'Spanish'), ('xx', 'Xish'), ('sr-Latn', 'Serbian Latin')]") + f"""
        from django.utils.translation import get_supported_language_variant as variant
        codes = {CODES + ["fr", "fr-fr", "pt", "de-ch", "zh-sg", "sr-latn", "SR-LATN", "en-GB", "EN"]!r}
        result = [[code, attempt(lambda: variant(code)), attempt(lambda: variant(code, strict=True))] for code in codes]
        result += [attempt(lambda: variant(5)), attempt(lambda: variant(["de"])), attempt(lambda: variant("de", True))]
        """),
    ("supported-variant-i18n-off", "get_supported_language_variant() with USE_I18N off: LANGUAGE_CODE only", TRY + setup(USE_I18N="False", LANGUAGE_CODE="'pt-BR'") + """
        from django.utils.translation import get_supported_language_variant as variant, get_language_from_path, get_language_from_request
        result = [[code, attempt(lambda: variant(code))] for code in ["pt-BR", "PT-br", "pt", "en-us", "", None, 5]]
        result += [get_language_from_path("/pt-br/"), get_language_from_request(object())]
        """),
    ("language-settings-random", "translation.E004 and the served variant for random LANGUAGE_CODE and LANGUAGES settings",
     TRY + setup(INSTALLED_APPS="['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.messages']") + f"""
        from django.conf import settings
        from django.core.checks.translation import check_language_settings_consistent
        from django.utils.translation import trans_null, trans_real
        result = []
        for code, languages, i18n in {random_language_settings()!r}:
            settings.LANGUAGE_CODE, settings.LANGUAGES, settings.USE_I18N = code, languages, i18n
            for cached in (trans_real.check_for_language, trans_real.get_languages, trans_real.get_supported_language_variant):
                cached.cache_clear()
            machinery = trans_real if i18n else trans_null
            result.append([code, attempt(lambda: machinery.get_supported_language_variant(code)),
                           attempt(lambda: machinery.get_supported_language_variant(code, True)),
                           [m.id for m in check_language_settings_consistent(None)]])
        """),
    ("language-from-path", "get_language_from_path() for URL prefixes", TRY + setup(USE_I18N="True", LANGUAGES="[('en', 'English'), ('de', 'German'), ('pt-br', 'Brazilian'), ('sr-latn', 'Serbian Latin'), ('nl', 'Dutch')]") + """
        from django.utils.translation import get_language_from_path as from_path
        from django.utils.translation import trans_real
        paths = ["/de/", "/de", "/de/x", "/DE/", "/en-us/", "/pt-br/", "/pt_BR/", "/sr-latn/x", "/nl-be/", "/fr/", "/", "", "de/",
                 "/de@x/", "/a-b-c-d/", "/en-gb-x/", "/de//", "/é/", "/nl-BE/x"]
        result = [[path, from_path(path), trans_real.get_language_from_path(path, strict=True)] for path in paths]
        """),
    ("language-from-request", "get_language_from_request(): the URL prefix, the language cookie, Accept-Language, then LANGUAGE_CODE",
     TRY + setup(USE_I18N="True", LANGUAGE_CODE="'de'", LANGUAGES="[('en', 'English'), ('de', 'German'), ('pt-br', 'Brazilian'), ('fr-ca', 'Canadian')]") + """
        from django.utils.translation import get_language_from_request

        class Request:
            def __init__(self, path="/", cookie=None, accept=None):
                self.path_info = path
                self.COOKIES = {} if cookie is None else {"django_language": cookie}
                self.META = {} if accept is None else {"HTTP_ACCEPT_LANGUAGE": accept}

        asked = [("/", None, None), ("/", "en", None), ("/", "EN", None), ("/", "pt", None), ("/", "xx", None), ("/", None, "fr"),
                 ("/", None, "en-US,en;q=0.8"), ("/", None, "*"), ("/", None, "xx, *, en"), ("/", None, "pt-PT;q=0.9, en;q=0.1"),
                 ("/en/", "pt-br", "fr"), ("/fr-ca/x", None, None), ("/", None, "nonsense;;"), ("/", "fr-ca", None), ("/", "", "en")]
        result = [[path, cookie, accept, get_language_from_request(Request(path, cookie, accept)),
                   get_language_from_request(Request(path, cookie, accept), check_path=True)] for path, cookie, accept in asked]
        """),
    ("accept-language", "parse_accept_lang_header() on well-formed and malformed headers", f"""
        from django.utils.translation.trans_real import parse_accept_lang_header
        headers = {HEADERS!r}
        result = [[header, parse_accept_lang_header(header)] for header in headers]
        """),
    ("translation-objects", "trans_real's translation objects and the default language's catalog", TRY + setup(USE_I18N="True", LANGUAGE_CODE="'en-us'") + """
        from django.utils.translation import trans_real
        de = trans_real.translation("de")
        result = [repr(de), de.language(), de.to_language(), trans_real.translation("de") is de, repr(trans_real.translation("EN-GB")),
                  trans_real.translation("EN-GB").to_language(), repr(trans_real.catalog()), attempt(lambda: trans_real.translation(["x"])),
                  trans_real.CONTEXT_SEPARATOR, trans_real.LANGUAGE_CODE_MAX_LENGTH]
        """),
    ("default-language-without-catalog", "A default language without a catalog: which uses of translation raise OSError", TRY + setup(USE_I18N="True", LANGUAGE_CODE="'xx'", INSTALLED_APPS="[]") + """
        from django.utils import translation as t
        result = [attempt(lambda: t.activate("en-gb")), t.get_language(), attempt(lambda: t.activate("fr")), t.get_language(),
                  attempt(lambda: t.gettext("")), attempt(lambda: t.gettext("Hello")), attempt(lambda: t.activate("xx")),
                  attempt(lambda: t.ngettext("a", "b", 2)), t.check_for_language("xx"), attempt(lambda: t.get_supported_language_variant("xx"))]
        """),
    ("default-language-catalog-in-locale-paths", "A default language of the project's own: its catalog found in LOCALE_PATHS", TRY + setup(USE_I18N="True", LANGUAGE_CODE="'xx'", INSTALLED_APPS="[]", LOCALE_PATHS="['locale']") + """
        from django.utils import translation as t
        result = [t.check_for_language("xx"), t.check_for_language("xx-yy"), t.check_for_language("yy"), t.get_language()]
        """, {"locale/xx/LC_MESSAGES/django.mo": "x"}),
    ("module-names", "What django.utils.translation offers, and what it no longer does", TRY + """
        import os
        import django
        from django.utils import translation
        def removed(name):
            try:
                exec(f"from django.utils.translation import {name}")
            except ImportError as exc:
                return [type(exc).__name__, str(exc).replace(os.path.dirname(django.__file__), "<django>")]
            return "importable"
        result = [sorted(translation.__all__), hasattr(translation, "LANGUAGE_SESSION_KEY"),
                  [removed(name) for name in ("ugettext_lazy", "ugettext", "ungettext", "ugettext_noop", "string_concat", "LANGUAGE_SESSION_KEY")],
                  issubclass(translation.TranslatorCommentWarning, SyntaxWarning)]
        """),
    ("helpers", "trim_whitespace() and round_away_from_one()", """
        from decimal import Decimal
        from django.utils.translation import round_away_from_one, trim_whitespace
        texts = ["  a  ", "a\\n  b", "a \\n\\n b\\n", "a\\r\\nb", "a\\rb", "\\n", "", "a\\tb\\n\\tc", "x\\u2028y\\nz"]
        values = [1, 1.0, 1.2, 0.5, 0, -0.5, 2.5, 3, Decimal("1.01"), Decimal("-2.5"), 100.0000001]
        result = [[text, trim_whitespace(text)] for text in texts] + [[str(v), round_away_from_one(v)] for v in values]
        """),
    # ---- termcolors ----------------------------------------------------------------------
    ("termcolors-colorize", "colorize() and make_style()", TRY + """
        from django.utils import termcolors as t
        result = [t.colorize(), t.colorize("x"), t.colorize("x", fg="red"), t.colorize("x", opts=("bold", "noreset")),
                  t.colorize("", opts=("reset",)), t.colorize("x", opts=["reset"]), t.colorize(None, fg="blue"),
                  t.colorize("x", fg="red", bg="blue", opts=("blink", "bogus")), t.colorize("x", zz="red"), t.colorize("x", bg="white", fg="black"),
                  attempt(lambda: t.colorize("x", fg="pink")), t.colorize(5, fg="red"), t.colorize(0, fg="red"), t.colorize("a", ("noreset",)),
                  t.colorize("", ("reset", "bold")), t.colorize("a", "noreset"), t.colorize("", "reset"), t.make_style(fg="green")("hi"),
                  t.make_style(("bold", "underscore"), bg="cyan")("hi"), t.make_style()("plain"), t.colorize("x", opts=("conceal", "reverse"))]
        result += [t.color_names, t.foreground, t.background, t.opt_dict, t.RESET, t.DEFAULT_PALETTE, t.NOCOLOR_PALETTE, t.DARK_PALETTE, t.LIGHT_PALETTE]
        """),
    ("termcolors-palettes", "termcolors' palettes", """
        from django.utils.termcolors import PALETTES
        result = PALETTES
        """),
    ("termcolors-parse", "parse_color_setting() on DJANGO_COLORS values", TRY + f"""
        from django.utils.termcolors import PALETTES, parse_color_setting
        values = {["", None, "light", "dark", "nocolor", "LIGHT", "error=red", "error=red/blue", "error=red/blue,blink,bold",
                   "error=/blue", "error=pink/blue", "error=red/pink,bogus", "light;error=yellow", "error=yellow;light", "nocolor;sql_field=green",
                   "bogus", "bogus=red", "error=", "error", "notice=green,bold;http_info=cyan/black", "light;;dark",
                   "error=red,bold,underscore,blink,reverse,conceal,noreset", "error=red/blue/green", "ERROR=RED", " error=red",
                   "error=,bold", "error=red,bold/blue", "light;bogus=red", "migrate_label=magenta"]!r}
        result = [[value, attempt(lambda: parse_color_setting(value))] for value in values]
        result.append(parse_color_setting("dark") is PALETTES["dark"])
        """),
    ("termcolors-parse-random", "parse_color_setting() on random DJANGO_COLORS values", TRY + f"""
        from django.utils.termcolors import parse_color_setting
        result = [[value, attempt(lambda: parse_color_setting(value))] for value in {[random_color_setting() for _ in range(60)]!r}]
        """),
    # ---- slugify -------------------------------------------------------------------------
    ("slugify", "slugify() from django.utils.text and the slugify template filter", TRY + """
        from django.template.defaultfilters import register, slugify as filter_slugify
        from django.utils.functional import lazystr
        from django.utils.text import slugify
        texts = ["Hello, World!", "  Django Packages  ", "Æsop's Fables", "crème brûlée", "你好 世界", "a--b__c", "-_x_-", "ﬁ ligature",
                 "Ärger über Öl", "tab\\tand\\nnewline", "100% sure", "", "___", "ǅemal", "İstanbul", "x\\u00a0y", "emoji 🎉 party"]
        result = [[text, slugify(text), slugify(text, allow_unicode=True), filter_slugify(text)] for text in texts]
        lazy = slugify(lazystr("Lazy Text"))
        result += [type(lazy).__name__, str(lazy), type(filter_slugify(lazystr("Lazy"))).__name__, filter_slugify(5), filter_slugify(None),
                   slugify(3.5), attempt(lambda: filter_slugify()), register.filters["slugify"] is filter_slugify,
                   getattr(filter_slugify, "is_safe", None), filter_slugify.__name__]
        """),
    ("text-helpers", "capfirst() and format_lazy()", setup() + """
        from django.utils.text import capfirst, format_lazy
        from django.utils.translation import gettext_lazy
        formatted = format_lazy("{} - {name}", gettext_lazy("Admin"), name="Site")
        result = [capfirst(""), capfirst(None), capfirst("abc"), capfirst("élan"), capfirst(5), capfirst([]), str(capfirst(gettext_lazy("site"))),
                  str(formatted), type(formatted).__name__]
        """),
    # ---- logging ---------------------------------------------------------------------------
    ("log-response", "log_response() and log_message(): the level by status, the escaped arguments, once per response", TRY + setup(DEBUG="False") + """
        import logging
        from django.http import HttpResponse
        from django.utils.log import log_message, log_response

        class Keep(logging.Handler):
            def __init__(self):
                super().__init__(logging.DEBUG)
                self.records = []

            def emit(self, record):
                self.records.append([record.levelname, record.getMessage(), getattr(record, "status_code", None), record.request])

        logger = logging.getLogger("gaps.test")
        logger.setLevel(logging.DEBUG)
        keep = Keep()
        logger.addHandler(keep)
        for status in (200, 302, 404, 499, 500, 503):
            log_response("Status %s: %s", status, "/path\\nforged", response=HttpResponse(status=status), request="req", logger=logger)
        once = HttpResponse(status=404)
        log_response("first", response=once, logger=logger)
        log_response("second", response=once, logger=logger)
        log_response("given level", response=HttpResponse(status=500), logger=logger, level="debug")
        log_message(logger, "plain %s %r", "tab\\there", "x\\ty", extra_field=1)
        log_message(logger, "with status", status_code=404, level="info")
        log_message(logger, "empty level", status_code=500, level="")
        result = [keep.records, once._has_been_logged, attempt(lambda: log_response("x", logger=logger))]
        """),
    ("log-filters", "DEFAULT_LOGGING, RequireDebugFalse/True and CallbackFilter", setup(DEBUG="True") + """
        import logging
        from django.utils.log import DEFAULT_LOGGING, CallbackFilter, RequireDebugFalse, RequireDebugTrue
        record = logging.LogRecord("x", logging.INFO, "f", 1, "message %s", ("arg",), None)
        result = [DEFAULT_LOGGING, RequireDebugFalse().filter(record), RequireDebugTrue().filter(record),
                  CallbackFilter(lambda r: r.getMessage().endswith("arg")).filter(record), CallbackFilter(lambda r: None).filter(record),
                  CallbackFilter(lambda r: "yes").filter(record)]
        """),
    # ---- forms, postgres, auth middleware ------------------------------------------------------
    ("forms-app-and-renderers", "django.forms as an installed app, and the renderers FORM_RENDERER names", TRY + setup(
        INSTALLED_APPS="['django.forms', 'django.contrib.postgres']", FORM_RENDERER="'django.forms.renderers.TemplatesSetting'") + """
        from django.apps import apps
        from django.forms import renderers
        forms, postgres = apps.get_app_config("forms"), apps.get_app_config("postgres")
        default = renderers.get_default_renderer()
        result = [type(forms).__name__, forms.name, forms.verbose_name, type(postgres).__name__, str(postgres.verbose_name),
                  type(default).__name__, renderers.get_default_renderer() is default,
                  [default.form_template_name, default.formset_template_name, default.field_template_name, default.bound_field_class],
                  attempt(lambda: renderers.BaseRenderer().get_template("x.html")), issubclass(renderers.DjangoTemplates, renderers.EngineMixin),
                  issubclass(renderers.TemplatesSetting, renderers.EngineMixin)]
        """),
    ("auth-middleware-import", "Importing the auth middleware and backends: what a project without the auth app gets", TRY + setup(INSTALLED_APPS="['django.contrib.contenttypes']") + """
        def imported(name):
            try:
                exec(f"from django.contrib.{name}")
            except Exception as exc:
                return [type(exc).__name__, str(exc)]
            return "imported"
        result = [imported(name) for name in ("auth.middleware import AuthenticationMiddleware", "auth.backends import ModelBackend",
                                              "sessions.middleware import SessionMiddleware", "messages.middleware import MessageMiddleware")]
        """),
    ("auth-middleware-classes", "The auth middleware and backends with the auth app installed", setup() + """
        from django.contrib.auth import backends, middleware
        from django.contrib.sessions.middleware import SessionMiddleware
        from django.utils.deprecation import MiddlewareMixin
        result = [issubclass(middleware.PersistentRemoteUserMiddleware, middleware.RemoteUserMiddleware),
                  issubclass(middleware.RemoteUserMiddleware, middleware.AuthenticationMiddleware),
                  issubclass(middleware.AuthenticationMiddleware, MiddlewareMixin), issubclass(SessionMiddleware, MiddlewareMixin),
                  [cls.__mro__[1].__name__ for cls in (backends.ModelBackend, backends.AllowAllUsersModelBackend, backends.RemoteUserBackend,
                                                      backends.AllowAllUsersRemoteUserBackend)],
                  middleware.AuthenticationMiddleware.__module__, middleware.AuthenticationMiddleware.__qualname__]
        """),
    ("admin-checks-direct", "The admin's dependency checks called directly", setup(INSTALLED_APPS="['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes']", MIDDLEWARE="['django.contrib.auth.middleware.AuthenticationMiddleware']", TEMPLATES="[{'BACKEND': 'django.template.backends.django.DjangoTemplates', 'OPTIONS': {'context_processors': ['django.template.context_processors.request']}}]") + """
        from django.contrib.admin.checks import check_admin_app, check_dependencies
        result = [[m.id, m.msg, m.hint] for m in check_dependencies()] + [check_admin_app(None)]
        """),
    # ---- the drivers -----------------------------------------------------------------------
    ("psycopg-conninfo", "psycopg.conninfo: connection strings in both forms, and the errors libpq gives", TRY + """
        from psycopg import conninfo as c
        strings = ["", "host=db dbname=app", "host = db  port=5432", "password=''", "host=a\\\\ b", "host='a\\\\'b'", "host='abc", "host",
                   "=x", "requiressl=1", "requiressl=0", "bogus=1 host", "host=a host=b", "host='a'port=1",
                   "postgresql://u:p@h:5432/db?sslmode=require", "postgres://h/db", "postgresql://", "postgresql://h1:1,h2:2/db",
                   "postgresql://h1,h2/db", "postgresql://[::1]:5432/db", "postgresql://[::1", "postgresql://[]/db", "postgresql://[::1]x/db",
                   "postgresql://h/db?ssl=true", "postgresql://h?ssl=false", "postgresql://h/db?bogus=1", "postgresql://h/db?a",
                   "postgresql://h/db?a=b=c", "postgresql://u%40x:p%2Fq@h/d%20b", "postgresql://h/%zz", "postgresql://h/db%00",
                   "postgresql://h?application_name=a@b", "postgresql://u:p:q@h", "postgresql://h/db?x=1&&y=2", "POSTGRESQL://h/db",
                   "postgresql://h/db#frag", "nonsense"]
        result = [[s, attempt(lambda: c.conninfo_to_dict(s))] for s in strings]
        result += [attempt(lambda: c.make_conninfo()), attempt(lambda: c.make_conninfo(host="db", dbname="app", user="app")),
                   attempt(lambda: c.make_conninfo("host=db", dbname="x", host="h2")), attempt(lambda: c.make_conninfo("postgresql://h/db", port=5432)),
                   attempt(lambda: c.make_conninfo(password="a b", user="it's", options="", port=None)), attempt(lambda: c.make_conninfo("host=x   port=1")),
                   attempt(lambda: c.make_conninfo(bogus="x")), attempt(lambda: c.make_conninfo("nonsense")), c.conninfo_to_dict("host=db", port=1, dbname=None)]
        """),
    ("psycopg-module", "What psycopg offers a settings file without a database", TRY + """
        import psycopg
        from psycopg import pq
        result = [psycopg.__version__, [[level.name, int(level)] for level in psycopg.IsolationLevel], repr(psycopg.IsolationLevel.SERIALIZABLE),
                  psycopg.apilevel, psycopg.paramstyle, psycopg.threadsafety, [cls.__name__ for cls in psycopg.ProgrammingError.__mro__],
                  psycopg.errors.ProgrammingError is psycopg.ProgrammingError, repr(psycopg.Error), pq.version(), pq.__impl__, int(pq.Format.BINARY),
                  attempt(lambda: __import__("psycopg2"))]
        """),
    ("mysqldb-module", "What MySQLdb offers a settings file without a server", TRY + """
        import MySQLdb
        from MySQLdb.constants import CLIENT, FIELD_TYPE
        result = [MySQLdb.version_info, MySQLdb.__version__, CLIENT.FOUND_ROWS, CLIENT.MULTI_STATEMENTS, FIELD_TYPE.JSON, FIELD_TYPE.VAR_STRING,
                  issubclass(MySQLdb.OperationalError, MySQLdb.DatabaseError), issubclass(MySQLdb.Warning, Warning), MySQLdb.apilevel,
                  MySQLdb.paramstyle, attempt(lambda: __import__("mysqlclient"))]
        """),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for entry in CASES:
        name, description, code = entry[:3]
        files = entry[3] if len(entry) > 3 else {}
        case = {"kind": "python", "description": description, "files": {"mysite/__init__.py": "", **files},
                "code": textwrap.dedent(code).strip() + "\n"}
        with open(os.path.join(OUT, f"gaps-{name}.json"), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
