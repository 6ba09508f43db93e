"""`balance`: where nginx 1.22 sends each request of an upstream (see minidjango/nginx/balance.py).

Request: either `upstream` (the text inside an upstream block, as the corpus gives it) with
optional `location_extra` (directives of the proxying location, e.g. "proxy_next_upstream
off;") and `worker_processes`, or the reader's `files` + `conf` (+ `prefix`) and an
`upstream_name` (default: the first upstream block). `backends` ({id: address}) names the
servers in the answer; `down` lists the backends that are stopped; `requests` is a list of
{client, delay_ms?, down?, worker?, path?, headers?, duration_ms?} sent one after another
(`down` there: the stopped backends from that request on; `worker`: which worker process
accepts it, when there are several and no zone). `hosts` as for `nginx`; `clock_ms` where in
nginx's second the first request falls.
Answer: {ok, errors, served_by: [id | "HTTP 502"], status, tried: [[id, ...]], deterministic,
upstream: {name, method, servers}}; when the configuration fails `nginx -t`: ok false and its errors.
"""

from minidjango.limits import MAX_ITEMS
from minidjango.nginx.balance import balance
from minidjango.nginx.checker import run_check


def run(request):
    if len(request["requests"]) > MAX_ITEMS:  # the answer has a list as long: it would be cut
        raise ValueError(f"at most {MAX_ITEMS:,} requests at a time, not {len(request['requests']):,}")
    if not set(map(type, request["requests"])) <= {dict}:
        raise ValueError("each of the requests is an object: {client, delay_ms?, down?, ...}")
    return balance(request, run_check)
