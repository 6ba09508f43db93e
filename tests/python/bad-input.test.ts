/**
 * Bad input never crashes or hangs the engine: each gets a clear finding (what Python says, where,
 * and an explanation), and the run after it still gives the right answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, RequestFiles } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

// Generous: the first run imports Django, and these tests run beside others on a loaded machine.
const engine = useEngine({ timeLimitMs: 20_000 });

const NORMAL = `import os
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["mysite.example.com"]
`;
const ENV = { DJANGO_SECRET_KEY: 'r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~' };

let normalAnswer: string[];
const ids = (result: CheckResult) => result.messages.map((m) => m.id).sort();

beforeAll(async () => {
  const result = await engine.check({ 'mysite/settings.py': NORMAL }, { env: ENV });
  expect(result.error).toBeNull();
  normalAnswer = ids(result);
  expect(normalAnswer).toContain('security.W018');
});

/** Run the bad input, then check that a normal project still gets its normal answer. */
async function checkThenRecover(files: RequestFiles, options = {}): Promise<CheckResult> {
  const result = await engine.check(files, options);
  const after = await engine.check({ 'mysite/settings.py': NORMAL }, { env: ENV });
  expect(after.error).toBeNull();
  expect(ids(after)).toEqual(normalAnswer);
  return result;
}

const base64 = (bytes: number[] | Buffer) => Buffer.from(bytes).toString('base64');

describe('files Python cannot or should not read', () => {
  it('a 1 MB settings file is refused with a clear error instead of freezing the page', async () => {
    const padding = `# ${'x'.repeat(100)}\n`.repeat(10_400);
    const result = await checkThenRecover({ 'mysite/settings.py': NORMAL + padding }, { env: ENV });
    expect(result.error).toMatchObject({ type: 'SourceTooLargeError', file: 'mysite/settings.py', line: 1 });
    expect(result.error!.message).toMatch(/settings\.py is 1,0\d\d,\d{3} bytes/);
    expect(result.error!.explanation).toMatch(/too large for the checker/);
  });

  it('a large file that is not Python (a 1 MB static file) does not stop the check', async () => {
    const result = await checkThenRecover(
      { 'mysite/settings.py': NORMAL, 'static/big.txt': 'x'.repeat(1024 * 1024) },
      { env: ENV },
    );
    expect(result.error).toBeNull();
  });

  it('NUL bytes in the settings are the SyntaxError Python gives, at their line', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': 'DEBUG = True\nX = 1\u0000\n' });
    expect(result.error).toMatchObject({
      type: 'SyntaxError',
      message: 'source code string cannot contain null bytes',
      file: 'mysite/settings.py',
      line: 2,
    });
    expect(result.error!.explanation).toMatch(/NUL bytes/);
  });

  it('a student file that is not UTF-8, passed as raw bytes, gets the SyntaxError Python gives', async () => {
    const bytes = [...Buffer.from("DEBUG = True\nNAME = '"), 0xe9, ...Buffer.from("t'\n")];
    const result = await checkThenRecover({ 'mysite/settings.py': { base64: base64(bytes) } });
    expect(result.error).toMatchObject({ type: 'SyntaxError', file: 'mysite/settings.py', line: 2 });
    expect(result.error!.message).toMatch(/^Non-UTF-8 code starting with '\\xe9'/);
    expect(result.error!.explanation).toMatch(/not valid UTF-8/);
  });

  it('a Latin-1 file that declares its encoding loads, as Python allows', async () => {
    const text = Buffer.from(`# -*- coding: latin-1 -*-\n${NORMAL}NAME = 'caf\u00e9'\n`, 'latin1');
    const result = await checkThenRecover({ 'mysite/settings.py': { base64: base64(text) } }, { env: ENV });
    expect(result.error).toBeNull();
    expect(ids(result)).toEqual(normalAnswer);
  });

  it('a file value that is neither text nor {base64} is refused as a bad request, not run', async () => {
    await expect(engine.client.call({
      op: 'check',
      files: { 'mysite/settings.py': 42 as unknown as string },
      settings_module: 'mysite.settings',
      deploy: true,
    })).rejects.toThrow(/A file is a string or/);
  });
});

