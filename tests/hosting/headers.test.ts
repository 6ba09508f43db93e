/**
 * The host configuration the build writes (_headers, .htaccess) and its Content-Security-Policy.
 * If these broke, a host configured from them would block the course's own scripts (a blank
 * theme switch, no playground), or cache a page for a year so a new version never arrives.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerRules, headersFile, htaccessFile, inlineScriptHashes } from '../../src/hosting/headers';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');

describe('the inline scripts a policy must allow', () => {
  it('hashes each inline script, classic or module, and nothing that is not run inline', () => {
    const html = `<script>a()</script><script type="module">b()</script><script type="module" src="/_astro/x.js"></script>
      <script type="application/json" data-exercise>{"a":1}</script><SCRIPT aria-hidden="true">c()</SCRIPT>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()'), sha('c()')]);
  });

  it('allows them by hash, WebAssembly compiled, and nothing from another origin', () => {
    const policy = contentSecurityPolicy([sha('b()'), sha('a()'), sha('a()')]);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${[sha('a()'), sha('b()')].sort().join("' 'sha256-")}'`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
  });
});

describe('the files written for hosts', () => {
  const rules = headerRules("default-src 'self'");

  it('_headers: isolation and the policy everywhere, a year of caching for the versioned folders only, under the base', () => {
    const text = headersFile('/course/', rules);
    expect(text).toContain("/course/*\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp\n  Content-Security-Policy: default-src 'self'");
    expect(text).toContain('/course/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/course/pyodide/*\n  Cache-Control: public, max-age=31536000, immutable');
    // Both hosts join a header two rules set: pages must not get "no-cache, ..., immutable".
    expect(text.split('\n').filter((line) => line.includes('Cache-Control')).length).toBe(3);
  });

  it('.htaccess: the same headers, revalidation for pages, the types Apache may not know', () => {
    const text = htaccessFile(rules);
    expect(text).toContain('Header always set Cross-Origin-Embedder-Policy "require-corp"');
    expect(text).toContain(`Header always set Content-Security-Policy "default-src 'self'"`);
    expect(text).toContain('Header always set Cache-Control "no-cache"');
    expect(text).toContain('<If "%{REQUEST_URI} =~ m#/(_astro|pyodide|pagefind/fragment)/#">');
    expect(text).toContain('AddType application/wasm .wasm');
  });
});
