/**
 * The course's checks across nginx.conf and the settings (course.W009-W011): what nginx must
 * send and serve for the settings to work. A reader would notice if they broke: a proxy that
 * makes Django refuse every request, a header any visitor can forge, a site without its CSS,
 * all while both files look fine on their own.
 */
import { describe, expect, it } from 'vitest';
import type { CheckMessage, CheckResult, TextEdit } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const engine = useEngine({ timeLimitMs: 20_000 });

const SETTINGS = `from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~"
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.staticfiles"]
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
`;

/** A complete nginx.conf around the directives of `location /` (and more of the server). */
const conf = (proxy: string, server = '', http = '') => `events {}

http {
${http}
    upstream django_backend {
        server 192.168.1.101:8000;
        server 192.168.1.102:8000;
    }

    server {
        listen 80;
        server_name shop.example.com;
${server}
        location / {
            proxy_pass http://django_backend;
${proxy}
        }
    }
}
`;

const HEADERS = `            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto $scheme;`;
const STATIC = '        location /static/ {\n            alias /srv/mysite/staticfiles/;\n        }';

const check = (nginx: string, settings = SETTINGS, projectDir?: string) =>
  engine.check(
    { 'mysite/settings.py': settings, 'nginx.conf': nginx },
    { deploy: false, nginx: { conf: 'nginx.conf', ...(projectDir ? { project_dir: projectDir } : {}) } },
  );
const across = (result: CheckResult): CheckMessage[] => result.messages.filter((m) => /^course\.W01[01]$|^course\.W009$/.test(m.id));
const ids = (result: CheckResult) => across(result).map((m) => m.id);

it('a proxy that passes both headers and serves STATIC_ROOT gets no message', async () => {
  const result = await check(conf(HEADERS, STATIC));
  expect(result.messages).toEqual([]);
});

it('each message says why, names chapter 6, and marks the line of nginx.conf where the fix goes', async () => {
  const result = await check(conf(''));
  expect(ids(result)).toEqual(['course.W009', 'course.W010']);
  for (const message of across(result)) {
    expect(message.chapter).toBe('load-balancing-with-nginx');
    expect(message.why!.length).toBeGreaterThan(60);
    expect(message.location).toEqual({ file: 'nginx.conf', line: 15, col: 13, endLine: 15, endCol: 45 });
  }
});

describe('Host (course.W009)', () => {
  it.each<[string, string, string, string[]]>([
    ['no Host header: nginx sends the upstream name', 'proxy_set_header X-Forwarded-Proto $scheme;', '', ['course.W009']],
    ['Host $host in the location', HEADERS, '', []],
    ['Host $host in the server, inherited by a location that sets none', '', HEADERS.replace(/ {12}/g, '        '), []],
    [
      'Host in the server is lost when the location sets a header of its own',
      'proxy_set_header X-Forwarded-Proto $scheme;',
      '        proxy_set_header Host $host;',
      ['course.W009'],
    ],
    ["Debian's proxy_params passes Host $http_host (and X-Forwarded-Proto)", 'include proxy_params;', '', []],
    ['an empty Host value sends no Host header', 'proxy_set_header Host "";\nproxy_set_header X-Forwarded-Proto $scheme;', '', ['course.W009']],
  ])('%s', async (_what, proxy, server, expected) => {
    expect(ids(await check(conf(proxy, server)))).toEqual(expected);
  });

  it('is about the public name: ALLOWED_HOSTS holding only the app servers’ addresses is another mistake', async () => {
    const settings = SETTINGS.replace('["shop.example.com"]', '["192.168.1.101"]');
    expect(ids(await check(conf('proxy_set_header X-Forwarded-Proto $scheme;'), settings))).toEqual([]);
  });

  it('without server_name, the domain names of ALLOWED_HOSTS are the public names', async () => {
    const nginx = conf('proxy_set_header X-Forwarded-Proto $scheme;').replace('        server_name shop.example.com;\n', '');
    expect(ids(await check(nginx))).toEqual(['course.W009']);
  });
});

describe('SECURE_PROXY_SSL_HEADER (course.W010)', () => {
  it('is quiet when the settings do not trust a header', async () => {
    const settings = SETTINGS.replace(/SECURE_PROXY_SSL_HEADER.*\n/, '');
    expect(ids(await check(conf('proxy_set_header Host $host;'), settings))).toEqual([]);
  });

  it('follows the header the setting names', async () => {
    const settings = SETTINGS.replace('HTTP_X_FORWARDED_PROTO', 'HTTP_X_FORWARDED_SSL').replace('"https")', '"on")');
    expect(ids(await check(conf(HEADERS), settings))).toEqual(['course.W010']);
    expect(ids(await check(conf('proxy_set_header Host $host;\nproxy_set_header X-Forwarded-Ssl on;'), settings))).toEqual([]);
  });
});

