"""Write src/python/minidjango/nginx/grammar.py: every directive real nginx knows, where it may
stand, how many arguments it takes and whether it opens a block, found by asking real nginx.

    python3 tools/oracle/generators/nginx_directives.py            # about 10 minutes

Names: every identifier-like string of the nginx binary (and each of their suffixes: the linker
shares a string's tail, so `ssl_protocols` hides inside `proxy_ssl_protocols`) that nginx does
not answer "unknown directive" to. Contexts: the directive alone (`name;`) in each context; any
answer but "... directive is not allowed here" means it may stand there. Block: `name;` answered
`directive "name" has no opening "{"`. Arguments: `name a1 .. an;` (or `{}`) for n = 0..9; the
counts nginx does not answer "invalid number of arguments" to. Everything runs through
tools/oracle/nginx_oracle.py (a fresh prefix, a private network namespace).
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "..", "nginx_oracle.py")
OUT = os.path.join(HERE, "..", "..", "..", "src", "python", "minidjango", "nginx", "grammar.py")
NGINX = "/usr/sbin/nginx"
MAX_ARGS = 9

#: Each context as a configuration with a hole where the directive goes.
CONTEXTS = {
    "main": "events {{}}\n{d}\n",
    "events": "events {{\n{d}\n}}\n",
    "http": "events {{}}\nhttp {{\n{d}\n}}\n",
    "server": "events {{}}\nhttp {{\nserver {{\n{d}\n}}\n}}\n",
    "location": "events {{}}\nhttp {{\nserver {{\nlocation / {{\n{d}\n}}\n}}\n}}\n",
    "upstream": "events {{}}\nhttp {{\nupstream u {{\nserver 127.0.0.1:1;\n{d}\n}}\n}}\n",
    "if_server": "events {{}}\nhttp {{\nserver {{\nif ($host) {{\n{d}\n}}\n}}\n}}\n",
    "if_location": "events {{}}\nhttp {{\nserver {{\nlocation / {{\nif ($host) {{\n{d}\n}}\n}}\n}}\n}}\n",
    "limit_except": "events {{}}\nhttp {{\nserver {{\nlocation / {{\nlimit_except GET {{\n{d}\n}}\n}}\n}}\n}}\n",
}


def ask(configs):
    done = subprocess.run([sys.executable, ORACLE, "syntax"], input=json.dumps([{"config": c} for c in configs]),
                          capture_output=True, text=True, check=True)
    return [r["errors"][0]["message"] if r["errors"] and not r["ok"] else "" for r in json.loads(done.stdout)]


def candidate_names():
    text = subprocess.run(["strings", "-n", "2", NGINX], capture_output=True, text=True, check=True).stdout
    words = set(re.findall(r"[a-z][a-z0-9_]*", text))
    names = set(words)
    for word in words:
        names.update(word[i:] for i in range(1, len(word)) if word[i].isalpha())
    return sorted(names)


def known_names():
    names = candidate_names()
    answers = ask([CONTEXTS["main"].format(d=f"{n};") for n in names])
    return [n for n, a in zip(names, answers) if not a.startswith("unknown directive")]


def main():
    names = known_names()
    print(f"{len(names)} directives", file=sys.stderr)
    pairs = [(n, c) for n in names for c in CONTEXTS]
    answers = ask([CONTEXTS[c].format(d=f"{n};") for n, c in pairs])
    where = {}
    for (name, context), answer in zip(pairs, answers):
        if answer != f'"{name}" directive is not allowed here':
            block = answer == f'directive "{name}" has no opening "{{"'
            where.setdefault(name, {})[context] = block
    probes = []
    for name, contexts in where.items():
        for context, block in contexts.items():
            for n in range(MAX_ARGS + 1):
                args = "".join(" 1" for _ in range(n))
                probes.append((name, context, n, CONTEXTS[context].format(d=f"{name}{args} {{}}" if block else f"{name}{args};")))
    answers = ask([p[3] for p in probes])
    counts = {}
    for (name, context, n, _), answer in zip(probes, answers):
        if answer != f'invalid number of arguments in "{name}" directive':
            counts.setdefault((name, context), []).append(n)
    rows = []
    for name in sorted(where):
        by_shape = {}
        for context, block in where[name].items():
            shape = (block, arity(counts.get((name, context), [])))
            by_shape.setdefault(shape, []).append(context)
        for (block, args), contexts in sorted(by_shape.items(), key=lambda item: CONTEXT_ORDER(item[1][0])):
            rows.append((name, " ".join(contexts), args, block))
    write(rows)


def CONTEXT_ORDER(context):
    return list(CONTEXTS).index(context)


def arity(allowed):
    """The counts nginx accepts, as the table writes them: "1", "1-3", "0|2", "1+", "any"."""
    if not allowed:
        return "none"
    if allowed[-1] == MAX_ARGS:
        low = allowed[0]
        if allowed == list(range(low, MAX_ARGS + 1)):
            return "any" if low == 0 else f"{low}+"
    if allowed == list(range(allowed[0], allowed[-1] + 1)):
        return str(allowed[0]) if len(allowed) == 1 else f"{allowed[0]}-{allowed[-1]}"
    return "|".join(map(str, allowed))


def write(rows):
    version = subprocess.run([NGINX, "-v"], capture_output=True, text=True).stderr.strip().split(": ", 1)[-1]
    with open(OUT, "w", encoding="utf-8") as out:
        out.write('"""Every directive of nginx (Debian\'s %s, no dynamic module loaded): where it may stand,\n' % version)
        out.write("how many arguments it takes, whether it opens a block.\n\n")
        out.write("Recorded from real nginx by tools/oracle/generators/nginx_directives.py; do not edit by hand.\n")
        out.write("A row: name, contexts (space-separated), argument counts (\"1\", \"1-3\", \"0|2\", \"2+\", \"any\"),\n")
        out.write('block (1: the directive opens a block). A name in two rows has two meanings (`server`).\n"""\n\n')
        out.write("GRAMMAR = \"\"\"\n")
        for name, contexts, args, block in rows:
            out.write(f"{name:38} {args:6} {int(block)} {contexts}\n")
        out.write('"""\n')


if __name__ == "__main__":
    main()
