/**
 * WhiteNoise's middleware serving files, against WhiteNoise's own behaviour. WhiteNoise is not in
 * the wheel index, so no oracle records it: the expected value below is what WhiteNoise 6.12
 * itself (its source, run with real Django 6.1 under CPython 3.12, TZ=UTC) answered to this very
 * code, pasted from that run's output, not written by hand. If this broke, a reader's
 * STATIC_ROOT would be served with other headers than production gives (no Vary or ETag, the
 * wrong Cache-Control, no 304), or a file WhiteNoise would refuse would be served.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../../support/python';

const python = usePython();
const run = (code: string) => python.run(code, {}, {}, ['whitenoise']);

const SERVING = "import os, gzip\nos.makedirs(\"staticfiles/css\", exist_ok=True)\nos.makedirs(\"public/docs\", exist_ok=True)\nwith open(\"staticfiles/css/site.css\", \"w\") as f:\n    f.write(\"body { color: red; }\\n\" * 20)\nwith open(\"staticfiles/css/site.css.gz\", \"wb\") as f:\n    f.write(gzip.compress(b\"body { color: red; }\\n\" * 20, mtime=0))\nwith open(\"staticfiles/data.bin\", \"wb\") as f:\n    f.write(bytes(range(50)))\nwith open(\"staticfiles/app.0123456789ab.js\", \"w\") as f:\n    f.write(\"hashed\")\nwith open(\"public/docs/index.html\", \"w\") as f:\n    f.write(\"<h1>docs</h1>\")\nfor folder, _, names in os.walk(\".\"):\n    for name in names:\n        os.utime(os.path.join(folder, name), (1700000000, 1700000000))\nfrom django.conf import settings\nsettings.configure(SECRET_KEY=\"k\", ALLOWED_HOSTS=[\"*\"], DEBUG=False, STATIC_URL=\"/static/\", STATIC_ROOT=\"staticfiles\",\n                   WHITENOISE_ROOT=\"public\", WHITENOISE_INDEX_FILE=True, WHITENOISE_IMMUTABLE_FILE_TEST=r\"\\.[0-9a-f]{12}\\.\")\nimport django\ndjango.setup()\nfrom django.http import HttpRequest, HttpResponse\nfrom whitenoise.middleware import WhiteNoiseMiddleware\n\ndef request(path, method=\"GET\", **meta):\n    made = HttpRequest()\n    made.method, made.path, made.path_info = method, path, path\n    made.META.update(meta)\n    return made\n\ndef shown(response):\n    body = b\"\".join(response) if response.streaming else response.content\n    return [response.status_code, [list(pair) for pair in response.items()], body.decode(\"latin-1\")[:24]]\n\nmiddleware = WhiteNoiseMiddleware(lambda r: HttpResponse(\"from the view\"))\ncss = middleware(request(\"/static/css/site.css\"))\nresult = {\n    \"css\": shown(css),\n    \"css gzip\": shown(middleware(request(\"/static/css/site.css\", HTTP_ACCEPT_ENCODING=\"gzip, br\")))[:2],\n    \"etag 304\": shown(middleware(request(\"/static/css/site.css\", HTTP_IF_NONE_MATCH=css[\"ETag\"]))),\n    \"since 304\": shown(middleware(request(\"/static/css/site.css\", HTTP_IF_MODIFIED_SINCE=css[\"Last-Modified\"])))[0],\n    \"post\": shown(middleware(request(\"/static/css/site.css\", \"POST\"))),\n    \"head\": shown(middleware(request(\"/static/data.bin\", \"HEAD\"))),\n    \"range\": shown(middleware(request(\"/static/data.bin\", HTTP_RANGE=\"bytes=10-19\"))),\n    \"bad range\": shown(middleware(request(\"/static/data.bin\", HTTP_RANGE=\"bytes=900-\"))),\n    \"hashed\": shown(middleware(request(\"/static/app.0123456789ab.js\")))[1],\n    \"index\": shown(middleware(request(\"/docs/\")))[::2],\n    \"index redirects\": [shown(middleware(request(path)))[:2] for path in (\"/docs\", \"/docs/index.html\")],\n    \"not served\": [shown(middleware(request(path)))[2] for path in (\"/static/css/site.css.gz\", \"/static/../static/data.bin\", \"/static//data.bin\", \"/static/css/\", \"/other\")],\n}\n";

// What WhiteNoise 6.12 answered (ETag: the mtime and size in hex; the .gz copy for gzip; the 304
// keeps Cache-Control, ETag and Vary; ranges; index files; URLs it refuses go to the view).
const SERVED = {
  "css": [
    200,
    [
      [
        "Content-Type",
        "text/css; charset=\"utf-8\""
      ],
      [
        "Cache-Control",
        "max-age=60, public"
      ],
      [
        "Access-Control-Allow-Origin",
        "*"
      ],
      [
        "Vary",
        "Accept-Encoding"
      ],
      [
        "Last-Modified",
        "Tue, 14 Nov 2023 22:13:20 GMT"
      ],
      [
        "ETag",
        "\"6553f100-1a4\""
      ],
      [
        "Content-Length",
        "420"
      ]
    ],
    "body { color: red; }\nbod"
  ],
  "css gzip": [
    200,
    [
      [
        "Content-Type",
        "text/css; charset=\"utf-8\""
      ],
      [
        "Cache-Control",
        "max-age=60, public"
      ],
      [
        "Access-Control-Allow-Origin",
        "*"
      ],
      [
        "Vary",
        "Accept-Encoding"
      ],
      [
        "Last-Modified",
        "Tue, 14 Nov 2023 22:13:20 GMT"
      ],
      [
        "ETag",
        "\"6553f100-1a4\""
      ],
      [
        "Content-Length",
        "46"
      ],
      [
        "Content-Encoding",
        "gzip"
      ]
    ]
  ],
  "etag 304": [
    304,
    [
      [
        "Cache-Control",
        "max-age=60, public"
      ],
      [
        "ETag",
        "\"6553f100-1a4\""
      ],
      [
        "Vary",
        "Accept-Encoding"
      ]
    ],
    ""
  ],
  "since 304": 304,
  "post": [
    405,
    [
      [
        "Allow",
        "GET, HEAD"
      ]
    ],
    ""
  ],
  "head": [
    200,
    [
      [
        "Content-Type",
        "application/octet-stream"
      ],
      [
        "Cache-Control",
        "max-age=60, public"
      ],
      [
        "Access-Control-Allow-Origin",
        "*"
      ],
      [
        "Last-Modified",
        "Tue, 14 Nov 2023 22:13:20 GMT"
      ],
      [
        "ETag",
        "\"6553f100-32\""
      ],
      [
        "Content-Length",
        "50"
      ]
    ],
    ""
  ],
  "range": [
    206,
    [
      [
        "Content-Type",
        "application/octet-stream"
      ],
      [
        "Cache-Control",
        "max-age=60, public"
      ],
      [
        "Access-Control-Allow-Origin",
        "*"
      ],
      [
        "Last-Modified",
        "Tue, 14 Nov 2023 22:13:20 GMT"
      ],
      [
        "ETag",
        "\"6553f100-32\""
      ],
      [
        "Content-Range",
        "bytes 10-19/50"
      ],
      [
        "Content-Length",
        "10"
      ]
    ],
    "\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013"
  ],
  "bad range": [
    416,
    [
      [
        "Content-Range",
        "bytes */50"
      ]
    ],
    ""
  ],
  "hashed": [
    [
      "Content-Type",
      "text/javascript; charset=\"utf-8\""
    ],
    [
      "Cache-Control",
      "max-age=315360000, public, immutable"
    ],
    [
      "Access-Control-Allow-Origin",
      "*"
    ],
    [
      "Last-Modified",
      "Tue, 14 Nov 2023 22:13:20 GMT"
    ],
    [
      "ETag",
      "\"6553f100-6\""
    ],
    [
      "Content-Length",
      "6"
    ]
  ],
  "index": [
    200,
    "<h1>docs</h1>"
  ],
  "index redirects": [
    [
      302,
      [
        [
          "Cache-Control",
          "max-age=60, public"
        ],
        [
          "Location",
          "docs/"
        ]
      ]
    ],
    [
      302,
      [
        [
          "Cache-Control",
          "max-age=60, public"
        ],
        [
          "Location",
          "./"
        ]
      ]
    ]
  ],
  "not served": [
    "from the view",
    "from the view",
    "from the view",
    "from the view",
    "from the view"
  ]
};

