"""Writes http inputs for host validation (ALLOWED_HOSTS with ports, IPv6, trailing dots,
wildcards, DEBUG's localhost names), the proxy settings (USE_X_FORWARDED_HOST / _PORT,
SECURE_PROXY_SSL_HEADER) and what a view sees through them: get_host(), is_secure(),
build_absolute_uri(), get_full_path(), get_port().

    python3 tools/oracle/generators/http_hosts.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-hosts-*.json
"""

from http_project import COMMON, HOST, SECURE_SITE, SECURITY, SITE, case, get, write

WHERE = '''
def where(request):
    return HttpResponse(
        "host=%s port=%s secure=%s scheme=%s\\nabsolute=%s\\nother=%s\\nrelative=%s\\nfull_path=%s"
        % (
            request.get_host(),
            request.get_port(),
            request.is_secure(),
            request.scheme,
            request.build_absolute_uri(),
            request.build_absolute_uri("/cart/?item=7"),
            request.build_absolute_uri("next/"),
            request.get_full_path(),
        )
    )
'''

WHERE_ROUTES = (("", "where", "home"), ("where/", "where", "where"))


def where_case(slug, description, requests, **options):
    options.setdefault("middleware", [SECURITY, COMMON])
    return case(slug, description, requests, views=WHERE, routes=WHERE_ROUTES, **options)


CASES = [
    where_case(
        "ipv6-literal",
        "An IPv6 literal in ALLOWED_HOSTS, with and without a port; another address is refused.",
        [get("http://[2001:db8::1]/where/"), get("http://[2001:db8::1]:8000/where/"), get("http://[2001:db8::2]/where/")],
        settings={"ALLOWED_HOSTS": ["[2001:db8::1]"]},
    ),
    where_case(
        "wildcard-star",
        "ALLOWED_HOSTS = ['*'] accepts any valid name, but still not one with invalid characters.",
        [get("http://anything.example.net/where/"), get("http://10.0.0.7:8080/where/"), get(f"{SITE}/where/", headers={"Host": "bad host"})],
        settings={"ALLOWED_HOSTS": ["*"]},
    ),
    where_case(
        "pattern-with-port",
        "An ALLOWED_HOSTS entry with a port never matches: the port is taken off the Host before matching, not off the pattern.",
        [get(f"http://{HOST}:8000/where/"), get(f"{SITE}/where/")],
        settings={"ALLOWED_HOSTS": [f"{HOST}:8000"], "DEBUG": True},
    ),
    where_case(
        "pattern-trailing-dot-and-case",
        "Patterns are compared in lower case; a trailing dot on the Host is ignored, one on the pattern is not.",
        [get("http://shop.example.com./where/"), get("http://Shop.Example.COM/where/"), get("http://blog.example.com/where/")],
        settings={"ALLOWED_HOSTS": ["SHOP.example.com", "blog.example.com."]},
    ),
    where_case(
        "subdomain-wildcard-depth",
        "A leading-dot pattern: the domain itself and subdomains at any depth, and nothing that merely ends the same way.",
        [get("http://example.com/where/"), get("http://a.b.c.example.com/where/"), get("http://notexample.com/where/")],
        settings={"ALLOWED_HOSTS": [".example.com"]},
    ),
    where_case(
        "debug-empty-allowed-hosts-names",
        "DEBUG with ALLOWED_HOSTS empty: .localhost subdomains pass, a LAN address does not (the page says what to add).",
        [get("http://app.localhost:8000/where/"), get("http://192.168.1.20:8000/where/")],
        settings={"DEBUG": True, "ALLOWED_HOSTS": []},
    ),
    where_case(
        "production-empty-allowed-hosts",
        "DEBUG off with ALLOWED_HOSTS empty: even localhost is refused.",
        [get("http://localhost/where/"), get("http://127.0.0.1/where/")],
        settings={"ALLOWED_HOSTS": []},
    ),
    where_case(
        "empty-host-header",
        "An empty Host header (DEBUG on, to see the reason).",
        [get(f"{SITE}/where/", headers={"Host": ""})],
        settings={"DEBUG": True},
    ),
    where_case(
        "disallowed-host-reasons",
        "DEBUG's reasons for a bad Host: a name not allowed (the advice leaves its port out), a port that is not a number (not valid per RFC 1034/1035), and -bad-.example.com, which passes as a name and is only not allowed.",
        [
            get("http://evil.example:8443/where/"),
            get(f"{SITE}/where/", headers={"Host": "shop.example.com:abc"}),
            get(f"{SITE}/where/", headers={"Host": "-bad-.example.com"}),
        ],
        settings={"DEBUG": True},
    ),
    where_case(
        "build-absolute-uri-plain",
        "build_absolute_uri() and friends for a request with a port and a query string.",
        [get(f"http://{HOST}:8000/where/?q=tea&page=2")],
    ),
    where_case(
        "build-absolute-uri-https-default-port",
        "Over https on 443 the port is left out of the absolute URI; get_port() still says 443.",
        [get(f"{SECURE_SITE}/where/?q=a%20b")],
    ),
    where_case(
        "forwarded-host-with-port-and-list",
        "USE_X_FORWARDED_HOST: a forwarded host with a port is kept whole; a comma list (two proxies) is not split, so it is an invalid host: 400.",
        [
            get("http://127.0.0.1:8000/where/", headers={"X-Forwarded-Host": f"{HOST}:8443"}),
            get("http://127.0.0.1:8000/where/", headers={"X-Forwarded-Host": f"{HOST}, proxy.internal"}),
        ],
        settings={"USE_X_FORWARDED_HOST": True},
    ),
    where_case(
        "forwarded-host-ignored-by-default",
        "Without USE_X_FORWARDED_HOST, X-Forwarded-Host is ignored: the Host header decides (and is refused here).",
        [get("http://127.0.0.1:8000/where/", headers={"X-Forwarded-Host": HOST})],
    ),
    where_case(
        "forwarded-port-and-proto",
        "USE_X_FORWARDED_PORT with SECURE_PROXY_SSL_HEADER: nginx forwards port 443 and https; the absolute URI has neither port nor http.",
        [get("http://127.0.0.1:8000/where/", headers={"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-Port": "443"})],
        settings={"USE_X_FORWARDED_PORT": True, "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https")},
    ),
    where_case(
        "nginx-forwarding-preset",
        "A request as nginx forwards it (X-Forwarded-Proto, -For, -Host) with every proxy setting on: the view sees the public https URL.",
        [
            get(
                "http://127.0.0.1:8000/where/?from=nginx",
                headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9", "X-Forwarded-Host": HOST},
                remote_addr="127.0.0.1",
            )
        ],
        settings={
            "USE_X_FORWARDED_HOST": True,
            "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
            "SECURE_SSL_REDIRECT": True,
        },
    ),
    case(
        "remote-addr-and-forwarded-for",
        "REMOTE_ADDR is the proxy's address; X-Forwarded-For is only a header Django does not interpret.",
        [get(f"{SITE}/", remote_addr="10.0.0.2", headers={"X-Forwarded-For": "203.0.113.9, 10.0.0.1"})],
        middleware=[COMMON],
        views='''
        def home(request):
            return HttpResponse("REMOTE_ADDR=%s X-Forwarded-For=%s" % (request.META["REMOTE_ADDR"], request.headers.get("X-Forwarded-For")))
        ''',
    ),
]

if __name__ == "__main__":
    write("hosts", CASES)