describe('the static files (course.W011)', () => {
  it.each<[string, string, boolean]>([
    ['alias STATIC_ROOT/', 'location /static/ { alias /srv/mysite/staticfiles/; }', false],
    ['alias of the folder collectstatic reads from, not the one it fills', 'location /static/ { alias /srv/mysite/static/; }', true],
    ['alias without its final slash (nginx opens staticfilescss/site.css)', 'location /static/ { alias /srv/mysite/staticfiles; }', true],
    ['location /static with alias STATIC_ROOT (no slashes at all)', 'location /static { alias /srv/mysite/staticfiles; }', false],
    ['root is the folder above: nginx adds /static/ itself', 'location /static/ { root /srv/mysite; }', true],
    ['proxied to Django (WhiteNoise serves them)', 'location /static/ { proxy_pass http://django_backend; include proxy_params; }', false],
    ['a location for another URL', 'location /media/ { alias /srv/mysite/media/; }', false],
  ])('%s', async (_what, location, reported) => {
    const result = await check(conf(HEADERS, `        ${location}`));
    expect(ids(result)).toEqual(reported ? ['course.W011'] : []);
  });

  it('root works when STATIC_ROOT is the static folder under it', async () => {
    const settings = SETTINGS.replace('BASE_DIR / "staticfiles"', 'BASE_DIR / "static"');
    expect(ids(await check(conf(HEADERS, '        location /static/ { root /srv/mysite; }'), settings))).toEqual([]);
  });

  it('the hint gives STATIC_ROOT as it is on the server, and marks the alias', async () => {
    const result = await check(conf(HEADERS, '        location /static/ {\n            alias /var/www/static/;\n        }'), SETTINGS, '/srv/shop');
    const [message] = across(result);
    expect(message?.hint).toBe('STATIC_ROOT is /srv/shop/staticfiles on the server (the project is in /srv/shop): location /static/ { alias /srv/shop/staticfiles/; }');
    expect(message?.location).toMatchObject({ file: 'nginx.conf', line: 14, col: 13 });
  });
});

it('a configuration nginx refuses gets nginx’s error, not guesses about a file it did not read to the end', async () => {
  const result = await check(conf('proxy_set_header Host;'));
  expect(result.messages.map((m) => m.id)).toEqual(['nginx.emerg']);
});

it('SILENCED_SYSTEM_CHECKS silences them as any course check', async () => {
  const result = await check(conf(''), SETTINGS + 'SILENCED_SYSTEM_CHECKS = ["course.W009", "course.W010"]\n');
  expect(ids(result)).toEqual([]);
});

describe('quick fixes', () => {
  /** Edits applied to a text (1-based lines, UTF-16 columns, end exclusive), last first. */
  const apply = (text: string, edits: TextEdit[]) => {
    const lines = text.split('\n');
    const offset = (line: number, col: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
    return [...edits]
      .sort((a, b) => b.line - a.line || b.col - a.col)
      .reduce((out, e) => out.slice(0, offset(e.line, e.col)) + e.text + out.slice(offset(e.endLine, e.endCol)), text);
  };

  it.each<[string, string, string, string]>([
    ['course.W009', conf('proxy_set_header X-Forwarded-Proto $scheme;'), 'Add proxy_set_header Host $host;', '            proxy_set_header Host $host;'],
    ['course.W010', conf('proxy_set_header Host $host;'), 'Add proxy_set_header X-Forwarded-Proto $scheme;', '            proxy_set_header X-Forwarded-Proto $scheme;'],
    ['course.W011', conf(HEADERS, '        location /static/ { root /srv/mysite; }'), 'Write alias /srv/mysite/staticfiles/;', 'location /static/ { alias /srv/mysite/staticfiles/; }'],
  ])('%s: the fix in nginx.conf makes it go away, and nginx still accepts the file', async (id, nginx, title, written) => {
    const message = across(await check(nginx)).find((m) => m.id === id)!;
    const [quickFix] = message.fixes!;
    expect(quickFix!.title).toBe(title);
    const fixed = apply(nginx, quickFix!.edits);
    expect(fixed).toContain(written);
    const after = await check(fixed);
    expect(after.messages).toEqual([]);
  });

  it('offers no value for a header other than X-Forwarded-Proto: that one is the reader’s to choose', async () => {
    const settings = SETTINGS.replace('HTTP_X_FORWARDED_PROTO', 'HTTP_X_FORWARDED_SSL').replace('"https")', '"on")');
    const [message] = across(await check(conf('proxy_set_header Host $host;'), settings));
    expect(message?.id).toBe('course.W010');
    expect(message?.fixes).toBeUndefined();
  });
});
