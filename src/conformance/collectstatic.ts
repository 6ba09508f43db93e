/**
 * The collectstatic corpus's comparison (../shared/conformance/collectstatic/README.md): every
 * field exactly, after our paths become <CASE_DIR> and memory addresses 0x<ADDR> on our side.
 */
import type { CollectstaticAnswer, CollectstaticRequest, EngineError, ProjectFiles } from '../engine/protocol';

export interface CollectstaticCase {
  kind: 'collectstatic';
  description: string;
  files: ProjectFiles;
  settings?: Record<string, unknown>;
  args: string[];
  inspect?: string[];
  elide?: string[];
  expected: {
    error: EngineError | null;
    exit_code: number;
    output: string[];
    stderr: string[];
    copied: string[];
    copied_elided?: Record<string, { count: number; sample: string[] }>;
    manifest: CollectstaticAnswer['manifest'];
    contents?: Record<string, string>;
  };
}

export function collectstaticRequest(c: CollectstaticCase): CollectstaticRequest {
  const request: CollectstaticRequest = { op: 'collectstatic', files: c.files, args: c.args, installed: [] };
  if (c.settings) request.settings = c.settings;
  if (c.inspect) request.inspect = c.inspect;
  if (c.elide) request.elide = c.elide;
  return request;
}

const ADDRESS = /\b0x[0-9a-fA-F]+\b/g;
const masked = (text: string) => text.replace(ADDRESS, '0x<ADDR>');

/** What the corpus records of an answer, masked as the corpus is. */
function comparableAnswer(answer: CollectstaticAnswer, withContents: boolean, withElided: boolean): CollectstaticCase['expected'] {
  const error = answer.error && {
    type: answer.error.type,
    message: masked(answer.error.message),
    file: answer.error.file,
    line: answer.error.line,
  };
  const kept: CollectstaticCase['expected'] = {
    error,
    exit_code: answer.exit_code,
    output: answer.output.map(masked),
    stderr: answer.stderr.map(masked),
    copied: answer.copied,
    manifest: answer.manifest,
  };
  if (withElided) kept.copied_elided = answer.copied_elided ?? {};
  if (withContents) kept.contents = answer.contents ?? {};
  return kept;
}

/** One line per field that differs. */
export function compareCollectstatic(c: CollectstaticCase, answer: CollectstaticAnswer): string[] {
  const ours = comparableAnswer(answer, c.expected.contents !== undefined, c.expected.copied_elided !== undefined) as unknown as Record<string, unknown>;
  const expected = c.expected as unknown as Record<string, unknown>;
  const differences: string[] = [];
  for (const field of Object.keys(expected)) {
    const want = JSON.stringify(sortedKeys(expected[field]));
    const got = JSON.stringify(sortedKeys(ours[field]));
    if (want !== got) differences.push(`${field}: expected ${want}, got ${got}`);
  }
  return differences;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}
