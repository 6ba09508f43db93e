"""`nginx`: `nginx -t` on a reader's nginx configuration (see minidjango/nginx/).

Request: files ({path: text}, relative to the prefix or absolute), conf (the main file, default
"nginx.conf"), prefix (nginx's -p, default "/etc/nginx/": where relative includes, TLS files
and logs are), hosts (the names that resolve: a list, or {name: [address, ...]}; default only
localhost, as on a machine whose hosts file is Debian's and no DNS answers), dirs (more
directories that exist, for log files).
Answer: {ok, errors: [{id, level, message, line, file?, location}]} as `nginx -t` prints them,
`file` (nginx's path) only for an included file, `location` the editor's place or None.
"""

from minidjango.nginx.checker import DEFAULT_PREFIX, check


def run(request):
    return check(
        request["files"],
        request.get("conf", "nginx.conf"),
        request.get("prefix", DEFAULT_PREFIX),
        hosts=request.get("hosts"),
        dirs=request.get("dirs", ()),
    )
