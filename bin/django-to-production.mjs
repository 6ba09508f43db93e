#!/usr/bin/env node
// The course's command line (src/grader/cli.ts), run through tsx: the sources are TypeScript.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/grader/cli.ts');
process.exitCode = await main(process.argv.slice(2));
