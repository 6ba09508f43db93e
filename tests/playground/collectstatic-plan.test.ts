/**
 * The collectstatic panel's decisions, without a page: the command line the reader types, and the
 * STATIC_ROOT tree drawn from an answer (who came from where, who was shadowed, hashed copies).
 */
import { describe, expect, it } from 'vitest';
import type { CollectstaticAnswer } from '../../src/engine/protocol';
import { leftOver, outcomeLine, parseArgs, staticRootTree, type TreeFile, type TreeFolder } from '../../src/playground/collectstatic-plan';

describe('the command line', () => {
  it('splits on blanks and keeps quoted patterns whole, as a shell does (-i needs them)', () => {
    expect(parseArgs('  --noinput  -i "*.txt" -i \'vendor dir\' -v 2 ')).toEqual({ args: ['--noinput', '-i', '*.txt', '-i', 'vendor dir', '-v', '2'] });
    expect(parseArgs('')).toEqual({ args: [] });
    expect(parseArgs('-i a\\ b')).toEqual({ args: ['-i', 'a b'] });
    expect(parseArgs("-i ''")).toEqual({ args: ['-i', ''] });
  });

  it('says what is wrong instead of running a line it cannot split, or the whole command', () => {
    expect(parseArgs('-i "*.txt')).toEqual({ problem: 'A double quote is not closed.' });
    expect(parseArgs("-i '*.txt")).toEqual({ problem: 'A single quote is not closed.' });
    expect(parseArgs('python manage.py collectstatic --noinput')).toHaveProperty('problem');
    expect(parseArgs('collectstatic --clear')).toHaveProperty('problem');
  });
});

const answer: Pick<CollectstaticAnswer, 'copied' | 'sources' | 'manifest'> = {
  copied: ['css/site.1f2e3d4c5b6a.css', 'css/site.css', 'old.txt', 'staticfiles.json', 'blog/app.js'].sort(),
  sources: [
    { path: 'css/site.css', source: 'assets/css/site.css', finder: 'FileSystemFinder', kept: true },
    { path: 'blog/app.js', source: 'blog/static/blog/app.js', finder: 'AppDirectoriesFinder', kept: true },
    { path: 'css/site.css', source: 'theme/static/css/site.css', finder: 'AppDirectoriesFinder', kept: false },
  ],
  manifest: { paths: { 'blog/app.js': 'blog/app.js', 'css/site.css': 'css/site.1f2e3d4c5b6a.css' }, version: '1.1', hash: 'x' },
};

const child = (folder: TreeFolder, name: string) => folder.children.find((node) => node.name === name)!;

describe('the STATIC_ROOT tree', () => {
  it('puts folders before files and counts the files below each folder', () => {
    const tree = staticRootTree(answer);
    expect(tree.children.map((node) => node.name)).toEqual(['blog', 'css', 'old.txt', 'staticfiles.json']);
    expect(tree.count).toBe(5);
    expect((child(tree, 'css') as TreeFolder).count).toBe(2);
  });

  it("tells where a file came from and which file it shadowed (the reader's question)", () => {
    const site = child(child(staticRootTree(answer), 'css') as TreeFolder, 'site.css') as TreeFile;
    expect(site.source).toBe('assets/css/site.css');
    expect(site.finder).toBe('FileSystemFinder');
    expect(site.shadowed.map((s) => s.source)).toEqual(['theme/static/css/site.css']);
    expect(site.hashedAs).toBe('css/site.1f2e3d4c5b6a.css');
  });

  it('marks a hashed copy with the name it stands for, and a file mapped to itself as not hashed', () => {
    const tree = staticRootTree(answer);
    const hashed = child(child(tree, 'css') as TreeFolder, 'site.1f2e3d4c5b6a.css') as TreeFile;
    expect(hashed.hashedOf).toBe('css/site.css');
    expect(hashed.source).toBeUndefined();
    expect((child(child(tree, 'blog') as TreeFolder, 'app.js') as TreeFile).hashedAs).toBeUndefined();
  });

  it('lists what STATIC_ROOT held before the run apart (left without --clear)', () => {
    expect(leftOver(answer)).toEqual(['old.txt']);
  });
});

describe('the outcome line', () => {
  it("is collectstatic's summary, or the error that stopped it", () => {
    expect(outcomeLine({ error: null, exit_code: 0, output: ['', "2 static files copied to '/x'."] })).toBe("2 static files copied to '/x'.");
    expect(outcomeLine({ error: null, exit_code: 0, output: [] })).toBe('collectstatic printed nothing (verbosity 0).');
    expect(outcomeLine({ error: { type: 'ImproperlyConfigured', message: 'No STATIC_ROOT.\nmore', file: null, line: null }, exit_code: 1, output: [] })).toBe(
      'collectstatic stopped: ImproperlyConfigured: No STATIC_ROOT.',
    );
    expect(outcomeLine({ error: null, exit_code: 1, output: [] })).toBe('collectstatic exited with code 1.');
  });
});
