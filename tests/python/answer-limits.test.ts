/**
 * An answer stays small whatever the reader's code makes Django say: one line of settings once
 * made 100,000 findings (the tab froze for a minute rendering them), a 10 MB exception message
 * froze it for 2 s. The engine keeps the most severe messages and says how many it left out
 * (minidjango/limits.py); the page rejects anything larger (src/engine/answer-shape.ts).
 */
import { describe, expect, it } from 'vitest';
import { useEngine } from '../support/engine';

// A generous limit: these are about size, and the machine running the tests may be busy.
const engine = useEngine({ timeLimitMs: 30_000 });

describe('the bounds on an answer', () => {
  it('one line that makes 100,000 findings: the first 100 and one that says what was left out', async () => {
    const result = await engine.check({ 'mysite/settings.py': 'DEBUG = True\nCSRF_TRUSTED_ORIGINS = ["x%d" % i for i in range(10**5)]\n' });
    expect(result.messages).toHaveLength(101);
    const note = result.messages.at(-1)!;
    expect(note).toMatchObject({ id: 'checker.I001', level: 'INFO', location: null });
    expect(note.msg).toMatch(/^99,9\d\d more messages \(99,9\d\d errors, \d+ warnings?\) were left out: only the first 100 are shown\.$/);
    // The most severe are kept: every error Django found first, W018 among the warnings left out.
    expect(result.messages.slice(0, 100).every((m) => m.level === 'ERROR')).toBe(true);
    expect(JSON.stringify(result).length).toBeLessThan(100_000);
  });

  it('a 10 MB exception message: cut to 2,000 characters, saying how much was left out', async () => {
    const result = await engine.check({ 'mysite/settings.py': 'DEBUG = True\nraise ValueError("x" * 10**7)\n' });
    expect(result.error).toMatchObject({ type: 'ValueError', file: 'mysite/settings.py', line: 2 });
    expect(result.error!.message.length).toBeLessThanOrEqual(2000);
    expect(result.error!.message).toMatch(/^x+… \(9,998,\d{3} more characters left out\)$/);
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  });

  it('a long setting value in a message is cut too, and the answer still has every finding', async () => {
    const result = await engine.check({ 'mysite/settings.py': `DEBUG = True\nSECRET_KEY = "${'k'.repeat(50_000)}"\nALLOWED_HOSTS = ["${'h'.repeat(50_000)}"]\n` });
    expect(result.error).toBeNull();
    expect(result.messages.map((m) => m.id)).toContain('security.W018');
    for (const m of result.messages) expect(m.msg.length + (m.hint?.length ?? 0)).toBeLessThanOrEqual(4000);
  });

  it('a URLconf of 10,000 patterns: a 404 lists the first 5,000 it tried', async () => {
    const answer = await engine.client.call({
      op: 'urls',
      files: {
        'mysite/__init__.py': '',
        'mysite/views.py': 'def home(request):\n    pass\n',
        'mysite/urls.py': 'from django.urls import path\nfrom . import views\nurlpatterns = [path(f"p{i}/", views.home) for i in range(10**4)]\n',
      },
      root_urlconf: 'mysite.urls',
      resolve: ['/missing/'],
      reverse: [],
    });
    const [outcome] = answer.resolve;
    expect(outcome).toMatchObject({ match: false });
    if (!outcome || !('match' in outcome) || outcome.match) throw new Error('expected a 404');
    expect(outcome.tried).toHaveLength(5000);
    expect(outcome.tried_display).toHaveLength(5000);
  });

  it("an exercise's goals still see the ids of the messages left out", async () => {
    const answer = await engine.client.call({
      op: 'exercise',
      files: { 'mysite/__init__.py': '', 'mysite/settings.py': 'DEBUG = True\nCSRF_TRUSTED_ORIGINS = ["x%d" % i for i in range(10**5)]\n' },
      settings_module: 'mysite.settings',
      deploy: true,
      checks: 'from minidjango.exercises import goal\n\n@goal("DEBUG is off")\ndef debug_off(run):\n    return not run.has("security.W018")\n',
    });
    expect(answer.messages.slice(0, 100).map((m) => m.id)).not.toContain('security.W018');
    expect(answer.goals).toEqual([{ title: 'DEBUG is off', passed: false, problem: null }]);
  });

  it('a backend named with 20,000 characters: cut in every list of a balance answer, however nested', async () => {
    const name = 'b'.repeat(20_000);
    const answer = (await engine.client.call({
      op: 'balance',
      upstream: 'server 127.0.0.1:8001;',
      backends: { [name]: '127.0.0.1:8001' },
      requests: [{ client: '127.0.0.1' }, { client: '127.0.0.1' }],
    })) as { served_by: string[]; tried: string[][] };
    const lengths = [...answer.served_by, ...answer.tried.flat()].map((id) => id.length);
    expect(lengths).toHaveLength(4);
    for (const length of lengths) expect(length).toBeLessThanOrEqual(10_000);
  });
});
