/**
 * What a reader's run changes deep inside the engine is put back before the next run, even when
 * the worker never got to finish putting it back after the answer (isolation.settle). If this
 * broke, one reader's `django.conf.settings = None` would break every later check of theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { usePython } from '../../support/python';

const python = usePython();
// As the worker's warm-up does: the engine's modules are loaded before any reader's run.
beforeAll(() => python.run('import django.conf, django.urls.resolvers, django.utils.http'));

describe("the engine's namespaces after a reader's run", () => {
  it('are put back when the next run begins, if nothing did it after the last answer', () => {
    expect(python.run('import django.conf\ndjango.conf.settings = None\nresult = 1')).toBe(1);
    expect(python.run('import django.conf\nresult = type(django.conf.settings).__name__')).toBe('LazySettings');
  });

  it('are put back however deep the replaced name is, and whatever the run deleted beside it', () => {
    python.run('import django.urls.resolvers as r\nr.get_resolver = None\nimport django.utils.http as h\ndel h.urlencode');
    expect(
      python.run('import django.urls.resolvers as r, django.utils.http as h\nresult = [callable(r.get_resolver), callable(h.urlencode)]'),
    ).toEqual([true, true]);
  });
});
