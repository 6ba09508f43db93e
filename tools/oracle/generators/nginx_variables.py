"""Write src/python/minidjango/nginx/known_variables.py: the variables real nginx knows without
any `set`, `map` or capture declaring them, found by asking it.

    python3 tools/oracle/generators/nginx_variables.py      # a few minutes

Candidates: every identifier-like string of the nginx binary and its tails after an `_`; a
candidate is a variable when `return 200 "$name";` passes `nginx -t`. A name prefix (`http_`)
is one when `$<prefix>zz9` passes.
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "..", "nginx_oracle.py")
OUT = os.path.join(HERE, "..", "..", "..", "src", "python", "minidjango", "nginx", "known_variables.py")
TEMPLATE = 'events {{}}\nhttp {{\nserver {{\nlisten 127.0.0.1:18080;\nreturn 200 "${name}";\n}}\n}}\n'


def ask(names):
    configs = [{"config": TEMPLATE.format(name=n)} for n in names]
    done = subprocess.run([sys.executable, ORACLE, "syntax"], input=json.dumps(configs), capture_output=True, text=True, check=True)
    return [r["ok"] for r in json.loads(done.stdout)]


def main():
    text = subprocess.run(["strings", "-n", "2", "/usr/sbin/nginx"], capture_output=True, text=True, check=True).stdout
    words = set(re.findall(r"[a-z][a-z0-9_]*", text))
    candidates = set(words)
    for word in words:
        candidates.update(word[i + 1 :] for i, c in enumerate(word) if c == "_" and word[i + 1 : i + 2].isalpha())
    names = sorted(c for c in candidates if len(c) >= 2)
    known = [n for n, ok in zip(names, ask(names)) if ok]
    prefixes = sorted(c for c in candidates if c.endswith("_"))
    found_prefixes = [p for p, ok in zip(prefixes, ask([p + "zz9" for p in prefixes])) if ok]
    known = [n for n in known if not any(n.startswith(p) for p in found_prefixes)]
    version = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip().split(": ", 1)[-1]
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f'"""The variables {version} knows with nothing declaring them, and the name prefixes\n')
        out.write("that make one ($http_*, $arg_*, ...).\n\n")
        out.write('Recorded from real nginx by tools/oracle/generators/nginx_variables.py; do not edit by hand.\n"""\n\n')
        out.write("VARIABLES = frozenset(\n    \"\"\"\n")
        line = "   "
        for name in known:
            if len(line) + len(name) + 1 > 100:
                out.write(line + "\n")
                line = "   "
            line += " " + name
        out.write(line + '\n    """.split()\n)\n\n')
        out.write(f"PREFIXES = {tuple(found_prefixes)!r}\n")


if __name__ == "__main__":
    main()
