/**
 * A teacher's first exercise: `npm run new-exercise` writes a folder that already passes
 * `npm run check-exercises`, refuses flags that would make a broken one, and a folder written
 * wrong by hand gets a message naming the file and the field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExerciseFolder } from '../../src/exercises/read';
import { readWrongAnswers, replayExercise } from '../../src/exercises/replay';
import { scaffoldExercise } from '../../src/exercises/scaffold';
import { useEngine } from '../support/engine';

const root = mkdtempSync(join(tmpdir(), 'd2p-scaffold-'));
const roots = { exercises: join(root, 'exercises'), chapters: join(root, 'chapters') };
mkdirSync(roots.chapters, { recursive: true });
writeFileSync(join(roots.chapters, 'deployment-settings.mdx'), '---\ntitle: x\n---\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new-exercise', () => {
  const engine = useEngine({ timeLimitMs: 15_000 });

  it('writes an exercise that passes check-exercises as it is', async () => {
    const written = scaffoldExercise({ chapter: 'deployment-settings', name: 'debug-off', title: 'Turn “debug” off: a title with: colons' }, roots);
    expect(written.map((path) => path.slice(path.indexOf('debug-off/') + 'debug-off/'.length)).sort()).toEqual(
      ['_files/mysite/__init__.py', '_files/mysite/settings.py', '_files/mysite/urls.py', '_solution/mysite/settings.py', 'checks.py', 'exercise.md', 'wrong-answers.yaml'].sort(),
    );
    const exercise = readExerciseFolder(join(roots.exercises, 'deployment-settings', 'debug-off'), 'deployment-settings/debug-off');
    expect(exercise.title).toBe('Turn “debug” off: a title with: colons');
    const report = await replayExercise(exercise, (request) => engine.client.call(request), roots.exercises);
    expect(report.results.flatMap((r) => r.problems)).toEqual([]);
    expect(report.results.map((r) => r.what)).toHaveLength(5);
  });

  it.each([
    [{ chapter: 'no-such-chapter', name: 'x', title: 'X' }, 'there is no chapter'],
    [{ chapter: 'deployment-settings', name: 'Debug Off', title: 'X' }, '--name "Debug Off"'],
    [{ chapter: '../etc', name: 'x', title: 'X' }, '--chapter "../etc"'],
    [{ chapter: 'deployment-settings', name: 'x', title: '  ' }, '--title'],
    [{ chapter: 'deployment-settings', name: 'debug-off', title: 'Again' }, 'exists already'],
  ])('refuses %o', (flags, message) => {
    expect(() => scaffoldExercise(flags, roots)).toThrow(message);
  });
});

describe('an exercise written wrong', () => {
  const folder = (name: string, frontmatter: string) => {
    const dir = join(roots.exercises, 'deployment-settings', name);
    mkdirSync(join(dir, '_files', 'mysite'), { recursive: true });
    writeFileSync(join(dir, '_files', 'mysite', 'settings.py'), 'DEBUG = True\n');
    writeFileSync(join(dir, 'checks.py'), '');
    writeFileSync(join(dir, 'exercise.md'), `---\n${frontmatter}\n---\nThe goal.\n`);
    return () => readExerciseFolder(dir, `deployment-settings/${name}`);
  };
  const base = 'title: T\nchapter: deployment-settings\ntabs: [mysite/settings.py]';

  it.each([
    ['a misspelt field', 'bad-1', `${base}\nhnits: [a]`, /bad-1\/exercise\.md: \(the frontmatter\): .*"hnits": not a field of an exercise/],
    ['a package not offered', 'bad-2', `${base}\ninstalled: [requests]`, /bad-2\/exercise\.md: installed\[0\]: /],
    ['a request URL without a host', 'bad-3', `${base}\nrequest:\n  url: /path`, /bad-3\/exercise\.md: request\.url: /],
    ['no title', 'bad-4', 'chapter: deployment-settings\ntabs: [mysite/settings.py]', /bad-4\/exercise\.md: title: Required/],
    ['a tab that is not a file', 'bad-5', 'title: T\nchapter: deployment-settings\ntabs: [mysite/urls.py]', /bad-5\/exercise\.md: tabs: mysite\/urls\.py is not a file in .*bad-5\/_files\//],
    ['another chapter than its folder', 'bad-6', 'title: T\nchapter: url-routing\ntabs: [mysite/settings.py]', /bad-6\/exercise\.md: chapter: is "url-routing", but the folder is in content\/exercises\/deployment-settings\//],
    ['YAML that does not parse', 'bad-7', `${base}\nenv: {A: [}`, /bad-7\/exercise\.md: the frontmatter is not valid YAML/],
  ])('with %s names the file and the field', (_what, name, frontmatter, message) => {
    expect(folder(name, frontmatter)).toThrow(message);
  });

  it('with a wrong-answers.yaml out of format, names the file and the entry', () => {
    const read = folder('bad-wrong', base);
    writeFileSync(join(roots.exercises, 'deployment-settings', 'bad-wrong', 'wrong-answers.yaml'), '- name: x\n  edits:\n    - file: mysite/settings.py\n      with: y\n');
    expect(() => readWrongAnswers(read(), roots.exercises)).toThrow(/bad-wrong\/wrong-answers\.yaml: \[0\]\.edits\.0\.replace: Required/);
  });
});
