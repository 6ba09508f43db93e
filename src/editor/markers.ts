/**
 * Problems marked in the code (a squiggle with a hover, F8 to go from one to the next) and the
 * quick fixes they offer (Ctrl+.). One code action provider per language serves every editor on
 * the page: it reads which markers each model shows.
 */
import type { editor as MonacoEditor, languages } from 'monaco-editor/editor';
import type { QuickFix, SourceLocation } from '../engine/protocol';
import { wrapText } from './marker-text';
import type { Monaco } from './monaco';

export interface CodeMarker {
  /** Unique among the markers shown at once. */
  key: string;
  /** Where it comes from, shown in the hover: a check id (security.W018) or an exception type. */
  source: string;
  severity: 'error' | 'warning' | 'info';
  /** The hover's text. */
  message: string;
  location: SourceLocation;
  fixes: QuickFix[];
}

/** The markers shown in a model, and how to find the other models of its workspace (a fix may edit several files). */
interface Shown {
  markers: CodeMarker[];
  modelOf: (file: string) => MonacoEditor.ITextModel | undefined;
  /** The width the text is broken to, in characters. */
  columns: number;
}

/** What ties a marker Monaco hands back to ours: its place, source and text (Monaco shows a marker's `code` to the reader, so no key can ride there). */
const identity = (m: Pick<MonacoEditor.IMarkerData, 'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn' | 'source' | 'message'>) =>
  `${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn} ${m.source ?? ''} ${m.message}`;

const shownIn = new WeakMap<MonacoEditor.ITextModel, { shown: Shown; byIdentity: Map<string, CodeMarker> }>();
const providersFor = new Set<string>();

const OWNER = 'django-check';

/** Show these markers in a model (they replace the ones it showed). */
export function showMarkers(monaco: Monaco, model: MonacoEditor.ITextModel, shown: Shown): void {
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
  const byIdentity = new Map<string, CodeMarker>();
  const data = shown.markers.map((marker): MonacoEditor.IMarkerData => {
    const item = {
      severity: severity[marker.severity],
      source: marker.source,
      message: wrapText(marker.message, shown.columns, marker.source.length + 2),
      startLineNumber: marker.location.line,
      startColumn: marker.location.col,
      endLineNumber: marker.location.endLine,
      endColumn: marker.location.endCol,
    };
    byIdentity.set(identity(item), marker);
    return item;
  });
  shownIn.set(model, { shown, byIdentity });
  monaco.editor.setModelMarkers(model, OWNER, data);
}

/** The quick fixes for the markers at a place, each edit offered once (two checks can propose the same fix, e.g. for SECRET_KEY). */
export function fixesFor<M>(markers: Array<{ marker: M; fixes: QuickFix[] }>): Array<{ fix: QuickFix; markers: M[] }> {
  const offered = new Map<string, { fix: QuickFix; markers: M[] }>();
  for (const { marker, fixes } of markers) {
    for (const fix of fixes) {
      const edits = JSON.stringify(fix.edits.map(({ file, line, col, endLine, endCol, text }) => [file, line, col, endLine, endCol, text]));
      const same = offered.get(edits);
      if (same) same.markers.push(marker);
      else offered.set(edits, { fix, markers: [marker] });
    }
  }
  return [...offered.values()];
}

/** Offer the markers' quick fixes in every model of this language (once per language and page). */
export function offerQuickFixes(monaco: Monaco, language: string): void {
  if (providersFor.has(language)) return;
  providersFor.add(language);
  monaco.languages.registerCodeActionProvider(language, {
    provideCodeActions(model, _range, context) {
      const entry = shownIn.get(model);
      if (!entry) return { actions: [], dispose() {} };
      const found = context.markers.flatMap((monacoMarker) => {
        const marker = entry.byIdentity.get(identity(monacoMarker));
        return marker ? [{ marker: monacoMarker, fixes: marker.fixes }] : [];
      });
      const actions: languages.CodeAction[] = [];
      for (const { fix, markers } of fixesFor(found)) {
        const targets = fix.edits.map((edit) => entry.shown.modelOf(edit.file));
        if (targets.some((target) => !target)) continue; // it would change a file the reader cannot see
        actions.push({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: markers,
          isPreferred: actions.length === 0,
          edit: {
            edits: fix.edits.map((edit, i) => ({
              resource: targets[i]!.uri,
              textEdit: { range: new monaco.Range(edit.line, edit.col, edit.endLine, edit.endCol), text: edit.text },
              versionId: undefined,
            })),
          },
        });
      }
      return { actions, dispose() {} };
    },
  });
}
