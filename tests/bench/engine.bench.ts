/**
 * The engine in Node, warm: `check --deploy` of a realistic 150-line production settings file,
 * as the reader's every edit triggers it (each run's text differs, as when typing).
 */
import { readFileSync } from 'node:fs';
import { startNodeEngine } from '../../src/engine/node/node-engine';
import { summarize, type Timing } from './stats';

const settings = readFileSync(new URL('./fixtures/production_settings.py', import.meta.url), 'utf8');

export interface SettingsCheckBench {
  /** From the caller's call to its answer: messaging to the worker included. */
  roundTrip: Timing;
  /** Inside the worker: the engine's own time. */
  engine: Timing;
}

export async function benchSettingsCheck(runs = 300): Promise<SettingsCheckBench> {
  const engine = startNodeEngine();
  try {
    await engine.whenReady();
    const request = (i: number) => ({
      op: 'check' as const,
      files: {
        'mysite/__init__.py': '',
        'mysite/settings.py': `${settings}\n# edit ${i}\n`,
        'mysite/urls.py': 'from django.urls import path\n\nurlpatterns = []\n',
        'assets/site.css': 'body { margin: 0 }\n',
      },
      settings_module: 'mysite.settings',
      deploy: true,
      env: { DJANGO_SECRET_KEY: 'k7#Qx!v2Lr9@Wm4$Tz8^Nc1&Hb6*Jd3(Pf5)Gs0-Ya=Ue+Ri_Xo', POSTGRES_PASSWORD: 's3cret' },
      installed: ['whitenoise'],
    });
    const first = await engine.call(request(-1));
    if (first.error) throw new Error(`the bench's settings do not load: ${first.error.type}: ${first.error.message}`);
    for (let i = 0; i < 30; i++) await engine.call(request(i));
    const roundTrip: number[] = [];
    const inEngine: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await engine.call(request(1000 + i));
      roundTrip.push(performance.now() - started);
      inEngine.push(engine.lastEngineMs);
    }
    return { roundTrip: summarize(roundTrip), engine: summarize(inEngine) };
  } finally {
    engine.close();
  }
}

const nginxConf = readFileSync(new URL('./fixtures/nginx.conf', import.meta.url), 'utf8');
const certificate = readFileSync(new URL('./fixtures/example.com.crt', import.meta.url), 'utf8');
const certificateKey = readFileSync(new URL('./fixtures/example.com.key', import.meta.url), 'utf8');

export interface NginxBench {
  /** `nginx -t` of a 150-line production nginx.conf, as every edit of the reader's triggers it. */
  check: SettingsCheckBench;
  /** 1,000 requests through a weighted upstream with a server stopping and starting. */
  balance: SettingsCheckBench;
}

export async function benchNginx(runs = 300): Promise<NginxBench> {
  const engine = startNodeEngine();
  try {
    await engine.whenReady();
    const check = (i: number) => ({
      op: 'nginx' as const,
      files: { 'nginx.conf': `${nginxConf}\n# edit ${i}\n`, 'certs/example.com.crt': certificate, 'certs/example.com.key': certificateKey },
    });
    const first = await engine.call(check(-1));
    if (!first.ok) throw new Error(`the bench's nginx.conf fails: ${JSON.stringify(first.errors)}`);
    const requests = Array.from({ length: 1000 }, (_, i) => ({
      client: `10.0.${i % 7}.${i % 250}`,
      ...(i === 300 ? { down: ['b2'] } : i === 600 ? { down: [], delay_ms: 11_000 } : {}),
    }));
    const balance = (i: number) => ({
      op: 'balance' as const,
      upstream: `server 127.0.0.1:8001 weight=3;\nserver 127.0.0.1:8002 max_fails=2;\nserver 127.0.0.1:8003;\nserver 127.0.0.1:8004 backup;\n# ${i}`,
      backends: { b1: '127.0.0.1:8001', b2: '127.0.0.1:8002', b3: '127.0.0.1:8003', b4: '127.0.0.1:8004' },
      requests,
    });
    const routed = await engine.call(balance(-1));
    if (!routed.ok || routed.served_by.length !== 1000) throw new Error(`the bench's upstream fails: ${JSON.stringify(routed.errors)}`);
    const measure = async (request: (i: number) => Parameters<typeof engine.call>[0]) => {
      for (let i = 0; i < 30; i++) await engine.call(request(i));
      const roundTrip: number[] = [];
      const inEngine: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await engine.call(request(1000 + i));
        roundTrip.push(performance.now() - started);
        inEngine.push(engine.lastEngineMs);
      }
      return { roundTrip: summarize(roundTrip), engine: summarize(inEngine) };
    };
    return { check: await measure(check), balance: await measure(balance) };
  } finally {
    engine.close();
  }
}
