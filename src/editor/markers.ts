/**
 * Problems marked in the code (a squiggle with a hover, F8 to go from one to the next) and the
 * quick fixes they offer (Ctrl+.). One code action provider per language serves every editor on
 * the page: it reads which markers each model shows.
 */
import type { editor as MonacoEditor, languages } from 'monaco-editor/editor';
import type { QuickFix, SourceLocation } from '../engine/protocol';
import type { Monaco } from './monaco';

export interface CodeMarker {
  /** Unique among the markers shown at once: it ties a marker to its fixes. */
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
}

const shownIn = new WeakMap<MonacoEditor.ITextModel, Shown>();
const providersFor = new Set<string>();

const OWNER = 'django-check';

/** Show these markers in a model (they replace the ones it showed). */
export function showMarkers(monaco: Monaco, model: MonacoEditor.ITextModel, shown: Shown): void {
  shownIn.set(model, shown);
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
  monaco.editor.setModelMarkers(
    model,
    OWNER,
    shown.markers.map((marker) => ({
      severity: severity[marker.severity],
      code: marker.key,
      source: marker.source,
      message: marker.message,
      startLineNumber: marker.location.line,
      startColumn: marker.location.col,
      endLineNumber: marker.location.endLine,
      endColumn: marker.location.endCol,
    })),
  );
}

/** Offer the markers' quick fixes in every model of this language (once per language and page). */
export function offerQuickFixes(monaco: Monaco, language: string): void {
  if (providersFor.has(language)) return;
  providersFor.add(language);
  monaco.languages.registerCodeActionProvider(language, {
    provideCodeActions(model, _range, context) {
      const shown = shownIn.get(model);
      const actions: languages.CodeAction[] = [];
      for (const monacoMarker of context.markers) {
        const marker = shown?.markers.find((m) => m.key === (monacoMarker.code as string | undefined));
        for (const fix of marker?.fixes ?? []) {
          const targets = fix.edits.map((edit) => shown!.modelOf(edit.file));
          if (targets.some((target) => !target)) continue; // it would change a file the reader cannot see
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [monacoMarker],
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
      }
      return { actions, dispose() {} };
    },
  });
}
