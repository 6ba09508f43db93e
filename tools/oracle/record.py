"""Record conformance cases from real Django: inputs in, complete cases (with expectations) out.

    python3 tools/oracle/record.py --out tools/oracle/cases INPUT.json|DIR...
    python3 tools/oracle/record.py --verify ../shared/conformance/settings   # does this harness
                                                                           # reproduce a corpus?

An input is a case of ../shared/conformance/FORMAT.md without its expectations (no `expected`,
`checks`, or `expected` inside `resolve`/`reverse` entries). Each input runs twice, each time in
a fresh interpreter in a new empty directory; what the two runs disagree on is an error, not a
case. The output file keeps the input's name, under OUT/<kind>/.

Real Django comes from the environment (see README.md): ORACLE_PYTHON (CPython 3.12) and
ORACLE_DJANGO_PATH (os.pathsep-separated: the folder holding the `django` package, then its
dependencies).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "django_case.py")
TOKEN = "<CASE_DIR>"
EXPECTATION_KEYS = ("expected", "checks")


def oracle_command():
    python = os.environ.get("ORACLE_PYTHON")
    path = os.environ.get("ORACLE_DJANGO_PATH")
    if not python or not path:
        raise SystemExit("Set ORACLE_PYTHON and ORACLE_DJANGO_PATH (see tools/oracle/README.md).")
    return [python, "-I", RUNNER], path.split(os.pathsep)


def input_of(case):
    """The case without its expectations."""
    stripped = {k: v for k, v in case.items() if k not in EXPECTATION_KEYS}
    for key in ("resolve", "reverse"):
        if key in stripped:
            stripped[key] = [{k: v for k, v in entry.items() if k != "expected"} for entry in stripped[key]]
    return stripped


def run_once(case):
    command, django_path = oracle_command()
    case_dir = tempfile.mkdtemp(prefix="oracle-case-")
    try:
        for rel, text in case.get("files", {}).items():
            full = os.path.join(case_dir, *rel.split("/"))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as out:
                out.write(text)
        env = {"PYTHONHASHSEED": "0", "TZ": "UTC", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        done = subprocess.run(
            [*command, case_dir, *django_path],
            input=json.dumps(input_of(case)),
            capture_output=True,
            text=True,
            env=env,
            cwd=case_dir,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"the oracle failed:\n{done.stderr[-4000:]}")
        return json.loads(done.stdout.replace(case_dir, TOKEN))
    finally:
        shutil.rmtree(case_dir, ignore_errors=True)


def record(case):
    first, second = run_once(case), run_once(case)
    if comparable(case["kind"], first) != comparable(case["kind"], second):
        raise RuntimeError("two runs of real Django disagree: the case depends on something it does not fix")
    complete = input_of(case)
    if case["kind"] in ("settings", "python", "http", "cache", "collectstatic"):
        complete["expected"] = first
    else:
        complete["checks"] = first["checks"]
        for entry, outcome in zip(complete.get("resolve", []), first["resolve"]):
            entry["expected"] = outcome
        for entry, outcome in zip(complete.get("reverse", []), first["reverse"]):
            entry["expected"] = outcome
    return complete


def case_files(roots):
    """Every .json file under the given folders (and the given files), folder by folder."""
    for root in roots:
        if os.path.isdir(root):
            for dirpath, _, names in sorted(os.walk(root)):
                for name in sorted(names):
                    if name.endswith(".json"):
                        yield os.path.join(dirpath, name)
        else:
            yield root


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", help="folder for the recorded cases (OUT/<kind>/<name>.json)")
    parser.add_argument("--verify", action="store_true", help="re-record complete cases and report differences")
    parser.add_argument("--show", action="store_true", help="with --verify: print where a case differs")
    args = parser.parse_args()
    if not args.out and not args.verify:
        parser.error("give --out DIR or --verify")
    failures = done = 0
    for path in sorted(case_files(args.inputs)):
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
        if case.get("kind") not in ("settings", "urls", "python", "http", "cache", "collectstatic"):
            continue
        done += 1
        try:
            complete = record(case)
        except Exception as exc:
            failures += 1
            print(f"FAIL {path}: {exc}", file=sys.stderr)
            continue
        if args.verify:
            if normalized(complete) != normalized(case):
                if args.show:
                    show_difference(normalized(case), normalized(complete))
                failures += 1
                print(f"DIFFERS {path}", file=sys.stderr)
            continue
        out_dir = os.path.join(args.out, case["kind"])
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as out:
            json.dump(complete, out, ensure_ascii=False, indent=2)
            out.write("\n")
        print(f"recorded {path}")
    print(f"{done - failures} of {done} cases {'reproduced' if args.verify else 'recorded'}", file=sys.stderr)
    sys.exit(1 if failures else 0)


def comparable(kind, outcome):
    """An http outcome with each technical page's Content-Length value blanked: the page's
    full text (paths, Python, time) varies with the machine, so the corpus compares that header
    by presence and position only (its README)."""
    if kind != "http" or not isinstance(outcome, list):
        return outcome
    blanked = json.loads(json.dumps(outcome))
    for entry in blanked:
        if isinstance(entry, dict) and "technical" in entry:
            for header in entry["headers"]:
                if header[0].lower() == "content-length":
                    header[1] = "<LENGTH OF A TECHNICAL PAGE>"
    return blanked


def show_difference(wanted, got):
    """The first entries of two cases' expectations that differ, one line each."""
    for index, (a, b) in enumerate(zip(wanted.get("expected") or [], got.get("expected") or [])):
        if a != b:
            print(f"  request {index}: corpus {json.dumps(a)[:1500]}", file=sys.stderr)
            print(f"  request {index}: oracle {json.dumps(b)[:1500]}", file=sys.stderr)
            return
    print(f"  corpus {json.dumps(wanted.get('expected'))[:1500]}", file=sys.stderr)
    print(f"  oracle {json.dumps(got.get('expected'))[:1500]}", file=sys.stderr)


def normalized(case):
    """A case with its messages in a canonical order (the corpus compares them as a multiset)
    and, for http, technical pages' Content-Length blanked (see comparable)."""
    text = json.dumps(case, sort_keys=True)
    case = json.loads(text)
    if case.get("kind") == "http":
        case["expected"] = comparable("http", case.get("expected"))

    def sort_messages(result):
        if isinstance(result, dict) and isinstance(result.get("messages"), list):
            result["messages"].sort(key=lambda m: json.dumps(m, sort_keys=True))

    sort_messages(case.get("expected"))
    sort_messages(case.get("checks"))
    return case


if __name__ == "__main__":
    main()