describe('code too deep for the interpreter', () => {
  it('an expression of 100,000 terms is refused without crashing the interpreter', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': `DEBUG = True\nX = ${Array(100_000).fill('1').join('+')}\n` });
    expect(result.error).toMatchObject({
      type: 'MemoryError',
      message: 'Parser stack overflowed - Python source too complex to parse',
      file: 'mysite/settings.py',
      line: 2,
    });
    expect(result.error!.explanation).toMatch(/nests expressions so deeply/);
  });

  it('deeply chained unary operators, attributes and calls are refused too', async () => {
    for (const expression of ['-'.repeat(5000) + '1', 'a' + '.b'.repeat(5000), 'f' + '()'.repeat(5000)]) {
      const result = await checkThenRecover({ 'mysite/settings.py': `DEBUG = True\nX = ${expression}\n` });
      expect(result.error).toMatchObject({ type: 'MemoryError', line: 2 });
    }
  });

  it('an if/elif chain thousands long is refused at the elif that goes too deep', async () => {
    const source = 'DEBUG = True\nif DEBUG: pass\n' + 'elif DEBUG: pass\n'.repeat(1500);
    const result = await checkThenRecover({ 'mysite/settings.py': source });
    expect(result.error).toMatchObject({ type: 'MemoryError', file: 'mysite/settings.py' });
    expect(result.error!.line).toBeGreaterThan(1000);
  });

  it('brackets nested past 200 levels give the SyntaxError Python gives', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': `X = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n` });
    expect(result.error).toMatchObject({ type: 'SyntaxError', message: 'too many nested parentheses', line: 1 });
  });

  it('a long flat list (thousands of entries) is not mistaken for deep nesting', async () => {
    const hosts = Array.from({ length: 3000 }, (_, i) => `"h${i}.example.com"`).join(', ');
    const result = await checkThenRecover({ 'mysite/settings.py': `${NORMAL}ALLOWED_HOSTS = [${hosts}]\n` }, { env: ENV });
    expect(result.error).toBeNull();
  });
});

describe('code that fails at run time', () => {
  it('importing a module that does not exist names the module and the line', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': 'import os\nimport nonexistent_helpers\n' });
    expect(result.error).toMatchObject({
      type: 'ModuleNotFoundError',
      message: "No module named 'nonexistent_helpers'",
      file: 'mysite/settings.py',
      line: 2,
    });
    expect(result.error!.explanation).toMatch(/cannot find a module named nonexistent_helpers/);
  });

  it('unbounded recursion is a RecursionError at the recursive call, and the interpreter lives on', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': 'def f(n):\n    return f(n + 1)\n\nX = f(0)\n' });
    expect(result.error).toMatchObject({ type: 'RecursionError', file: 'mysite/settings.py', line: 2 });
    expect(result.error!.explanation).toMatch(/kept calling itself/);
  });

  it('recursion through __getattr__ (C code between the calls) is a RecursionError too', async () => {
    const source = 'class Lazy:\n    def __getattr__(self, name):\n        return getattr(self, name)\n\nX = Lazy().value\n';
    const result = await checkThenRecover({ 'mysite/settings.py': source });
    expect(result.error).toMatchObject({ type: 'RecursionError', file: 'mysite/settings.py', line: 3 });
  });

  it('sys.exit() in the settings is reported as SystemExit, not the end of the engine', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': 'import sys\nsys.exit(3)\n' });
    expect(result.error).toMatchObject({ type: 'SystemExit', message: '3', line: 2 });
    expect(result.error!.explanation).toMatch(/ended the program/);
  });

  it('allocating gigabytes is a MemoryError at that line', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': 'DEBUG = True\nX = [0] * (10 ** 9)\n' });
    expect(result.error).toMatchObject({ type: 'MemoryError', line: 2 });
    expect(result.error!.explanation).toMatch(/more memory/);
  });
});

