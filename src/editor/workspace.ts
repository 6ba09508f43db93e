/**
 * The exercise's files in one Monaco editor: a model per tab, the project's other files kept
 * aside, problems marked in the code with their quick fixes, and keyboard ways in and out.
 */
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { ProjectFiles, SourceLocation } from '../engine/protocol';
import { changedSpan } from './changed-span';
import { languageOf } from './languages';
import { offerQuickFixes, showMarkers, type CodeMarker } from './markers';
import type { Monaco } from './monaco';
import { pageTheme } from './theme';

interface WorkspaceOptions {
  /** Where the editor goes (its static code is replaced). */
  container: HTMLElement;
  /** Unique per page: the exercise id. */
  name: string;
  tabs: string[];
  files: ProjectFiles;
  /** Called after every change to any tab's text. */
  onChange: () => void;
}

/** A phone's width, or a window as narrow. */
const narrow = () => matchMedia('(max-width: 50rem)').matches;

export class Workspace {
  private readonly editor: MonacoEditor.IStandaloneCodeEditor;
  private readonly models = new Map<string, MonacoEditor.ITextModel>();
  private readonly hidden: ProjectFiles;
  private active: string;
  private highlighted: { model: MonacoEditor.ITextModel; ids: string[] } | null = null;
  private markers: CodeMarker[] = [];
  private markerColumns = 0;

  constructor(
    private readonly monaco: Monaco,
    private readonly options: WorkspaceOptions,
  ) {
    this.hidden = Object.fromEntries(Object.entries(options.files).filter(([path]) => !options.tabs.includes(path)));
    for (const path of options.tabs) {
      const uri = monaco.Uri.from({ scheme: 'inmemory', authority: options.name.replace(/[^a-z0-9-]/gi, '-'), path: `/${path}` });
      const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(options.files[path] ?? '', languageOf(path), uri);
      model.setValue(options.files[path] ?? '');
      offerQuickFixes(monaco, languageOf(path));
      this.models.set(path, model);
      model.onDidChangeContent(() => options.onChange());
    }
    this.active = options.tabs[0]!;
    options.container.replaceChildren();
    this.editor = monaco.editor.create(options.container, {
      model: this.models.get(this.active)!,
      theme: pageTheme(),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      lineNumbersMinChars: 3,
      tabSize: 4,
      insertSpaces: true,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      lightbulb: { enabled: 'on' as never },
      scrollbar: { alwaysConsumeMouseWheel: false },
      // On a phone, code that runs off the right edge is out of reach: wrap it, as the page's code blocks do.
      wordWrap: narrow() ? 'on' : 'off',
      wrappingIndent: 'indent',
      ariaLabel: this.ariaLabel(),
    });
    this.letEscapeReleaseTab();
    this.editor.onDidContentSizeChange(() => this.fitHeight());
    this.editor.onDidLayoutChange(() => {
      this.editor.updateOptions({ wordWrap: narrow() ? 'on' : 'off' });
      if (this.columnsForMarkers() !== this.markerColumns) this.setMarkers(this.markers);
    });
    this.fitHeight();
  }

  /** Every file of the project, the tabs' current text included. */
  files(): ProjectFiles {
    const files: ProjectFiles = { ...this.hidden };
    for (const [path, model] of this.models) files[path] = model.getValue();
    return files;
  }

  tabFiles(): ProjectFiles {
    return Object.fromEntries([...this.models].map(([path, model]) => [path, model.getValue()]));
  }

  get activeFile(): string {
    return this.active;
  }

  show(path: string): void {
    const model = this.models.get(path);
    if (!model || path === this.active) return;
    this.active = path;
    this.editor.setModel(model);
    this.editor.updateOptions({ ariaLabel: this.ariaLabel() });
    this.fitHeight();
  }

  /** Show a place in a file: switch to its tab, select the range, scroll to it and focus. */
  reveal(location: SourceLocation): void {
    if (!this.models.has(location.file)) return;
    this.show(location.file);
    const range = new this.monaco.Range(location.line, location.col, location.endLine, location.endCol);
    this.editor.setSelection(range);
    this.editor.revealRangeInCenterIfOutsideViewport(range);
    this.editor.focus();
  }

