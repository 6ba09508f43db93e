"""Fail when our Python is too much Django's: `npm test` runs this.

Runs the shared fingerprint tool (../shared/tools/django_lines.py, README beside it) on
src/python and holds it to our limits: at most 5% of all code lines may be lines of Django's,
and no file of 10 or more code lines may reach 20% (the tool lists those files).
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.path.join(ROOT, "..", "shared", "tools")
TOTAL_LIMIT = 0.05
TOTAL_LINE = re.compile(r"^(\d+) of (\d+) code lines")


def main():
    done = subprocess.run(
        [sys.executable, os.path.join(TOOLS, "django_lines.py"), "check", os.path.join(TOOLS, "django-6.1-code-lines.sha1"), "src/python"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"the fingerprint tool failed:\n{done.stderr}")
    lines = done.stdout.splitlines()
    flagged = [line for line in lines if " of its code lines are Django's" in line]
    total = next((TOTAL_LINE.match(line) for line in lines if TOTAL_LINE.match(line)), None)
    if total is None:
        sys.exit(f"unexpected output from the fingerprint tool:\n{done.stdout}")
    same, all_lines = int(total.group(1)), int(total.group(2))
    print(lines[-1])
    failures = []
    if flagged:
        failures.append("files at 20% or more of Django's lines:\n  " + "\n  ".join(flagged))
    if all_lines and same / all_lines > TOTAL_LIMIT:
        failures.append(f"{same / all_lines:.1%} of src/python is Django's lines (the limit is {TOTAL_LIMIT:.0%})")
    if failures:
        sys.exit("\n".join(failures))


if __name__ == "__main__":
    main()
