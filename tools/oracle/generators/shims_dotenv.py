"""python-dotenv's behaviour, recorded from the real library, for our shim to be replayed against.

    python3 tools/oracle/generators/shims_dotenv.py             # writes the inputs
    DOTENV_LIBRARY=/work/oracle/dotenv python3 tools/oracle/generators/shims_dotenv.py --record

The inputs are `python` cases (../../../../shared/conformance/FORMAT.md's shape, plus
`"installed": ["python-dotenv"]`), written to tools/oracle/thirdparty/inputs/python/; --record
runs record.py on them with the real python-dotenv (pip install --target DOTENV_LIBRARY
python-dotenv) beside real Django, into tools/oracle/thirdparty/cases/python/.
tests/python/env-shims-dotenv-recorded.test.ts replays those against our shim, installed as an
exercise installs it. They live apart from tools/oracle/inputs and cases because they need the
library: recorded without it they would record ModuleNotFoundError, and replayed without it
(recorded.test.ts installs nothing) they would fail.

Covered: the .env syntax (comments, `export`, quoted and unquoted keys and values, escapes,
multi-line values, keys without values, lines that do not parse and the line numbers reported,
CRLF and CR files, a BOM, Unicode spaces), ${NAME} and ${NAME:-default} expansion and its
precedence with os.environ, load_dotenv (return value, override, PYTHON_DOTENV_DISABLED,
verbose, paths, streams, encoding), dotenv_values, find_dotenv (from the calling file, usecwd,
raise_error_if_not_found) and get_key. Each case also returns what python-dotenv logged.
"""

import argparse
import json
import os
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.dirname(HERE)
INPUTS = os.path.join(ORACLE, "thirdparty", "inputs", "python")
CASES = os.path.join(ORACLE, "thirdparty", "cases")

#: Collects what python-dotenv logs into LOG, as "LEVEL: message"; the case code runs in between.
BEFORE = '''import io, logging, os
import dotenv
from dotenv import dotenv_values, find_dotenv, get_key, load_dotenv


class CaseLog(logging.Handler):
    def emit(self, record):
        LOG.append(f"{record.levelname}: {record.getMessage()}")


LOG = []
CASE_LOG = CaseLog()
logging.getLogger("dotenv").addHandler(CASE_LOG)
logging.getLogger("dotenv").setLevel(logging.DEBUG)
try:
'''
AFTER = '''finally:
    logging.getLogger("dotenv").removeHandler(CASE_LOG)
    logging.getLogger("dotenv").setLevel(logging.NOTSET)
'''

#: The settings module of a course project, where load_dotenv() and find_dotenv() are called.
SETTINGS = "mysite/settings.py"


def case(slug, description, code, files=None, env=None):
    return slug, {
        "kind": "python",
        "description": description,
        "installed": ["python-dotenv"],
        "files": files or {},
        "env": env or {},
        "code": BEFORE + textwrap.indent(textwrap.dedent(code).strip() + "\n", "    ") + AFTER,
    }


def syntax(slug, description, text, **options):
    """dotenv_values() of a .env file holding text, and the log."""
    arguments = "".join(f", {name}={value!r}" for name, value in options.items())
    return case(slug, description, f'result = {{"values": dotenv_values(".env"{arguments}), "log": LOG}}', {".env": text})


def in_settings(slug, description, settings_code, files=None, env=None):
    """Code run as the settings module (mysite/settings.py) runs; it leaves RESULT."""
    files = {"mysite/__init__.py": "", SETTINGS: textwrap.dedent(settings_code).lstrip(), **(files or {})}
    return case(slug, description, 'import mysite.settings\nresult = {"result": mysite.settings.RESULT, "log": LOG}', files, env)


