import { defineConfig } from 'vitest/config';

// Two projects: tests that run Python or plain TypeScript in Node, and tests that open the built
// site in headless Chromium (their global setup builds the site, at / and at /course/, once):
// tests/site/ and every *.browser.test.ts, which sit beside the Node tests of the same code.
export default defineConfig({
  test: {
    // Each file boots its own Pyodide (2-3 s) or browser; a 2-core machine runs two at a time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/site/**', 'tests/**/*.browser.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/site/**/*.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
        },
      },
    ],
  },
});
