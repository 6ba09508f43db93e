/**
 * A check that reads the project's nginx.conf too (chapter 6's playground): nginx's findings
 * come in the same list as Django's, with ids that say they are nginx's, the text `nginx -t`
 * prints and a place in the reader's nginx.conf tab; the answer says what upstreams there are.
 */
import { describe, expect, it } from 'vitest';
import type { CheckMessage, CheckResult } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const engine = useEngine({ timeLimitMs: 20_000 });

const SETTINGS = `SECRET_KEY = "r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~"
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = []
`;

const CONF = `events {}

http {
    upstream django_backend {
        server 192.168.1.101:8000;
        server 192.168.1.102:8000 backup;
    }

    server {
        listen 80;
        server_name shop.example.com;

        location / {
            proxy_pass http://django_backend;
            proxy_set_header Host $host;
        }
    }
}
`;

const check = (conf: string | null, settings = SETTINGS, nginx: { conf: string } | null = { conf: 'nginx.conf' }) =>
  engine.check(
    { 'mysite/settings.py': settings, ...(conf === null ? {} : { 'nginx.conf': conf }) },
    { deploy: false, ...(nginx ? { nginx } : {}) },
  );
const nginxMessages = (result: CheckResult): CheckMessage[] => result.messages.filter((m) => m.id.startsWith('nginx.'));

describe("nginx.conf beside the settings", () => {
  it('a configuration nginx accepts adds no finding, and the answer lists its upstream', async () => {
    const result = await check(CONF);
    expect(nginxMessages(result)).toEqual([]);
    expect(result.nginx).toMatchObject({
      ok: true,
      errors: [],
      conf: 'nginx.conf',
      upstreams: [
        {
          name: 'django_backend',
          method: 'round_robin',
          servers: [
            { address: '192.168.1.101:8000', weight: 1, backup: false, down: false },
            { address: '192.168.1.102:8000', weight: 1, backup: true, down: false },
          ],
        },
      ],
    });
  });

  it('a mistake is one finding as nginx -t prints it, marked where it is in the nginx.conf tab', async () => {
    const result = await check(CONF.replace('proxy_set_header Host $host;', 'proxy_set_headr Host $host;'));
    expect(nginxMessages(result)).toEqual([
      {
        id: 'nginx.emerg',
        level: 'ERROR',
        msg: '[emerg] unknown directive "proxy_set_headr" in /etc/nginx/nginx.conf:15',
        hint: null,
        location: { file: 'nginx.conf', line: 15, col: 13, endLine: 15, endCol: 28 },
      },
    ]);
    expect(result.nginx).toMatchObject({ ok: false, upstreams: [] });
  });

  it("the paper's file without events {} fails as nginx says, naming no line", async () => {
    const result = await check(CONF.replace('events {}\n', ''));
    expect(nginxMessages(result).map((m) => [m.id, m.msg])).toEqual([['nginx.emerg', '[emerg] no "events" section in configuration']]);
    // A finding about the whole file marks its first line that is not blank.
    expect(nginxMessages(result)[0]!.location).toEqual({ file: 'nginx.conf', line: 2, col: 1, endLine: 2, endCol: 7 });
  });

  it('a warning stays a warning, and nginx still starts', async () => {
    const twice = CONF.replace('    server {', '    server {\n        listen 80;\n        server_name shop.example.com;\n    }\n\n    server {');
    const result = await check(twice);
    expect(nginxMessages(result).map((m) => [m.id, m.level, m.msg])).toEqual([
      ['nginx.warn', 'WARNING', '[warn] conflicting server name "shop.example.com" on 0.0.0.0:80, ignored'],
    ]);
    expect(result.nginx?.ok).toBe(true);
  });

  it('settings that do not import still get their nginx findings', async () => {
    const result = await check(CONF.replace('events {}', 'events {'), 'import nowhere\n');
    expect(result.error?.type).toBe('ModuleNotFoundError');
    expect(nginxMessages(result).map((m) => m.msg)).toEqual(['[emerg] "http" directive is not allowed here in /etc/nginx/nginx.conf:3']);
  });

  it('a missing nginx.conf is what nginx says of a missing file', async () => {
    const result = await check(null);
    expect(nginxMessages(result).map((m) => m.msg)).toEqual(['[emerg] open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)']);
  });

  it('without `nginx` in the request, a file called nginx.conf is left alone', async () => {
    const result = await check('not nginx at all', SETTINGS, null);
    expect(nginxMessages(result)).toEqual([]);
    expect(result.nginx).toBeUndefined();
  });
});
