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
        for rel, text in case["files"].items():
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
    if first != second:
        raise RuntimeError("two runs of real Django disagree: the case depends on something it does not fix")
    complete = input_of(case)
    if case["kind"] in ("settings", "python"):
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
    args = parser.parse_args()
    if not args.out and not args.verify:
        parser.error("give --out DIR or --verify")
    failures = 0
    for path in sorted(case_files(args.inputs)):
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
        if case.get("kind") not in ("settings", "urls", "python"):
            continue
        try:
            complete = record(case)
        except Exception as exc:
            failures += 1
            print(f"FAIL {path}: {exc}", file=sys.stderr)
            continue
        if args.verify:
            if normalized(complete) != normalized(case):
                failures += 1
                print(f"DIFFERS {path}", file=sys.stderr)
            continue
        out_dir = os.path.join(args.out, case["kind"])
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as out:
            json.dump(complete, out, ensure_ascii=False, indent=2)
            out.write("\n")
        print(f"recorded {path}")
    sys.exit(1 if failures else 0)


def normalized(case):
    """A case with its messages in a canonical order (the corpus compares them as a multiset)."""
    text = json.dumps(case, sort_keys=True)
    case = json.loads(text)

    def sort_messages(result):
        if isinstance(result, dict) and isinstance(result.get("messages"), list):
            result["messages"].sort(key=lambda m: json.dumps(m, sort_keys=True))

    sort_messages(case.get("expected"))
    sort_messages(case.get("checks"))
    return case


if __name__ == "__main__":
    main()