SYNTAX = [
    syntax("basic", "KEY=value lines, spaces around keys, = and values ignored", "A=1\nB = 2 \n  C=3\n\tD\t=\t4\t\n"),
    syntax("export", "`export ` in front of a key changes nothing; export alone or glued is a key",
           "export A=1\nexport  B=2\nexport\tC=3\nexportD=4\nexport=5\nexport E\nexport\n"),
    syntax("export-case", "EXPORT in capitals is not the directive", "EXPORT A=1\nB=2\n"),
    syntax("export-then-nothing", "`export ` then the end of the line", "export \nA=1\nexport #comment\nB=2\n"),
    syntax("comments", "Full-line and inline comments",
           "# a comment\n  # indented\nA=1 # inline\nB=a#b\nC=#c\nD= #c\nE=x\t#tab\nF=1 #\nG=#\n#H=1\n"),
    syntax("comment-after-key", "A comment right after a key without a value", "A#=1\nB #c\nC\t# c\n"),
    syntax("unquoted-spaces", "Unquoted values keep inner spaces, lose outer ones",
           "A=   spaced   \nB=a  b  c\nC=1 2 #c 3\nD=x\t\ty\n"),
    syntax("unquoted-quotes", "Quotes inside an unquoted value are kept",
           "A=it's\nB=say \"hi\"\nC=a'b'c\nD=x\"\nE=`cmd`\n"),
    syntax("unquoted-backslashes", "Backslashes in unquoted values are kept as written",
           "A=C:\\path\\to\nB=a\\nb\nC=\\'x\\'\nD=x\\ #c\n"),
    syntax("equals-in-value", "Everything after the first = is the value", "A==1\nB=1=2\nC=a=b=c\n"),
    syntax("single-quotes", "Single-quoted values: spaces, #, the two escapes",
           "A='a b'\nB='a#b' # c\nC='it\\'s'\nD='a\\\\b'\nE='\\n stays'\nF=''\nG=' '\nH='\"'\n"),
    syntax("double-quotes", "Double-quoted values and their escapes",
           'A="a\\nb"\nB="tab\\there"\nC="q\\"q"\nD="back\\\\slash"\nE="\\q unknown"\nF="\\a\\b\\f\\r\\v"\nG="it\\\'s"\nH=""\n'),
    syntax("double-quotes-unicode-escapes", "\\u and \\x escapes are not decoded", 'A="\\u00e9"\nB="\\x41"\nC="\\\\n"\n'),
    syntax("quotes-then-comment", "After a closing quote: spaces and a comment only",
           "A=\"x\"  # c\nB='y'#c\nC=\"z\"\t\nD='w'   \n"),
    syntax("quotes-then-junk", "Text after a closing quote makes the statement unparsable",
           "A=\"x\" y\nB=2\nC='a'b\nD=\"a\" \"b\"\nE=3\n"),
    syntax("hash-in-quotes", "# inside quotes is part of the value", "A=\"#not a comment\"\nB='#'\nC=\"a #b\" #c\n"),
    syntax("multiline-single", "A single-quoted value spans lines", "A='first\nsecond'\nB=after\n"),
    syntax("multiline-double", "A double-quoted value spans lines, with escapes", "A=\"first\nsecond\\nthird\"\nB=after\n"),
    syntax("multiline-then-bad", "Line numbers after a multi-line value", "A=\"a\nb\nc\"\nnot a line\nB=1\n"),
    syntax("unterminated-double", "An unclosed double quote: reported, then parsing goes on after its line",
           "A=\"open\nB=2\nC=3\n"),
    syntax("unterminated-single", "An unclosed single quote", "A='open\nB=2\n"),
    syntax("trailing-backslash-double", "A backslash before the closing double quote escapes it", 'A="a\\"\nB=2\nC="a\\\\"\nD=3\n'),
    syntax("trailing-backslash-single", "A backslash before the closing single quote escapes it", "A='a\\'\nB=2\nC='a\\\\'\nD=3\n"),
    syntax("escaped-newline-in-quotes", "Backslash and newline inside quotes", "A=\"a\\\nb\"\nB='c\\\nd'\n"),
    syntax("keys-without-values", "A key without = is None; KEY= is the empty string", "A\nB=\nC #c\n'D'\nE =\nF= \n"),
    syntax("quoted-keys", "Single-quoted keys may hold spaces and =; double quotes are part of the key",
           "'A B'=1\n'A=B'=2\n\"C\"=3\nexport 'D'=4\n"),
    syntax("bad-quoted-keys", "Empty or unclosed quoted keys, and text after one", "''=1\n'=1\n'A'B=1\nC=4\n"),
    syntax("odd-keys", "Keys are any characters but whitespace, = and #", "A.B=1\nA-B=2\nA:B=3\n\u00e9=4\nA'=5\n"),
    syntax("bad-lines", "Lines that are no statement are reported with their line number",
           "A=1\nnot a line\nB=2\n=3\nC=4\n  =5\nD B=6\n"),
    syntax("bad-after-blank-lines", "The line reported for a statement after blank lines", "A=1\n\n\nbad line\nB=2\n\n\nbad again\n"),
    syntax("crlf", "A file with CRLF line endings", "A=1\r\nB=\"x\r\ny\"\r\nbad line\r\nC=3\r\n"),
    syntax("cr", "A file with CR line endings", "A=1\rB=2\rbad line\rC=3\r"),
    syntax("crlf-after-bad-lines", "CRLF after lines that do not parse, and the line numbers reported",
           "bad one\r\nbad two\r\nbad three\r\nA=1\r\nbad four\r\n"),
    syntax("mixed-line-ends", "Mixed line endings", "A\r\n\rbad x\nB=1\n\r\nbad y\n"),
    syntax("bom", "A UTF-8 byte order mark before the first key", "\ufeffA=1\nB=2\n"),
    syntax("windows-file", "A file saved on Windows: BOM, CRLF, and a broken line between good ones",
           "\ufeffSECRET=abc\r\nDEBUG=\"False\" junk\r\nAFTER=yes\r\n"),
    syntax("unicode-spaces", "Unicode spaces count as spaces", "\u00a0A=1\nB\u00a0=2\nC=\u00a0x\nD=x\u00a0#c\nE=x\u000cy\n"),
    syntax("unicode-line-separators", "U+2028 and U+0085 do not end a line", "A=1\u2028B=2\nC=3\u0085D=4\nE=\"a\u2028b\"\n"),
    syntax("duplicates", "A key given twice keeps its first place and its last value", "A=1\nB=2\nA=3\n"),
    syntax("empty-file", "An empty file", ""),
    syntax("only-comments", "Comments and blank lines only", "# a\n\n   \n# b\n"),
    syntax("form-feed-and-tabs", "Form feeds, vertical tabs and tabs between statements", "\u000c\u000bA=1\n\t\n\u000cB=2\n"),
]

