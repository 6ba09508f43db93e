"""Write the data modules the mini Django keeps of Django's own tables, read from real Django.

Some of what Django ships is data, not code: the languages Django knows (LANG_INFO), the
locales it has message catalogs for (django/conf/locale/<locale>/LC_MESSAGES/django.mo and each
contrib app's locale folder, which the mini Django does not ship), and the terminal colour
palettes of django.utils.termcolors. Those are facts: this script asks real Django for them and
writes them as compact tables of ours, so nobody types them.

    ORACLE_PYTHON=... ORACLE_DJANGO_PATH=... python3 tools/oracle/generators/gaps_django_data.py

It runs itself again under ORACLE_PYTHON with Django importable (see tools/oracle/README.md) and
writes:
- src/python/django/conf/locale/_recorded.py (LANG_INFO and the catalogs),
- src/python/django/utils/_palettes.py (termcolors' PALETTES),
- the database drivers' stand-ins' tables (src/python/thirdparty/database-drivers/): the
  connection options libpq knows, in its order (psycopg.conninfo), and the MySQL protocol's
  CLIENT and FIELD_TYPE constants (MySQLdb.constants; the oracle's MySQLdb is PyMySQL's).
"""

import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
LOCALE_OUT = os.path.join(ROOT, "src", "python", "django", "conf", "locale", "_recorded.py")
PALETTES_OUT = os.path.join(ROOT, "src", "python", "django", "utils", "_palettes.py")
DRIVERS = os.path.join(ROOT, "src", "python", "thirdparty", "database-drivers")
LIBPQ_OUT = os.path.join(DRIVERS, "psycopg", "_libpq_options.py")
MYSQL_OUT = os.path.join(DRIVERS, "MySQLdb", "constants")
HEADER = '"""{what}\n\nWritten by tools/oracle/generators/gaps_django_data.py from Django {version}: do not edit."""\n\n'


def words(names, width=96):
    """Names as string literals of at most `width` characters, one a line, space-separated."""
    lines, line = [], ""
    for name in names:
        if line and len(line) + len(name) + 1 > width:
            lines.append(line + " ")
            line = ""
        line = f"{line} {name}" if line else name
    lines.append(line)
    return "".join(f"    {line!r}\n" for line in lines)


def catalogs(folder):
    """The locales a locale folder holds a "django" catalog for."""
    return sorted(name for name in os.listdir(folder) if os.path.exists(os.path.join(folder, name, "LC_MESSAGES", "django.mo")))


def without_plural_forms(package):
    import gettext

    folders = [os.path.join(package, "conf", "locale")]
    folders += [os.path.join(package, "contrib", app, "locale") for app in sorted(os.listdir(os.path.join(package, "contrib")))]
    found = set()
    for folder in filter(os.path.isdir, folders):
        for name in catalogs(folder):
            with open(os.path.join(folder, name, "LC_MESSAGES", "django.mo"), "rb") as mo:
                if "plural-forms" not in gettext.GNUTranslations(mo)._info:
                    found.add(name)
    return found


def locale_module(django):
    from django.conf.locale import LANG_INFO

    rows = []
    for code, info in LANG_INFO.items():
        if set(info) == {"fallback"}:
            rows.append(f"{code}>{','.join(info['fallback'])}")
            continue
        assert set(info) == {"bidi", "code", "name", "name_local"} and info["code"] == code, code
        assert not any("|" in info[key] for key in ("name", "name_local")), code
        rows.append(f"{code}|{'rtl' if info['bidi'] else 'ltr'}|{info['name']}|{info['name_local']}")
    package = os.path.dirname(django.__file__)
    own = catalogs(os.path.join(package, "conf", "locale"))
    apps = {}
    contrib = os.path.join(package, "contrib")
    for app in sorted(os.listdir(contrib)):
        folder = os.path.join(contrib, app, "locale")
        if os.path.isdir(folder):
            extra = sorted(set(catalogs(folder)) - set(own))
            if extra:
                apps[f"django.contrib.{app}"] = extra
    text = HEADER.format(what="Django's table of languages and the message catalogs it ships.", version=django.get_version())
    text += "#: LANG_INFO, one language a line: `code|ltr or rtl|name|name_local`, or `code>fallback,...`.\n"
    text += "LANGUAGE_ROWS = (\n" + "".join(f"    {row!r},\n" for row in rows) + ")\n\n"
    text += "#: The locales django/conf/locale holds a \"django\" catalog for, space-separated.\n"
    text += "DJANGO_CATALOGS = (\n" + words(own) + ")\n\n"
    text += "#: The locales whose catalogs (Django's and its apps') have no Plural-Forms header: gettext counts\n"
    text += "#: without looking at the number's type for them (any other catalog wants an integer).\n"
    text += f"WITHOUT_PLURAL_FORMS = {' '.join(sorted(without_plural_forms(package))).strip()!r}\n\n"
    text += "#: Locales a contrib app's own locale folder has a catalog for, beyond Django's.\n"
    text += "APP_CATALOGS = {\n" + "".join(f"    {app!r}: {' '.join(names)!r},\n" for app, names in apps.items()) + "}\n"
    return text


