"""The project's nginx configuration, checked beside its settings (chapter 6's playground).

A check or exercise request may carry `nginx`: {conf (the project file that is nginx.conf,
default "nginx.conf"), prefix (nginx's -p, default "/etc/nginx/"), hosts (the names that
resolve, as for the `nginx` operation), project_dir (where the project is on the server,
default "/srv/mysite": the course checks compare nginx's paths with the settings' there)}.

The project's files are given to `nginx -t` as they are named in the project, so a finding's
location is a place in the reader's tab. The answer then holds nginx's findings among the check
messages (id `nginx.emerg`, `nginx.warn`..., the text as `nginx -t` prints it) and, under
"nginx", the `nginx` operation's own answer plus the configuration's upstream blocks (what the
page's load-balancing animation can simulate).
"""

import posixpath

from minidjango.nginx.checker import DEFAULT_PREFIX, run_check
from minidjango.source_text import lines_of, place_of_line

DEFAULT_PROJECT_DIR = "/srv/mysite"

#: nginx's levels as the findings list ranks them (Django's level names).
LEVELS = {"emerg": "ERROR", "alert": "ERROR", "crit": "ERROR", "error": "ERROR", "warn": "WARNING",
          "notice": "INFO", "info": "INFO"}


class NginxBeside:
    """One `nginx -t` of the project's configuration, and what it read."""

    def __init__(self, project, options):
        self.conf = options.get("conf", "nginx.conf")
        self.prefix = options.get("prefix", DEFAULT_PREFIX)
        self.project_dir = options.get("project_dir", DEFAULT_PROJECT_DIR).rstrip("/") or "/"
        files = {path: project.source(path) for path in project.files}
        self._conf_text = files.get(self.conf)
        self.answer, run = run_check(files, self.conf, self.prefix, hosts=options.get("hosts"))
        self.main = run.main

    @classmethod
    def of(cls, project, request):
        """The run a request asks for, or None."""
        options = request.get("nginx")
        if not options:
            return None
        return cls(project, options if isinstance(options, dict) else {"conf": options})

    @property
    def ok(self):
        return self.answer["ok"]

    @property
    def http(self):
        """The http block's model, when the configuration passed `nginx -t` and has one."""
        if not self.ok or not self.main.http:
            return None
        return self.main.http[0]

    def nginx_path(self, path):
        """How nginx names a file of the request (relative ones are under the prefix)."""
        return path if path.startswith("/") else posixpath.join(self.prefix, path)

    def messages(self):
        """nginx's findings as check messages, in the order nginx prints them."""
        return [
            {
                "id": error["id"],
                "level": LEVELS.get(error["level"], "ERROR"),
                "msg": self._printed(error),
                "hint": None,
                "location": error["location"] or self._whole_file(error),
            }
            for error in self.answer["errors"]
        ]

    def _whole_file(self, error):
        """Where the editor marks a finding of the main file that nginx names no line for (no
        "events" section): its first line that is not blank."""
        if error.get("file") or not self._conf_text:
            return None
        lines = lines_of(self._conf_text)
        first = next((n for n, text in enumerate(lines, start=1) if text.strip()), None)
        return place_of_line(self.conf, lines, first) if first else None

    def _printed(self, error):
        """The line as `nginx -t` prints it, less its "nginx: " prefix."""
        text = f'[{error["level"]}] {error["message"]}'
        if error["line"] is not None:
            text += f' in {error.get("file") or self.nginx_path(self.conf)}:{error["line"]}'
        return text

    def summary(self):
        """The `nginx` operation's answer, with the upstream blocks the configuration defines."""
        return {**self.answer, "conf": self.conf, "upstreams": self._upstreams()}

    def _upstreams(self):
        http = self.http
        if http is None:
            return []
        return [
            {
                "name": upstream.name,
                "method": upstream.method or "round_robin",
                "servers": [{"address": server.address, "weight": server.weight, "backup": server.backup, "down": server.down}
                            for server in upstream.servers],
            }
            for upstream in http.upstreams
            if upstream.explicit
        ]