EXPANSION = [
    syntax("expand-basic", "${NAME} takes an earlier variable of the file",
           "DOMAIN=example.org\nADMIN_EMAIL=admin@${DOMAIN}\nROOT_URL=${DOMAIN}/app\n"),
    syntax("expand-bare-dollar", "$NAME without braces is not expanded", "A=x\nB=$A\nC=$$\nD=$${A}\nE=a$\n"),
    syntax("expand-defaults", "${NAME:-default}",
           "A=${MISSING:-fallback}\nB=${MISSING:-}\nC=${MISSING-x}\nD=${MISSING:-a:b}\nE=${MISSING:-${A}}\nF=${MISSING:--}\n"),
    syntax("expand-empty-and-unset", "An empty value and a key without value both count as set for :-",
           "E=\nA=${E:-d}\nN\nB=${N:-d}\nC=${N}\n"),
    syntax("expand-order", "Only earlier variables are seen", "A=${B}\nB=x\nC=${B}\n"),
    syntax("expand-self", "A variable may extend its earlier value", "A=x\nA=${A}y\nB=${B}\n"),
    syntax("expand-quotes", "Expansion happens in unquoted, single- and double-quoted values",
           "A=x\nB='${A}'\nC=\"${A}\"\nD=${A}\n"),
    syntax("expand-malformed", "What is not a reference stays as written",
           "A=${B\nC=${B:x}\nD=${}\nE=${ B }\nF=${B}}\nG=${B:x}${D}\nH=${A${B}}\n"),
    syntax("expand-escaped-dollar", "A backslash does not stop expansion", "B=x\nA=\\${B}\nC=\"\\${B}\"\nD='\\${B}'\n"),
    syntax("expand-off", "interpolate=False keeps ${...} as written", "A=x\nB=${A}\nC=${M:-d}\n", interpolate=False),
    syntax("expand-multiline", "A reference inside a multi-line value", "A=x\nB=\"1 ${A}\n2 ${A}\"\n"),
    case("expand-from-environ", "dotenv_values(): the file's variables first, then os.environ, then the default",
         'result = {"values": dotenv_values(".env"), "log": LOG}',
         {".env": "P=${HOME_DIR}/x\nA=file\nB=${A}\nC=${UNSET:-d}\n"}, {"HOME_DIR": "/home/me", "A": "env"}),
    case("expand-load-no-override", "load_dotenv(): os.environ first, then the file",
         'loaded = load_dotenv(".env")\nresult = {"loaded": loaded, "environ": dict(sorted(os.environ.items())), "log": LOG}',
         {".env": "A=file\nB=${A}\nC=${HOME_DIR}\nD=${E:-d}\nE=e\n"}, {"HOME_DIR": "/home/me", "A": "env"}),
    case("expand-load-override", "load_dotenv(override=True): the file first, then os.environ",
         'loaded = load_dotenv(".env", override=True)\nresult = {"loaded": loaded, "environ": dict(sorted(os.environ.items())), "log": LOG}',
         {".env": "A=file\nB=${A}\nC=${HOME_DIR}\n"}, {"HOME_DIR": "/home/me", "A": "env"}),
    case("expand-load-raw", "load_dotenv(interpolate=False) sets the values as written",
         'load_dotenv(".env", interpolate=False)\nresult = {"environ": dict(sorted(os.environ.items())), "log": LOG}',
         {".env": "A=x\nB=${A}\n"}),
]

