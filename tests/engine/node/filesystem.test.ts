/**
 * What one run can leave for the next, in the real engine. Before, a file written to /tmp or
 * /home by one run was there in the next, and a run could write anywhere (a module in
 * site-packages that every later run imports, the engine's own files). Now the standard library,
 * the engine and the devices are read-only, and each run finds the rest as the engine did at
 * start-up. The start-up snapshot held the build machine's paths (sys.executable was the script
 * that made it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPythonSources } from '../../../src/engine/build/python-sources';
import { engineAssets } from '../../../src/engine/build/assets';
import { useEngine } from '../../support/engine';

const engine = useEngine({ timeLimitMs: 5000 });
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Run `code` as the reader's settings and return the repr of what it leaves in RESULT. */
async function run(code: string): Promise<string> {
  const answer = await engine.check({ 'mysite/settings.py': `import os, sys\n${code}\nraise RuntimeError("RESULT=" + repr(RESULT))\n` });
  const message = answer.error?.message ?? '';
  if (!message.startsWith('RESULT=')) throw new Error(`the run failed: ${answer.error?.type}: ${message}`);
  return message.slice(7);
}

describe('what a run leaves for the next', () => {
  it('files and folders written to /tmp and /home are gone by the next run', async () => {
    expect(
      await run(`
import tempfile
for path in ("/tmp/secret.txt", "/home/notes.txt", "/home/learner/notes.txt", "/home/pyodide/.bashrc"):
    with open(path, "w") as f:
        f.write("left behind")
os.makedirs("/tmp/deep/er/folder")
os.makedirs("/home/learner/.cache/pip")
os.makedirs("/var/cache/mysite/renders")  # as a FileBasedCache does with its LOCATION
handle, temp = tempfile.mkstemp()
RESULT = sorted(os.listdir("/tmp")), sorted(os.listdir("/"))`),
    ).toMatch(/'deep', 'secret.txt', 'tmp.*'var'/);
    expect(
      await run('RESULT = sorted(os.listdir("/tmp")), sorted(os.listdir("/home")), sorted(os.listdir("/home/learner")), os.listdir("/home/pyodide"), sorted(os.listdir("/"))'),
    ).toBe("([], ['learner', 'pyodide', 'web_user'], ['project'], [], ['dev', 'home', 'lib', 'opt', 'proc', 'tmp'])");
  });

  it('runs that each write a file, one after the other, each leave nothing for the next', async () => {
    for (const name of ['a', 'b', 'c']) {
      expect(await run(`open("/tmp/${name}", "w").write("x")\nRESULT = sorted(os.listdir("/tmp"))`)).toBe(`['${name}']`);
    }
    expect(await run('RESULT = os.listdir("/tmp")')).toBe('[]');
  });

  it('a folder made unusable (chmod 000) is usable again in the next run', async () => {
    await run('os.chmod("/tmp", 0)\nRESULT = None');
    expect(await run('open("/tmp/x", "w").write("ok")\nRESULT = open("/tmp/x").read()')).toBe("'ok'");
  });

  it('the standard library, the engine and /dev cannot be written, moved or made writable', async () => {
    const result = await run(`
RESULT = []
attempts = [
    lambda: open(sys.path[-1] + "/whitenoise.py", "w"),
    lambda: open("/lib/python3.14/site-packages/evil.py", "w"),
    lambda: open("/opt/minidjango/minidjango/api.py", "a"),
    lambda: open("/opt/minidjango/minidjango/new_module.py", "w"),
    lambda: os.rename("/lib", "/tmp/lib"),
    lambda: open("/dev/evil", "w"),
    lambda: os.chmod("/lib", 0o777),
    lambda: os.remove("/lib/python314.zip"),
    lambda: os.rename("/opt/minidjango", "/tmp/engine"),
    lambda: os.truncate("/lib/python314.zip", 0),
]
for attempt in attempts:
    try:
        attempt()
        RESULT.append("written")
    except OSError as exc:
        RESULT.append(type(exc).__name__)`);
    expect(result).not.toContain('written');
    expect(JSON.parse(result.replace(/'/g, '"'))).toHaveLength(10);
    // /dev/null still takes writes (logging and print() to it are ordinary).
    expect(await run('open(os.devnull, "w").write("x")\nRESULT = "ok"')).toBe("'ok'");
    const after = await engine.check({ 'mysite/settings.py': 'DEBUG = True\n' });
    expect(after.messages.map((m) => m.id)).toContain('security.W018');
  });
});

describe("the build machine's traces", () => {
  it('the interpreter has a server\'s name and arguments, and no string of it names the build machine\'s folders', async () => {
    expect(await run('RESULT = sys.executable, sys._base_executable, sys.orig_argv, sys.argv')).toBe(
      "('/usr/bin/python3', '/usr/bin/python3', ['/usr/bin/python3', 'manage.py', 'check', '--deploy'], ['manage.py', 'check', '--deploy'])",
    );
    const leaks = await run(`
import sysconfig
def strings(value, depth=0):
    if isinstance(value, str):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key, depth + 1)
            yield from strings(item, depth + 1)
places = {"sys": vars(sys), "os.environ": dict(os.environ), "sysconfig": sysconfig.get_config_vars()}
RESULT = sorted({name for name, value in places.items() for text in strings(value) if ${JSON.stringify(REPOSITORY)} in text})`);
    expect(leaks).toBe('[]');
  });

  it('the snapshot the site ships holds no path of the machine that made it', () => {
    const cache = fileURLToPath(new URL('../../../node_modules/.cache/django-to-production/', import.meta.url));
    const name = engineAssets(readPythonSources()).snapshotFile;
    expect(readdirSync(cache)).toContain(name); // made by this file's engine
    expect(readFileSync(`${cache}${name}`).includes(Buffer.from(REPOSITORY))).toBe(false);
  });
});
