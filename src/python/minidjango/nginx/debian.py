"""The files Debian's nginx package (1.22.1, bookworm) puts under /etc/nginx, as `include` finds
them on a reader's server.

Stand-ins of our own, not copies: each holds, on the line where Debian's file has it, every
directive that changes what `nginx -t` says (a default server on port 80, the `try_files` and
`set` of the PHP snippet, the TLS files of the snakeoil snippet), and one line of each kind
for the lists (parameters, MIME types, charset maps), so that a line number nginx reports in
one of them is the line it has there. The line numbers were read from the package's files.
"""

PARAMS = {"uwsgi_params": ("uwsgi_param", 48), "scgi_params": ("scgi_param", 48),
          "fastcgi_params": ("fastcgi_param", 57), "fastcgi.conf": ("fastcgi_param", 27)}


def _text(lines, count):
    """A file of `count` lines with lines[n] on line n and our own comment elsewhere."""
    return "\n".join(lines.get(n, "# (stand-in for Debian's file)") if n == 1 else lines.get(n, "")
                     for n in range(1, count + 1)) + "\n"


def _mime_types():
    types = {"text/html": "html htm shtml", "text/css": "css", "text/xml": "xml", "image/gif": "gif",
             "image/jpeg": "jpeg jpg", "application/javascript": "js", "text/plain": "txt", "image/png": "png",
             "image/svg+xml": "svg svgz", "image/webp": "webp", "image/x-icon": "ico", "font/woff": "woff",
             "font/woff2": "woff2", "application/json": "json", "application/pdf": "pdf", "application/zip": "zip",
             "application/wasm": "wasm", "video/mp4": "mp4", "application/octet-stream": "bin exe dll"}
    lines = {2: "types {", 96: "}"}
    for n, (mime, extensions) in enumerate(types.items(), start=3):
        lines[n] = f"    {mime} {extensions};"
    return _text(lines, 96)


def _charset_map(line, source, target, count):
    return _text({line: f"charset_map {source} {target} {{", line + 2: "    80 E282AC;", count: "}"}, count)


def files():
    """{path: text} of the package's configuration files."""
    found = {
        "/etc/nginx/mime.types": _mime_types(),
        "/etc/nginx/proxy_params": _text({30: "proxy_set_header Host $http_host;", 31: "proxy_set_header X-Real-IP $remote_addr;",
                                          32: "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                                          33: "proxy_set_header X-Forwarded-Proto $scheme;"}, 33),
        "/etc/nginx/snippets/fastcgi-php.conf": _text({2: r"fastcgi_split_path_info ^(.+?\.php)(/.*)$;",
                                                       5: "try_files $fastcgi_script_name =404;",
                                                       9: "set $path_info $fastcgi_path_info;",
                                                       10: "fastcgi_param PATH_INFO $path_info;",
                                                       12: "fastcgi_index index.php;", 13: "include fastcgi.conf;"}, 13),
        "/etc/nginx/snippets/snakeoil.conf": _text({4: "ssl_certificate /etc/ssl/certs/ssl-cert-snakeoil.pem;",
                                                    5: "ssl_certificate_key /etc/ssl/private/ssl-cert-snakeoil.key;"}, 5),
        "/etc/nginx/koi-utf": _charset_map(8, "koi8-r", "utf-8", 109),
        "/etc/nginx/koi-win": _charset_map(2, "koi8-r", "windows-1251", 103),
        "/etc/nginx/win-utf": _charset_map(5, "windows-1251", "utf-8", 125),
    }
    for name, (directive, count) in PARAMS.items():
        found[f"/etc/nginx/{name}"] = _text({2: f"{directive} QUERY_STRING $query_string;",
                                             count: f"{directive} HTTP_HOST $host;"}, count)
    default_site = _text({21: "server {", 22: "\tlisten 80 default_server;", 23: "\tlisten [::]:80 default_server;",
                          41: "\troot /var/www/html;", 44: "\tindex index.html index.htm index.nginx-debian.html;",
                          46: "\tserver_name _;", 48: "\tlocation / {", 51: "\t\ttry_files $uri $uri/ =404;", 52: "\t}",
                          71: "}"}, 91)
    found["/etc/nginx/sites-available/default"] = default_site
    found["/etc/nginx/sites-enabled/default"] = default_site
    return found


#: Directories the package makes (conf.d and modules-enabled are empty).
DIRS = ("/etc/nginx/conf.d", "/etc/nginx/modules-available", "/etc/nginx/modules-enabled", "/etc/nginx/sites-available",
        "/etc/nginx/sites-enabled", "/etc/nginx/snippets", "/usr/share/nginx", "/usr/share/nginx/html", "/var/www/html",
        "/etc/ssl", "/etc/ssl/certs", "/etc/ssl/private")