LOADING = [
    in_settings("load-course-layout", "load_dotenv() in mysite/settings.py finds the .env of the project folder", '''
        import os
        from dotenv import load_dotenv
        LOADED = load_dotenv()
        RESULT = {"loaded": LOADED, "key": os.environ.get("DJANGO_SECRET_KEY"), "debug": os.environ.get("DJANGO_DEBUG")}
        ''', {".env": "DJANGO_SECRET_KEY=abc123\nDJANGO_DEBUG=False\n"}),
    in_settings("load-beside-settings-first", "A .env beside the settings wins over the project's", '''
        import os
        from dotenv import load_dotenv
        RESULT = {"loaded": load_dotenv(), "where": os.environ.get("WHERE")}
        ''', {".env": "WHERE=project\n", "mysite/.env": "WHERE=mysite\n"}),
    in_settings("load-nothing-found", "No .env anywhere: False, nothing set", '''
        import os
        from dotenv import load_dotenv
        RESULT = {"loaded": load_dotenv(), "environ": sorted(os.environ)}
        '''),
    in_settings("load-base-dir-path", "load_dotenv(BASE_DIR / '.env'), as the chapter writes it", '''
        import os
        from pathlib import Path
        from dotenv import load_dotenv
        BASE_DIR = Path(__file__).resolve().parent.parent
        RESULT = {"loaded": load_dotenv(BASE_DIR / ".env"), "key": os.environ["DJANGO_SECRET_KEY"]}
        ''', {".env": "DJANGO_SECRET_KEY='s3cr3t#with$signs'\n"}),
    in_settings("load-find-dotenv-path", "load_dotenv(find_dotenv())", '''
        import os
        from dotenv import find_dotenv, load_dotenv
        PATH = find_dotenv()
        RESULT = {"path": PATH, "loaded": load_dotenv(PATH), "a": os.environ.get("A")}
        ''', {".env": "A=1\n"}),
    case("load-existing-wins", "Variables already in the environment win; override=True replaces them", '''
        first = load_dotenv(".env")
        kept = os.environ["DEBUG"]
        second = load_dotenv(".env", override=True)
        result = {"first": first, "kept": kept, "second": second, "then": os.environ["DEBUG"], "log": LOG}
        ''', {".env": "DEBUG=False\n"}, {"DEBUG": "True"}),
    case("load-returns-true-when-nothing-set", "True when the file defines variables, even if none was set", '''
        result = {"loaded": load_dotenv(".env"), "environ": dict(os.environ), "log": LOG}
        ''', {".env": "A=file\nB\n"}, {"A": "env"}),
    case("load-key-without-value", "A key without a value is not set by load_dotenv", '''
        result = {"loaded": load_dotenv(".env"), "has_b": "B" in os.environ, "c": os.environ.get("C"), "log": LOG}
        ''', {".env": "B\nC=\n"}),
    case("load-empty-file", "A file with no variables: False", '''
        result = {"empty": load_dotenv(".env"), "comments": load_dotenv("comments.env"), "log": LOG}
        ''', {".env": "", "comments.env": "# nothing\n"}),
    case("load-duplicates", "A key given twice: the last value is set", '''
        load_dotenv(".env")
        result = {"a": os.environ["A"], "log": LOG}
        ''', {".env": "A=1\nA=2\n"}),
    case("load-missing-path", "A path that does not exist: False; verbose=True logs it", '''
        result = {"quiet": load_dotenv("missing.env"), "verbose": load_dotenv("missing.env", verbose=True), "log": LOG}
        '''),
    case("load-folder-path", "A path naming a folder reads nothing", '''
        result = {"loaded": load_dotenv("conf"), "values": dotenv_values("conf"), "log": LOG}
        ''', {"conf/.env": "A=1\n"}),
    case("load-relative-and-pathlib", "Relative paths are relative to the working directory; a Path works too", '''
        from pathlib import Path
        result = {"str": dotenv_values("conf/app.env"), "path": dotenv_values(Path("conf") / "app.env"), "log": LOG}
        ''', {"conf/app.env": "A=1\n"}),
    case("load-stream", "A stream instead of a file", '''
        loaded = load_dotenv(stream=io.StringIO("USER=foo\\nEMAIL=foo@example.org"))
        result = {"loaded": loaded, "user": os.environ.get("USER"), "email": os.environ.get("EMAIL"), "log": LOG}
        '''),
    case("load-stream-and-path", "A path that exists wins over a stream; a missing one falls back to it", '''
        result = {
            "exists": dotenv_values(".env", stream=io.StringIO("S=stream")),
            "missing": dotenv_values("missing.env", stream=io.StringIO("S=stream")),
            "log": LOG,
        }
        ''', {".env": "S=file\n"}),
    case("load-disabled", "PYTHON_DOTENV_DISABLED turns load_dotenv off for 1/true/t/yes/y in any case", '''
        seen = {}
        for value in ["1", "true", "True", "TRUE", "t", "yes", "Y", "on", "0", "false", "no", "", " 1"]:
            os.environ["PYTHON_DOTENV_DISABLED"] = value
            seen[value] = [load_dotenv(".env"), os.environ.pop("A", None)]
        result = {"seen": seen, "log": LOG}
        ''', {".env": "A=1\n"}),
    case("load-disabled-values", "PYTHON_DOTENV_DISABLED does not change dotenv_values", '''
        result = {"values": dotenv_values(".env"), "log": LOG}
        ''', {".env": "A=1\n"}, {"PYTHON_DOTENV_DISABLED": "1"}),
    case("load-encoding", "encoding= decodes the file", '''
        result = {"utf8": dotenv_values(".env"), "latin1": dotenv_values(".env", encoding="latin-1"), "log": LOG}
        ''', {".env": "A=caf\u00e9\n"}),
    case("values-untouched-environ", "dotenv_values() leaves os.environ alone and returns an OrderedDict", '''
        values = dotenv_values(".env")
        result = {"type": type(values).__name__, "items": list(values.items()), "environ": dict(os.environ), "log": LOG}
        ''', {".env": "B=2\nA=1\nC\n"}),
]