def palettes_module(django):
    from django.utils.termcolors import DEFAULT_PALETTE, PALETTES, opt_dict

    roles = list(PALETTES["nocolor"])
    assert all(not style for style in PALETTES["nocolor"].values())
    rows = []
    for name, palette in PALETTES.items():
        assert list(palette) == roles, name
        for role, style in palette.items():
            if style:
                assert set(style) <= {"fg", "opts"} and all(o in opt_dict for o in style.get("opts", ())), (name, role)
                rows.append(f"{name} {role} {style.get('fg', '-')} {','.join(style.get('opts', ())) or '-'}")
    text = HEADER.format(what="django.utils.termcolors' palettes.", version=django.get_version())
    text += f"#: The palettes, in Django's order; the default one.\nPALETTE_NAMES = {tuple(PALETTES)!r}\nDEFAULT = {DEFAULT_PALETTE!r}\n\n"
    text += "#: Every role a palette styles, in Django's order.\nROLES = (\n" + words(roles) + ")\n\n"
    text += "#: `palette ROLE foreground options` for every role a palette colours (`-`: none).\n"
    text += "STYLES = (\n" + "".join(f"    {row!r},\n" for row in rows) + ")\n"
    return text


def libpq_module(django):
    import psycopg
    from psycopg import pq

    options = [option.keyword.decode() for option in pq.Conninfo.get_defaults()]
    text = HEADER.format(what="The connection options libpq knows, in its own order.", version=django.get_version())
    text = text.replace(f"Django {django.get_version()}", f"psycopg {psycopg.__version__} (libpq {pq.version()})")
    text += f"LIBPQ_VERSION = {pq.version()}\nPSYCOPG_VERSION = {psycopg.__version__!r}\n\n"
    text += "#: Every keyword of a connection string, in the order libpq lists (and parses into) them.\n"
    text += "KEYWORDS = (\n" + words(options) + ")\n"
    return text


def mysql_constants(django, name):
    import importlib

    import pymysql

    module = importlib.import_module(f"MySQLdb.constants.{name}")
    values = {key: value for key, value in vars(module).items() if key.isupper()}
    what = f"MySQL's {name} constants, as the oracle's MySQLdb has them (PyMySQL {pymysql.__version__} installed as MySQLdb)."
    text = HEADER.format(what=what, version=django.get_version()).replace(f" from Django {django.get_version()}", "")
    return text + "".join(f"{key} = {value}\n" for key, value in values.items())


def main():
    if os.environ.get("GAPS_DATA_IN_ORACLE") != "1":
        python, path = os.environ.get("ORACLE_PYTHON"), os.environ.get("ORACLE_DJANGO_PATH")
        if not python or not path:
            raise SystemExit("Set ORACLE_PYTHON and ORACLE_DJANGO_PATH (see tools/oracle/README.md).")
        env = {"GAPS_DATA_IN_ORACLE": "1", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        raise SystemExit(subprocess.run([python, os.path.abspath(__file__)], env=env).returncode)
    import django

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    import django_case  # the oracle's MySQLdb, as cases see it

    django_case.install_mysql_driver()
    written = [(LOCALE_OUT, locale_module(django)), (PALETTES_OUT, palettes_module(django)), (LIBPQ_OUT, libpq_module(django))]
    written += [(os.path.join(MYSQL_OUT, f"{name}.py"), mysql_constants(django, name)) for name in ("CLIENT", "FIELD_TYPE")]
    for out, text in written:
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as file:
            file.write(text)
        print(f"wrote {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
