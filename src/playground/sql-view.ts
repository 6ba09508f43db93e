/**
 * The SQL that ran for a response (the request answer's `queries`, as DEBUG's
 * connection.queries records them), told for the request panel: each statement cut into the
 * pieces SQLite reads it as (code, string literals, quoted names, comments, `;` between
 * statements), with a line break before each clause, and what a reader should notice: a comment
 * that swallowed the rest of the query, a second statement. Pure: request-panel.ts renders it.
 *
 * This is what makes an injection visible. The same `x' OR 1=1 --` is one string literal in a
 * parameterised query (the quote doubled, as SQLite's quoting writes it) and code plus a comment
 * in a query built with an f-string.
 */

type PieceKind = 'code' | 'string' | 'name' | 'comment' | 'end';

export interface SqlPiece {
  kind: PieceKind;
  text: string;
  /** A clause starts here (FROM, WHERE, UNION...): shown on a line of its own. */
  breakBefore?: boolean;
}

interface ShownQuery {
  pieces: SqlPiece[];
  /** What the reader should notice about this statement, in sentences. */
  notes: string[];
  /** How many characters of the SQL are left out (a 1 MB payload is not shown whole). */
  cut: number;
}

interface ShownQueries {
  /** "No SQL ran for this response.", "1 query ran.", "3 queries ran." */
  heading: string;
  queries: ShownQuery[];
  /** How many queries are left out after the first MAX_QUERIES. */
  more: number;
}

/** The most characters of one statement shown, and the most statements of one response. */
const MAX_SQL_CHARS = 2_000;
export const MAX_QUERIES = 20;

/** Clauses that start a line, longest first (so LEFT OUTER JOIN wins over JOIN). */
const CLAUSES = [
  'LEFT OUTER JOIN',
  'INNER JOIN',
  'UNION ALL',
  'GROUP BY',
  'ORDER BY',
  'LEFT JOIN',
  'INTERSECT',
  'EXCEPT',
  'HAVING',
  'WHERE',
  'UNION',
  'LIMIT',
  'FROM',
  'JOIN',
];
const CLAUSE = new RegExp(`\\b(?:${CLAUSES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

/** Where a quoted piece that starts at `from` ends (after its closing quote, a doubled quote being part of it). */
function quotedEnd(sql: string, from: number, close: string): number {
  let i = from + 1;
  for (;;) {
    const at = sql.indexOf(close, i);
    if (at < 0) return sql.length;
    if (close !== ']' && sql[at + 1] === close) {
      i = at + 2;
      continue;
    }
    return at + 1;
  }
}

/** The SQL as SQLite's tokenizer splits it into literals, names, comments and the rest. */
export function sqlPieces(sql: string): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  let code = '';
  const flush = () => {
    if (code) pieces.push(...codePieces(code));
    code = '';
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    let end = -1;
    let kind: PieceKind = 'code';
    if (c === "'") [end, kind] = [quotedEnd(sql, i, "'"), 'string'];
    else if (c === '"' || c === '`') [end, kind] = [quotedEnd(sql, i, c), 'name'];
    else if (c === '[') [end, kind] = [quotedEnd(sql, i, ']'), 'name'];
    else if (sql.startsWith('--', i)) {
      const newline = sql.indexOf('\n', i);
      [end, kind] = [newline < 0 ? sql.length : newline, 'comment'];
    } else if (sql.startsWith('/*', i)) {
      const close = sql.indexOf('*/', i + 2);
      [end, kind] = [close < 0 ? sql.length : close + 2, 'comment'];
    } else if (c === ';') [end, kind] = [i + 1, 'end'];
    if (end < 0) {
      code += c;
      i += 1;
      continue;
    }
    flush();
    pieces.push({ kind, text: sql.slice(i, end) });
    i = end;
  }
  flush();
  return pieces;
}

/** Plain SQL cut before each clause keyword. */
function codePieces(code: string): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  let last = 0;
  for (const match of code.matchAll(CLAUSE)) {
    if (match.index > last) pieces.push({ kind: 'code', text: code.slice(last, match.index) });
    last = match.index;
    pieces.push({ kind: 'code', text: '', breakBefore: true });
  }
  pieces.push({ kind: 'code', text: code.slice(last) });
  // Merge each break marker into the text that follows it.
  const merged: SqlPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.breakBefore) {
      const next = pieces[i + 1]!;
      merged.push({ kind: 'code', text: next.text, breakBefore: true });
      i += 1;
    } else if (piece.text) {
      merged.push(piece);
    }
  }
  return merged;
}

/** What a reader should notice about one statement. */
export function sqlNotes(pieces: SqlPiece[]): string[] {
  const notes: string[] = [];
  const comment = pieces.findIndex((p) => p.kind === 'comment');
  if (comment >= 0) {
    const after = pieces.slice(comment + 1).some((p) => p.kind !== 'end' && p.text.trim());
    const text = pieces[comment]!.text;
    const rest = text.startsWith('--') && !after ? text.slice(2).trim() : '';
    const shown = rest.length > 60 ? `${rest.slice(0, 60)}…` : rest;
    notes.push(
      rest
        ? `-- starts a comment outside any string: SQLite ignores the rest of the line, so the end of the query as written (${shown}) never ran.`
        : 'A comment outside any string: SQLite skips it.',
    );
  }
  const ends = pieces.filter((p) => p.kind === 'end').length;
  const afterLastEnd = pieces.slice(pieces.map((p) => p.kind).lastIndexOf('end') + 1).some((p) => p.kind !== 'comment' && p.text.trim());
  const statements = ends + (afterLastEnd || ends === 0 ? 1 : 0);
  if (statements > 1) {
    notes.push(
      `${statements} statements in one string. Django's SQLite backend runs one statement per execute() and refuses the rest with an error; other databases' drivers may run them all.`,
    );
  }
  return notes;
}

/** One statement for the panel: its pieces (cut at MAX_SQL_CHARS) and its notes. */
export function shownQuery(sql: string, most = MAX_SQL_CHARS): ShownQuery {
  const cut = Math.max(0, sql.length - most);
  // The notes are about the whole statement, the pieces about what is shown of it.
  return { pieces: sqlPieces(cut ? sql.slice(0, most) : sql), notes: sqlNotes(sqlPieces(sql)), cut };
}

/** The queries of one response, for the panel; `undefined` when the engine recorded none (no database). */
export function shownQueries(queries: readonly { sql: string }[] | undefined): ShownQueries | null {
  if (!queries) return null;
  const count = queries.length;
  const heading = count === 0 ? 'No SQL ran for this response.' : count === 1 ? '1 query ran.' : `${count.toLocaleString('en')} queries ran.`;
  return {
    heading,
    queries: queries.slice(0, MAX_QUERIES).map((query) => shownQuery(String(query.sql))),
    more: Math.max(0, count - MAX_QUERIES),
  };
}

/** The note under a statement cut short. */
export function cutNote(cut: number): string {
  return `… (${cut.toLocaleString('en')} more characters of this statement not shown)`;
}