FINDING = [
    in_settings("find-from-settings", "find_dotenv() looks in the caller's folder, then above", '''
        from dotenv import find_dotenv
        RESULT = {"found": find_dotenv(), "other": find_dotenv(".env.production")}
        ''', {".env": "A=1\n", ".env.production": "A=2\n"}),
    in_settings("find-beside-caller", "find_dotenv() prefers the file beside the caller", '''
        from dotenv import find_dotenv
        RESULT = find_dotenv()
        ''', {".env": "A=1\n", "mysite/.env": "A=2\n"}),
    in_settings("find-usecwd", "usecwd=True starts from the working directory instead", '''
        from dotenv import find_dotenv
        RESULT = {"cwd": find_dotenv(usecwd=True), "caller": find_dotenv()}
        ''', {"mysite/.env": "A=2\n"}),
    in_settings("find-not-found", "Nothing found: '' or, with raise_error_if_not_found, OSError", '''
        from dotenv import find_dotenv
        try:
            find_dotenv(".env.missing", raise_error_if_not_found=True)
        except Exception as exc:
            RAISED = [type(exc).__name__, str(exc)]
        RESULT = {"quiet": find_dotenv(".env.missing"), "raised": RAISED}
        '''),
    in_settings("find-from-helper-module", "The caller is the module that calls, not the one that imports it", '''
        from config.env import FOUND, VALUES
        RESULT = {"found": FOUND, "values": VALUES}
        ''', {"config/__init__.py": "", "config/.env": "WHERE=config\n", ".env": "WHERE=project\n",
              "config/env.py": "from dotenv import dotenv_values, find_dotenv\nFOUND = find_dotenv()\nVALUES = dotenv_values()\n"}),
    in_settings("find-directory-named-env", "A folder named .env is not the file", '''
        from dotenv import find_dotenv
        RESULT = find_dotenv()
        ''', {"mysite/.env/keep": "", ".env": "A=1\n"}),
    in_settings("values-without-path", "dotenv_values() without a path finds the file as load_dotenv() does", '''
        from dotenv import dotenv_values
        RESULT = dict(dotenv_values())
        ''', {".env": "A=1\nB=${A}2\n"}),
]

