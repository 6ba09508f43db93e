/**
 * What of an exercise reaches the page, and the request that judges it: the same in the page,
 * the tests and the grader, so a reader's playground and our exercise tests can never disagree.
 */
import { describe, expect, it } from 'vitest';
import { clientExercise, exerciseRequest } from '../../src/exercises/client';
import type { Exercise } from '../../src/exercises/exercise';

const exercise: Exercise = {
  id: 'url-routing/blog-urls',
  title: 'The blog’s URLs',
  goal: 'Make `/blog/2024/` reach the archive.',
  kind: 'urls',
  chapter: 'url-routing',
  tabs: ['blog/urls.py'],
  settings_module: 'mysite.settings',
  deploy: false,
  env: { DJANGO_DEBUG: '1' },
  installed: ['whitenoise'],
  behind_proxy: true,
  root_urlconf: 'mysite.urls',
  settings: { APPEND_SLASH: true },
  try_path: '/blog/2024/',
  try_reverse: 'blog:post 2024',
  fixtures: ['blog/fixtures/posts.json'],
  hints: ['Use `<int:year>`.'],
  starter: { 'blog/urls.py': 'urlpatterns = []\n' },
  solution: { 'blog/urls.py': 'urlpatterns = [...]\n' },
  checks: '@goal("x")\ndef x(run):\n    return True\n',
};

describe('an exercise in the page', () => {
  it('carries everything but its title and goal, which the page already shows as HTML', () => {
    const { title: _title, goal: _goal, ...rest } = exercise;
    expect(clientExercise(exercise)).toEqual(rest);
  });
});

describe('the request that judges an exercise', () => {
  it("runs the exercise's checks on the reader's files, with the exercise's environment and packages", () => {
    expect(exerciseRequest(clientExercise(exercise), { 'blog/urls.py': 'mine' })).toEqual({
      op: 'exercise',
      kind: 'urls',
      files: { 'blog/urls.py': 'mine' },
      settings_module: 'mysite.settings',
      deploy: false,
      env: { DJANGO_DEBUG: '1' },
      installed: ['whitenoise'],
      behind_proxy: true,
      root_urlconf: 'mysite.urls',
      settings: { APPEND_SLASH: true },
      checks: exercise.checks,
      fixtures: ['blog/fixtures/posts.json'],
    });
  });

  it('adds what the URL tester asks of resolve() and reverse()', () => {
    const request = exerciseRequest(exercise, {}, { resolve: ['/blog/2024/'], reverse: [{ viewname: 'blog:post', args: [2024] }] });
    expect(request).toMatchObject({ resolve: ['/blog/2024/'], reverse: [{ viewname: 'blog:post', args: [2024] }] });
  });
});
