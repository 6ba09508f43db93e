/**
 * The real engine, Pyodide in a Node worker thread, as the tests, the conformance runner and the
 * tools start it: if this broke, every Node test of the checker would fail at its first call.
 */
import { describe, expect, it } from 'vitest';
import { useEngine } from '../../support/engine';

describe('the engine in a Node worker thread', () => {
  const engine = useEngine({ timeLimitMs: 1500 });

  it('answers a ping with the Django and Python versions the checker imitates', async () => {
    const answer = await engine.client.call({ op: 'ping' });
    expect(answer.django).toBe('6.1');
    expect(answer.python).toMatch(/^3\.14\./);
  });

  it('tells a malformed request apart from a finding (a caller bug, not a reader error)', async () => {
    await expect(engine.client.call({ op: 'no-such-op' } as never)).rejects.toThrow(/Unknown operation 'no-such-op'/);
  });
});
