/**
 * collectstatic in Node, warm: a project with 300 static files, the admin's 130 among them
 * (django.contrib.admin installed, two apps and a STATICFILES_DIRS folder with 170 more, a
 * tenth of them CSS referring to images), collected into an empty STATIC_ROOT, as the "Run
 * collectstatic" action does after each edit.
 *
 * Figures: the command's own time (execute_from_command_line, timed inside Python: checks,
 * finders, 300 copies, the summary), and the whole `collectstatic` call with the project laid
 * out and the call to the worker and back; the same with ManifestStaticFilesStorage (hashed
 * copies, rewritten CSS, the manifest).
 */
import { startNodeEngine } from '../../src/engine/node/node-engine';
import type { CollectstaticRequest } from '../../src/engine/protocol';
import { summarize, type Timing } from './stats';

/** The admin's static files (src/python/django/contrib/admin/static). */
export const ADMIN_FILES = 130;
const OWN_FILES = 170;

function projectFiles(): Record<string, string> {
  const files: Record<string, string> = { 'blog/__init__.py': '', 'shop/__init__.py': '' };
  const place = (i: number) => (i % 3 === 0 ? `blog/static/blog` : i % 3 === 1 ? `shop/static/shop` : 'assets');
  for (let i = 0; i < OWN_FILES; i++) {
    const folder = ['css', 'js', 'img'][i % 3 === 2 ? (i >> 2) % 3 : i % 2 ? 1 : 2];
    if (i % 10 === 0) files[`${place(i)}/css/page${i}.css`] = `body { background: url("../img/bg${i}.png"); }\n`;
    // Beside the CSS that refers to it: the manifest storage must find it to hash the reference.
    else if (i % 10 === 1) files[`${place(i - 1)}/img/bg${i - 1}.png`] = `png ${i}\n`;
    else files[`${place(i)}/${folder}/file${i}.${folder === 'img' ? 'svg' : folder}`] = `/* file ${i} */\n`;
  }
  return files;
}

function settings(manifest: boolean): Record<string, unknown> {
  return {
    INSTALLED_APPS: ['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.messages',
      'django.contrib.sessions', 'django.contrib.staticfiles', 'blog', 'shop'],
    STATIC_URL: 'static/',
    STATIC_ROOT: 'static_root',
    STATICFILES_DIRS: ['assets'],
    ...(manifest ? { STORAGES: { staticfiles: { BACKEND: 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage' } } } : {}),
  };
}

export interface CollectstaticBench {
  /** The command's time inside Python (plain storage). */
  command: Timing;
  /** One collectstatic call, project laid out, with the call to the worker and back. */
  roundTrip: Timing;
  /** The command's time with the manifest storage. */
  manifestCommand: Timing;
  /**
   * The processor time of one call (Node's whole process: the worker's Python included), which
   * stays what the work costs while other programs share the cores; wall-clock timings stretch
   * with the load.
   */
  cpuPerCall: Timing;
  files: number;
}

export async function benchCollectstatic(runs = 30): Promise<CollectstaticBench> {
  const engine = startNodeEngine({ timeLimitMs: 20_000 });
  try {
    await engine.whenReady();
    const files = projectFiles();
    const call = (manifest: boolean): CollectstaticRequest => ({ op: 'collectstatic', files, settings: settings(manifest), args: ['--noinput'] });
    const first = await engine.call(call(false));
    const collected = first.copied.length;
    if (first.error || collected !== ADMIN_FILES + OWN_FILES) {
      throw new Error(`the bench's project does not collect ${ADMIN_FILES + OWN_FILES} files: ${JSON.stringify(first.error ?? first.output).slice(0, 600)} (${collected})`);
    }
    for (let i = 0; i < 5; i++) await engine.call(call(false));
    const command: number[] = [];
    const roundTrip: number[] = [];
    const cpuPerCall: number[] = [];
    const cpuMs = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const cpuBefore = cpuMs();
      const answer = await engine.call(call(false));
      cpuPerCall.push(cpuMs() - cpuBefore);
      roundTrip.push(performance.now() - started);
      command.push(answer.ms);
    }
    const manifestCommand: number[] = [];
    const hashed = await engine.call(call(true));
    if (hashed.error || hashed.manifest === null) {
      throw new Error(`the bench's project does not collect with the manifest storage: ${JSON.stringify(hashed.error ?? hashed.output).slice(0, 600)}`);
    }
    for (let i = 0; i < 3; i++) await engine.call(call(true));
    for (let i = 0; i < Math.ceil(runs / 3); i++) manifestCommand.push((await engine.call(call(true))).ms);
    return {
      command: summarize(command),
      roundTrip: summarize(roundTrip),
      manifestCommand: summarize(manifestCommand),
      cpuPerCall: summarize(cpuPerCall),
      files: collected,
    };
  } finally {
    engine.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { line } = await import('./stats');
  const bench = await benchCollectstatic();
  console.log(line(`  collectstatic of ${bench.files} static files (admin's included), the command`, bench.command, 'median < 50 ms'));
  console.log(line('    one collectstatic call of it, project laid out, with the call to the worker', bench.roundTrip));
  console.log(line('    the same call, processor time (load-independent)', bench.cpuPerCall));
  console.log(line('    the command with ManifestStaticFilesStorage', bench.manifestCommand));
}