describe('WhiteNoiseMiddleware serving STATIC_ROOT and WHITENOISE_ROOT', () => {
  it('answers as WhiteNoise 6.12 does: headers in its order, compressed copies, 304, 405, ranges, index files', () => {
    expect(run(SERVING)).toEqual(SERVED);
  });

  it('with DEBUG, finds files on each request (one added after start-up) and sends max-age=0', () => {
    const code = `import os
os.makedirs("staticfiles", exist_ok=True)
from django.conf import settings
settings.configure(SECRET_KEY="k", DEBUG=True, STATIC_URL="static/", STATIC_ROOT="staticfiles")
import django
django.setup()
from django.http import HttpRequest, HttpResponse
from whitenoise.middleware import WhiteNoiseMiddleware
middleware = WhiteNoiseMiddleware(lambda r: HttpResponse("from the view"))
def get(path):
    made = HttpRequest()
    made.method, made.path, made.path_info = "GET", path, path
    response = middleware(made)
    return [response.status_code, response.get("Cache-Control"), b"".join(response).decode()]
before = get("/static/late.txt")
with open("staticfiles/late.txt", "w") as f:
    f.write("added later")
result = [before, get("/static/late.txt"), middleware.autorefresh, middleware.max_age]`;
    expect(run(code)).toEqual([[200, null, 'from the view'], [200, 'max-age=0, public', 'added later'], true, 0]);
  });

  it('without DEBUG, the files are those found at start-up', () => {
    const code = `import os
os.makedirs("staticfiles", exist_ok=True)
from django.conf import settings
settings.configure(SECRET_KEY="k", DEBUG=False, STATIC_URL="static/", STATIC_ROOT="staticfiles")
import django
django.setup()
from django.http import HttpRequest, HttpResponse
from whitenoise.middleware import WhiteNoiseMiddleware
middleware = WhiteNoiseMiddleware(lambda r: HttpResponse("from the view"))
with open("staticfiles/late.txt", "w") as f:
    f.write("added later")
made = HttpRequest()
made.method, made.path, made.path_info = "GET", "/static/late.txt", "/static/late.txt"
result = middleware(made).content.decode()`;
    expect(run(code)).toBe('from the view');
  });
});