KEYS = [
    case("get-key", "get_key(): a value, a key without value, a missing key, a missing file", '''
        result = {
            "value": get_key(".env", "A"),
            "expanded": get_key(".env", "B"),
            "no_value": get_key(".env", "C"),
            "missing": get_key(".env", "NOPE"),
            "no_file": get_key("missing.env", "A"),
            "log": LOG,
        }
        ''', {".env": "A=1\nB=${A}${HOME_DIR}\nC\n"}, {"HOME_DIR": "/h"}),
]

ALL = SYNTAX + EXPANSION + LOADING + FINDING + KEYS


def write_inputs():
    os.makedirs(INPUTS, exist_ok=True)
    slugs = [slug for slug, _ in ALL]
    assert len(slugs) == len(set(slugs)), "two cases share a slug"
    for name in os.listdir(INPUTS):
        if name.startswith("shims-dotenv-") and name[len("shims-dotenv-"):-len(".json")] not in slugs:
            os.remove(os.path.join(INPUTS, name))
    for slug, data in ALL:
        with open(os.path.join(INPUTS, f"shims-dotenv-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"wrote {len(ALL)} inputs to {os.path.relpath(INPUTS)}")


def record():
    library = os.environ.get("DOTENV_LIBRARY")
    django_path = os.environ.get("ORACLE_DJANGO_PATH")
    python = os.environ.get("ORACLE_PYTHON")
    if not library or not django_path or not python:
        raise SystemExit("Set DOTENV_LIBRARY, ORACLE_PYTHON and ORACLE_DJANGO_PATH (see tools/oracle/README.md).")
    # The real library, not a stand-in: its version is what the cases are about.
    version = subprocess.run([python, "-I", "-c", f"import sys; sys.path.insert(0, {library!r}); "
                              "import importlib.metadata as m, dotenv; print(m.version('python-dotenv'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    print(f"recording with python-dotenv {version}")
    env = {**os.environ, "ORACLE_DJANGO_PATH": os.pathsep.join([django_path, library])}
    done = subprocess.run([sys.executable, os.path.join(ORACLE, "record.py"), "--out", CASES, INPUTS], env=env)
    sys.exit(done.returncode)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="write the inputs, then record them")
    args = parser.parse_args()
    write_inputs()
    if args.record:
        record()


if __name__ == "__main__":
    main()
