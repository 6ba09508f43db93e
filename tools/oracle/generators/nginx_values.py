"""Write src/python/minidjango/nginx/slots.py: for each directive of one argument, what kind of
value real nginx takes, found by giving it values of every kind and reading its answers.

    python3 tools/oracle/generators/nginx_values.py      # after nginx_directives.py; a few minutes

Probes: zzz 10 0 10k 1G 10s 500ms on 1h30m. The answer to `zzz` names the kind ("must be "on"
or "off"" a flag, "invalid number" a number, "invalid value" a size, offset or time, told apart
by which of 10k, 1G, 10s, 500ms pass; `invalid value "zzz"` a keyword), the answer to 0 gives a
number's bounds, and the directive given twice tells whether nginx calls it duplicate.
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "..", "nginx_oracle.py")
SRC = os.path.join(HERE, "..", "..", "..", "src", "python")
OUT = os.path.join(SRC, "minidjango", "nginx", "slots.py")
sys.path.insert(0, HERE)
from nginx_directives import CONTEXTS  # noqa: E402

PROBES = ["zzz", "10", "0", "10k", "1G", "10s", "500ms", "on", "1h30m"]
PREFERRED = ["location", "server", "http", "main", "events", "upstream", "if_location", "if_server", "limit_except"]


def ask(configs):
    done = subprocess.run([sys.executable, ORACLE, "syntax"], input=json.dumps([{"config": c} for c in configs]),
                          capture_output=True, text=True, check=True)
    return [r["errors"][0]["message"] if r["errors"] and not r["ok"] else "" for r in json.loads(done.stdout)]


def grammar_rows():
    sys.path.insert(0, SRC)
    from minidjango.nginx.grammar import GRAMMAR

    for line in GRAMMAR.strip().splitlines():
        name, args, block, contexts = line.split(None, 3)
        yield name, args, block == "1", contexts.split()


def takes_one(args):
    if args in ("any", "none"):
        return args == "any"
    if args.endswith("+"):
        return int(args[:-1]) <= 1
    if "|" in args:
        return "1" in args.split("|")
    low, _, high = args.partition("-")
    return int(low) <= 1 <= int(high or low)


def classify(name, answers):
    bad = answers["zzz"]
    passes = {probe for probe, answer in answers.items() if not answer}
    if bad == f'invalid value "zzz" in "{name}" directive, it must be "on" or "off"':
        return "flag", ""
    if bad == f'"{name}" directive invalid number':
        bounds = re.match(r"value must be (?:between (\d+) and (\d+)|equal to or greater than (\d+))$", answers["0"])
        if bounds:
            low, high, only_low = bounds.groups()
            return "number", f"{low or only_low}..{high or ''}"
        return "number", ""
    if bad == f'"{name}" directive invalid value':
        if {"10s", "500ms"} <= passes:
            return "msec", ""
        if "10s" in passes:
            return "sec", ""
        if "1G" in passes:
            return "offset", ""
        if "10k" in passes:
            return "size", ""
        return "value", ""
    if bad == 'invalid value "zzz"':
        return "keyword", " ".join(sorted(p for p in passes))
    if not bad:
        return "any", ""
    return "other", bad.replace("zzz", "{}")


def main():
    rows = [(n, a, c) for n, a, b, c in grammar_rows() if not b and takes_one(a)]
    chosen = []
    for name, args, contexts in rows:
        context = next(c for c in PREFERRED if c in contexts)
        chosen.append((name, context))
    configs = [CONTEXTS[c].format(d=f"{n} {p};") for n, c in chosen for p in PROBES]
    answers = ask(configs)
    results = {}
    for i, (name, context) in enumerate(chosen):
        results[(name, context)] = dict(zip(PROBES, answers[i * len(PROBES):(i + 1) * len(PROBES)]))
    twice = []
    for name, context in chosen:
        good = next((p for p in PROBES if not results[(name, context)][p]), None)
        kind, extra = classify(name, results[(name, context)])
        if good is None and kind == "number" and extra:
            good = extra.split("..")[0]  # the lowest value it takes
        twice.append(CONTEXTS[context].format(d=f"{name} {good};\n{name} {good};") if good else None)
    dup_answers = ask([c for c in twice if c])
    dup_iter = iter(dup_answers)
    lines = []
    for (name, context), config in zip(chosen, twice):
        kind, extra = classify(name, results[(name, context)])
        duplicate = next(dup_iter) if config else ""
        dup = "dup" if duplicate == f'"{name}" directive is duplicate' else ("-" if not duplicate else "other")
        lines.append(f"{name:38} {kind:8} {dup:5} {extra}".rstrip())
    version = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip().split(": ", 1)[-1]
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f'"""The value each one-argument directive of nginx ({version}) takes, and whether nginx\n')
        out.write("refuses it given twice in one block.\n\n")
        out.write("Recorded from real nginx by tools/oracle/generators/nginx_values.py; do not edit by hand.\n")
        out.write("A row: name, kind (flag number size offset msec sec value keyword any other), `dup` when\n")
        out.write("a second one in the same block is \"duplicate\" (`other`: refused with another message), then\n")
        out.write("for a number its bounds, for a keyword the probes it took, for `other` nginx's answer to a\n")
        out.write('bad value ({} where the value goes).\n"""\n\nSLOTS = """\n')
        out.write("\n".join(lines))
        out.write('\n"""\n')


if __name__ == "__main__":
    main()
