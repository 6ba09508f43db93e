/**
 * The submission process's JavaScript (child.ts and the engine modules it imports), compiled
 * once per version of their sources into node_modules/.cache/django-to-production/. The child
 * runs under Node's permission model, where no TypeScript loader works (tsx's needs a worker
 * thread): TypeScript's own transpileModule turns each file into an .mjs beside the others.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../', import.meta.url));
export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/django-to-production/', import.meta.url));

/** The .ts files child.ts needs, by relative import, each with its text. */
function collect(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const text = readFileSync(file, 'utf8');
    found.set(file, text);
    for (const match of text.matchAll(/^import\s+(?!type\b)[^'"]*from\s+'(\.[^']+)'/gm)) visit(`${resolve(dirname(file), match[1]!)}.ts`);
  };
  visit(entry);
  return found;
}

/** The path of the compiled child.mjs (compiled now if it is not yet). */
export function childScript(): string {
  const files = collect(join(SRC, 'grader/child.ts'));
  const hash = createHash('sha256');
  for (const [file, text] of [...files].sort()) hash.update(relative(SRC, file)).update('\0').update(text).update('\0');
  const dir = join(CACHE_DIR, `grader-child-${hash.digest('hex').slice(0, 12)}`);
  const entry = join(dir, 'grader/child.mjs');
  if (existsSync(entry)) return entry;
  const partial = `${dir}.${process.pid}.partial`;
  for (const [file, text] of files) {
    const out = join(partial, relative(SRC, file)).replace(/\.ts$/, '.mjs');
    const js = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    }).outputText.replace(/(from\s+'\.[^']+)'/g, "$1.mjs'");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
  try {
    renameSync(partial, dir);
  } catch {
    // another grader compiled it at the same moment: theirs is the same
  }
  return entry;
}
