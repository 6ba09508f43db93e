/**
 * The SQL under each response, as the request panel tells it. If these broke, a reader would
 * see an injected quote as part of a string (or a parameter as code), miss that a comment
 * swallowed the end of their query, or get a 1 MB payload pasted into the page.
 */
import { describe, expect, it } from 'vitest';
import { cutNote, MAX_QUERIES, shownQueries, shownQuery, sqlNotes, sqlPieces, type SqlPiece } from '../../src/playground/sql-view';

const kinds = (pieces: SqlPiece[]) => pieces.map((p) => [p.kind, p.text]);

describe('the pieces SQLite reads a statement as', () => {
  it.each<[string, string, [string, string][]]>([
    ['a string literal', "WHERE title = 'tea'", [['code', 'WHERE title = '], ['string', "'tea'"]]],
    [
      "a parameter with a quote in it: one literal, the quote doubled",
      "title LIKE '%x'' OR 1=1 --%'",
      [['code', 'title LIKE '], ['string', "'%x'' OR 1=1 --%'"]],
    ],
    [
      'the same payload pasted in: the quote ends the string, the rest is code and a comment',
      "title LIKE '%x' OR 1=1 --%'",
      [['code', 'title LIKE '], ['string', "'%x'"], ['code', ' OR 1=1 '], ['comment', "--%'"]],
    ],
    ['quoted names', 'SELECT "shop_tea"."name", `a`, [b c]', [['code', 'SELECT '], ['name', '"shop_tea"'], ['code', '.'], ['name', '"name"'], ['code', ', '], ['name', '`a`'], ['code', ', '], ['name', '[b c]']]],
    ['a doubled quote in a name', 'SELECT "a""b"', [['code', 'SELECT '], ['name', '"a""b"']]],
    ['a block comment', 'SELECT 1 /* hi */ + 2', [['code', 'SELECT 1 '], ['comment', '/* hi */'], ['code', ' + 2']]],
    ['an unterminated string runs to the end', "WHERE a = 'x", [['code', 'WHERE a = '], ['string', "'x"]]],
    ['an unterminated block comment runs to the end', 'SELECT 1 /* x', [['code', 'SELECT 1 '], ['comment', '/* x']]],
    ['a line comment ends at the line', 'SELECT 1 -- one\n+ 2', [['code', 'SELECT 1 '], ['comment', '-- one'], ['code', '\n+ 2']]],
    ['stacked statements', "a = 'x'; DROP TABLE t", [['code', 'a = '], ['string', "'x'"], ['end', ';'], ['code', ' DROP TABLE t']]],
  ])('%s', (_what, sql, expected) => {
    const pieces = sqlPieces(sql);
    expect(kinds(pieces)).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(sql);
  });

  it('starts a line at each clause, never inside a literal', () => {
    const sql = `SELECT "id" FROM "shop_tea" WHERE "name" LIKE '% from where %' UNION SELECT 1 FROM auth_user ORDER BY 1`;
    const pieces = sqlPieces(sql);
    expect(pieces.filter((p) => p.breakBefore).map((p) => p.text.split(/\s/)[0])).toEqual(['FROM', 'WHERE', 'UNION', 'FROM', 'ORDER']);
    expect(pieces.find((p) => p.kind === 'string')).toEqual({ kind: 'string', text: "'% from where %'" });
    expect(pieces.map((p) => p.text).join('')).toBe(sql);
  });

  it('keeps a keyword inside a name on its line', () => {
    expect(sqlPieces('SELECT fromage, "where" FROM t').filter((p) => p.breakBefore).map((p) => p.text)).toEqual(['FROM t']);
  });
});

describe('what the reader is told about a statement', () => {
  it.each<[string, string, RegExp[]]>([
    ['a parameterised query: nothing', "SELECT 1 FROM t WHERE a LIKE '%x'' --%'", []],
    ['a comment that swallows the rest', "SELECT 1 FROM t WHERE a = 'x' OR 1=1 --' ORDER BY a", [/^-- starts a comment outside any string: .*\(' ORDER BY a\) never ran/]],
    ['a block comment in the middle', 'SELECT 1 /* x */ FROM t', [/comment outside any string: SQLite skips it/]],
    ['two statements', "SELECT 1 FROM t WHERE a = 'x'; DELETE FROM t", [/^2 statements in one string/]],
    ['a trailing semicolon is one statement', 'SELECT 1;', []],
    ['a comment after the last semicolon is not a statement', 'SELECT 1; --', [/comment outside any string: SQLite skips it/]],
  ])('%s', (_what, sql, expected) => {
    const notes = sqlNotes(sqlPieces(sql));
    expect(notes).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(notes[i]).toMatch(pattern));
  });
});

describe('the queries of a response', () => {
  it('says when no SQL ran, and gives nothing for an answer without a database', () => {
    expect(shownQueries([])).toEqual({ heading: 'No SQL ran for this response.', queries: [], more: 0 });
    expect(shownQueries(undefined)).toBeNull();
  });

  it('counts them', () => {
    expect(shownQueries([{ sql: 'SELECT 1' }])!.heading).toBe('1 query ran.');
    expect(shownQueries(Array.from({ length: 1200 }, () => ({ sql: 'SELECT 1' })))!.heading).toBe('1,200 queries ran.');
  });

  it(`shows the first ${MAX_QUERIES} and counts the rest`, () => {
    const shown = shownQueries(Array.from({ length: MAX_QUERIES + 3 }, (_, i) => ({ sql: `SELECT ${i}` })))!;
    expect(shown.queries).toHaveLength(MAX_QUERIES);
    expect(shown.more).toBe(3);
  });

  it('cuts a statement of a 1 MB payload, and still notes what is in its end', () => {
    const sql = `SELECT 1 FROM t WHERE a = '${'x'.repeat(1_000_000)}'; DROP TABLE t`;
    const shown = shownQuery(sql, 2_000);
    expect(shown.pieces.map((p) => p.text).join('')).toHaveLength(2_000);
    expect(shown.cut).toBe(sql.length - 2_000);
    expect(shown.notes[0]).toMatch(/^2 statements/);
    expect(cutNote(shown.cut)).toBe(`… (${(sql.length - 2_000).toLocaleString('en')} more characters of this statement not shown)`);
  });
});
