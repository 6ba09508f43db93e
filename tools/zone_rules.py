"""Writes the table of src/python/django/utils/_zonerules.py from a zoneinfo database: for each
zone, the POSIX TZ rule at the end of its TZif file (the rule it follows today).

    python3 tools/zone_rules.py [/usr/share/zoneinfo] > /tmp/table.txt
"""

import os
import sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/zoneinfo"
zones = defaultdict(list)
for folder, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if d not in ("posix", "right")]
    for name in files:
        path = os.path.join(folder, name)
        with open(path, "rb") as handle:
            data = handle.read()
        if not data.startswith(b"TZif") or not data.endswith(b"\n"):
            continue
        rule = data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode()
        if rule:
            zones[rule].append(os.path.relpath(path, root))
for rule in sorted(zones):
    print(f"    {rule!r}: {' '.join(sorted(zones[rule]))!r},")
