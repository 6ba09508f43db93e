/** Which colours a file gets, by its name, in the static code and in the editor alike. */
import { describe, expect, it } from 'vitest';
import { languageOf, type EditorLanguage } from '../../src/editor/languages';

describe('the language of a file', () => {
  it.each<[string, EditorLanguage]>([
    ['mysite/settings.py', 'python'],
    ['manage.py', 'python'],
    ['.env', 'dotenv'],
    ['mysite/.env', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['nginx.conf', 'nginx'],
    ['deploy/nginx-site.conf', 'nginx'],
    ['gunicorn.conf', 'plaintext'],
    ['setup.cfg', 'ini'],
    ['uwsgi.ini', 'ini'],
    ['requirements.txt', 'plaintext'],
    ['env.py.bak', 'plaintext'],
  ])('%s is %s', (path, language) => {
    expect(languageOf(path)).toBe(language);
  });
});