  /** Mark these problems in the tabs they point into (markers in other files are not shown). */
  setMarkers(markers: CodeMarker[]): void {
    this.markers = markers;
    this.markerColumns = this.columnsForMarkers();
    const modelOf = (file: string) => this.models.get(file);
    for (const [path, model] of this.models) {
      showMarkers(this.monaco, model, { markers: markers.filter((m) => m.location.file === path), modelOf, columns: this.markerColumns });
    }
  }

  /** How many characters of the editor's font fit across the F8 panel (the editor's width, less its scrollbar and the panel's padding). */
  private columnsForMarkers(): number {
    const layout = this.editor.getLayoutInfo();
    const font = this.editor.getOption(this.monaco.editor.EditorOption.fontInfo);
    return Math.floor((layout.width - layout.verticalScrollbarWidth - 40) / font.typicalHalfwidthCharacterWidth);
  }

  /** Mark one place (the URL pattern that matched) with a line highlight; null clears it. */
  highlight(location: SourceLocation | null): void {
    if (this.highlighted) this.highlighted.ids = this.highlighted.model.deltaDecorations(this.highlighted.ids, []);
    const model = location ? this.models.get(location.file) : undefined;
    if (!location || !model) {
      this.highlighted = null;
      return;
    }
    const ids = model.deltaDecorations([], [
      {
        range: new this.monaco.Range(location.line, 1, location.endLine, 1),
        options: { isWholeLine: true, className: 'pg-matched-line', linesDecorationsClassName: 'pg-matched-gutter' },
      },
    ]);
    this.highlighted = { model, ids };
  }

  /**
   * Put this text in the tabs (reset, the solution, another tab's work) as one undoable edit
   * per file, changing only what differs so the cursor stays where it was.
   */
  replace(files: ProjectFiles): void {
    for (const [path, model] of this.models) {
      const text = files[path];
      const span = text === undefined ? null : changedSpan(model.getValue(), text);
      if (!span) continue;
      const from = model.getPositionAt(span.start);
      const to = model.getPositionAt(span.end);
      model.pushStackElement();
      model.pushEditOperations([], [{ range: new this.monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: span.text }], () => null);
      model.pushStackElement();
    }
  }

  focus(): void {
    this.editor.focus();
  }

  /** Read-only (shared code on show): the reader can read, select and copy, not type. */
  setReadOnly(on: boolean): void {
    this.editor.updateOptions({ readOnly: on, readOnlyMessage: { value: 'This is shared code, read-only: “Take a copy” makes it yours to edit.' } });
  }

  /**
   * Tab indents inside the editor. After Esc (unless Esc is closing one of its widgets), the
   * next Tab or Shift+Tab moves the focus out instead, as in other code editors on the web.
   */
  private letEscapeReleaseTab(): void {
    let released = false;
    const toggle = () => this.editor.trigger('keyboard', 'editor.action.toggleTabFocusMode', null);
    const restore = () => {
      if (!released) return;
      released = false;
      toggle();
    };
    this.editor.addCommand(
      this.monaco.KeyCode.Escape,
      () => {
        if (released) return;
        released = true;
        toggle();
      },
      // Escape belongs to any widget that is open (the quick-fix menu's is codeActionMenuVisible).
      '!findWidgetVisible && !suggestWidgetVisible && !markersNavigationVisible && !editorHasMultipleSelections && !hoverVisible && !codeActionMenuVisible && !parameterHintsVisible && !renameInputVisible',
    );
    this.editor.onDidBlurEditorText(restore);
    this.editor.onKeyDown((event) => {
      const { Tab, Escape, Shift, Ctrl, Alt, Meta } = this.monaco.KeyCode;
      if (![Tab, Escape, Shift, Ctrl, Alt, Meta].includes(event.keyCode)) restore();
    });
  }

  private ariaLabel(): string {
    return `${this.active}, ${languageOf(this.active)} editor. Tab indents; press Escape, then Tab, to move on.`;
  }

  private fitHeight(): void {
    const lineHeight = this.editor.getOption(this.monaco.editor.EditorOption.lineHeight);
    const height = Math.min(Math.max(this.editor.getContentHeight(), lineHeight * 12), lineHeight * 34);
    if (this.options.container.style.height !== `${height}px`) this.options.container.style.height = `${height}px`;
  }
}