describe('settings that damage the interpreter', () => {
  it('settings that delete names from os do not break the next run', async () => {
    const source = `import os\ndel os.path\ndel os.environ\nos.getcwd = None\nSECRET_KEY = "x"\n`;
    const result = await checkThenRecover({ 'mysite/settings.py': source });
    expect(result.messages.length + (result.error ? 1 : 0)).toBeGreaterThan(0);
  });

  it('settings that replace builtins get an explanation naming them, and the next run works', async () => {
    const source = `import builtins\nbuiltins.len = None\nbuiltins.__import__ = None\nSECRET_KEY = "x"\n`;
    const result = await checkThenRecover({ 'mysite/settings.py': source });
    expect(result.error).toMatchObject({ type: 'TypeError' });
    expect(result.error!.explanation).toMatch(/replaced or deleted __import__, len in Python's builtins/);
  });

  it('settings that overwrite a builtin through __builtins__ do not break the next run', async () => {
    await checkThenRecover({ 'mysite/settings.py': `__builtins__["isinstance"] = lambda *args: False\nSECRET_KEY = "x"\n` });
  });

  it('sys.modules.clear() in the settings does not break the next run', async () => {
    const result = await checkThenRecover({ 'mysite/settings.py': 'import sys\nsys.modules.clear()\nSECRET_KEY = "x"\n' });
    expect(result.error).toMatchObject({ type: 'KeyError', message: "'mysite.settings'" });
    expect(result.error!.explanation).toMatch(/sys\.modules/);
  });

  it("settings that replace a name deep inside Django (django.conf.settings = None) do not break the next run", async () => {
    await checkThenRecover({ 'mysite/settings.py': 'import django.conf\ndjango.conf.settings = None\nSECRET_KEY = "x"\n' });
    await checkThenRecover({ 'mysite/settings.py': 'import django.core.checks.registry as r\nr.registry = None\nSECRET_KEY = "x"\n' });
  });

  it('os.environ = {} in the settings leaks into no later run', async () => {
    await checkThenRecover({ 'mysite/settings.py': 'import os\nos.environ = {"LEAKED": "1"}\nSECRET_KEY = "x"\n' });
    const later = await engine.check({ 'mysite/settings.py': 'import os\nSECRET_KEY = os.environ["LEAKED"]\n' });
    expect(later.error).toMatchObject({ type: 'KeyError', message: "'LEAKED'" });
  });

  it('sys.setrecursionlimit(50) and sys.path.clear() in the settings do not outlive the run', async () => {
    await checkThenRecover({ 'mysite/settings.py': 'import sys\nsys.setrecursionlimit(50)\nsys.path.clear()\nSECRET_KEY = "x"\n' });
  });

  it('a run that disables or retunes the cycle collector leaves it as the engine set it up', async () => {
    const probe = 'import gc\nraise Exception(repr((gc.isenabled(), gc.get_threshold())))\n';
    const before = (await engine.check({ 'mysite/settings.py': probe })).error?.message;
    await checkThenRecover({ 'mysite/settings.py': 'import gc\ngc.disable()\ngc.set_threshold(1, 1, 1)\nSECRET_KEY = "x"\n' });
    expect((await engine.check({ 'mysite/settings.py': probe })).error?.message).toBe(before);
    expect(before).toMatch(/^\(True, \(\d+, \d+, \d+\)\)$/);
  });

  it('a replacement that claims to equal anything (__eq__ always True) is put back all the same', async () => {
    const sameAsAnything = 'class Same:\n    def __eq__(self, other):\n        return True\n    __hash__ = object.__hash__\n';
    await checkThenRecover({ 'mysite/settings.py': `${sameAsAnything}import os\nos.path = Same()\nSECRET_KEY = "x"\n` });
    await checkThenRecover({ 'mysite/settings.py': `${sameAsAnything}import sys\nsys.meta_path[0] = Same()\nSECRET_KEY = "x"\n` });
  });
});
