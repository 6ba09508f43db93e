/**
 * One playground, opened: the editor with the reader's files, checked by the page's engine as
 * they type; findings, goals, hints, the solution, reset; every edit saved in this browser.
 * Loaded on demand by mount.ts (it brings Monaco).
 */
import { pageEngine } from '../engine/browser/browser-engine';
import type { ExerciseAnswer, ExerciseRequest, SourceLocation } from '../engine/protocol';
import { exerciseRequest, type ClientExercise } from '../exercises/client';
import { loadMonaco } from '../editor/monaco';
import { followPageTheme } from '../editor/theme';
import { Workspace } from '../editor/workspace';
import { whenOtherTabSaves } from '../progress/other-tab';
import { loadWork, markCompleted, saveWork, watchWork } from '../progress/store';
import { ExerciseActions } from './actions';
import { BalancerView } from './balancer-view';
import { FeedbackLoop, type FeedbackTiming } from './feedback';
import { failureNotice, findingsOf, markersOf } from './findings';
import { FindingsView } from './findings-view';
import { GoalsView } from './goals-view';
import { noAnswerAfter, noAnswerIn } from './no-answer';
import { panelProject, RequestPanel } from './request-panel';
import { pageAnswerMemory } from './remembered-answers';
import { CacheTimelinePanel } from './cache-timeline-panel';
import { CollectstaticPanel } from './collectstatic-panel';
import { sharedFiles, shareCode, ShareView } from './share-view';
import { wireTabs } from './tabs';
import { UrlBox } from './url-box';
import type { UrlCalls } from './url-calls';
import { takeDraft } from './typing-before-editor';
import { OTHER_TAB_KEPT, OTHER_TAB_TAKEN, WorkNotice } from './work-notice';

let themeFollowed = false;

export async function openPlayground(host: HTMLElement, exercise: ClientExercise): Promise<void> {
  const saved = loadWork(exercise);
  const shared = await sharedFiles(exercise.id);
  const monaco = await loadMonaco();
  if (!themeFollowed) {
    followPageTheme(monaco);
    themeFollowed = true;
  }
  const engine = pageEngine();
  const editorHost = host.querySelector<HTMLElement>('[data-editor]')!;
  const hadFocus = editorHost.contains(document.activeElement);
  // Typed while Monaco loaded (also saved, unless storage failed): the editor goes on from there.
  const draft = takeDraft(host);
  const notice = new WorkNotice(host);
  let edited = false;
  /** Text put in by this tab from another tab's save: it is stored already. */
  let takingOver = false;

  const workspace = new Workspace(monaco, {
    container: editorHost,
    name: exercise.id,
    tabs: exercise.tabs,
    files: { ...exercise.starter, ...(shared ?? { ...saved.files, ...(draft ? { [draft.path]: draft.text } : {}) }) },
    onChange: () => {
      if (!takingOver && !shareView.active) {
        edited = true;
        save();
      }
      actions.filesChanged();
      loop.edited();
      requestPanel?.filesChanged();
      cacheTimeline?.filesChanged();
      collectstaticPanel?.filesChanged();
    },
  });

  /** The tabs' text as this browser's storage last had it from this tab (saved, or taken from another tab). */
  let lastSaved = shared ? { ...exercise.starter, ...saved.files } : workspace.tabFiles();
  const shareView = new ShareView(host, exercise, {
    show: (files) => takeOver(Object.fromEntries(exercise.tabs.map((path) => [path, files[path] ?? '']))),
    readOnly: (on) => workspace.setReadOnly(on),
    adopted: (files) => {
      lastSaved = files;
      loop.edited(); // judged again as the reader's own: done if every goal is met
    },
  });
  if (shared) shareView.enter(shared);
  host.querySelector('[data-action="share"]')?.addEventListener('click', () => void shareCode(host, exercise, workspace.tabFiles()));
  const save = () => {
    const files = workspace.tabFiles();
    const outcome = saveWork(exercise.id, files);
    if (outcome.saved) lastSaved = files;
    notice.saved(outcome);
  };

  const starterTabs = Object.fromEntries(exercise.tabs.map((path) => [path, exercise.starter[path] ?? '']));
  const takeOver = (files: typeof lastSaved) => {
    takingOver = true;
    try {
      workspace.replace(files);
    } finally {
      takingOver = false;
    }
    lastSaved = files;
  };
  watchWork(exercise, (work) => {
    if (shareView.active) return; // shared code on show: the reader's own is read again when they leave it
    const theirs = { ...starterTabs, ...work.files };
    const decision = whenOtherTabSaves(workspace.tabFiles(), lastSaved, theirs);
    if (decision === 'same') {
      lastSaved = theirs;
    } else if (decision === 'take') {
      takeOver(theirs);
      notice.otherTab(OTHER_TAB_TAKEN);
    } else {
      notice.otherTab(OTHER_TAB_KEPT, () => workspace.replace(theirs));
    }
  });

  const selectTab = wireTabs(host, (path) => {
    workspace.show(path);
    actions.tabChanged();
  });
  const reveal = (location: SourceLocation) => {
    selectTab(location.file);
    workspace.reveal(location);
    actions.tabChanged();
  };
  const findingsView = new FindingsView(host, (file) => exercise.tabs.includes(file), reveal);
  const goalsView = new GoalsView(host);
  const urlBox = exercise.kind === 'urls' ? new UrlBox(host, exercise.root_urlconf, () => loop.edited(), reveal) : null;
  let asked: UrlCalls = {};
  const balancer = exercise.nginx ? new BalancerView(host, engine, () => workspace.files()) : null;
  const requestPanel = exercise.request
    ? new RequestPanel(host, {
        exerciseId: exercise.id,
        start: exercise.request,
        project: panelProject(exercise, () => workspace.files()),
        engine,
        reveal,
        isTab: (file) => exercise.tabs.includes(file),
      })
    : null;
  const cacheTimeline = exercise.cache_timeline
    ? new CacheTimelinePanel(host, { start: exercise.cache_timeline, project: panelProject(exercise, () => workspace.files()), engine })
    : null;
  const collectstaticPanel = exercise.collectstatic
    ? new CollectstaticPanel(host, { project: panelProject(exercise, () => workspace.files()), engine })
    : null;
  const actions = new ExerciseActions(host, exercise, {
    replace: (files) => {
      if (!shareView.active) workspace.replace(files);
      else host.querySelector('[data-take-status]')!.textContent = 'This is shared code, read-only: “Take a copy” first, or go back to your code.';
    },
    files: () => workspace.tabFiles(),
    activeFile: () => workspace.activeFile,
  });

  /**
   * The last run gave no answer about the code as it is now: the goals and the URL tester keep
   * the last answer they had, marked as stale with `why`, until a run answers again. Both paths
   * of a stopped run come here: an answer cut short by the time limit, and a call that failed.
   */
  const unanswered = (why: string) => {
    goalsView.unanswered(why);
    if (urlBox) {
      urlBox.unanswered(why);
      workspace.highlight(null);
    }
  };

  const memory = pageAnswerMemory();
  let checking: ExerciseRequest | null = null;
  const show = (answer: ExerciseAnswer, timing: FeedbackTiming) => {
    const findings = findingsOf(answer);
    const none = noAnswerIn(answer);
    workspace.setMarkers(markersOf(findings));
    findingsView.show(findings, none);
    balancer?.show(answer.nginx);
    if (none) unanswered(none);
    else {
      answered(answer);
      // For the next visit: the reader's latest code, answered (the loop has one check in flight).
      if (checking) memory.remember(exercise.id, checking, answer);
    }
    if (edited) actions.markTried();
    host.dataset.checkedVersion = String(timing.version);
    host.dispatchEvent(new CustomEvent('playground:feedback', { detail: timing, bubbles: true }));
  };

  const answered = (answer: ExerciseAnswer) => {
    if (goalsView.show(answer) && !shareView.active) markCompleted(exercise.id);
    if (urlBox) {
      const resolved = answer.resolve?.[0];
      urlBox.show(resolved, answer.reverse?.[0], asked);
      // The matched pattern is highlighted in its file, whichever tab is open: switching tabs
      // under a reader typing a path would send their next edit to another file.
      workspace.highlight(resolved && 'match' in resolved && resolved.match ? resolved.location ?? null : null);
    }
  };

  const loop = new FeedbackLoop<ExerciseAnswer>(
    () => {
      asked = urlBox?.request() ?? {};
      checking = exerciseRequest(exercise, workspace.files(), asked);
      return engine.call(checking);
    },
    show,
    (error) => {
      workspace.setMarkers([]);
      findingsView.show([]);
      findingsView.notice(failureNotice(error));
      unanswered(noAnswerAfter(error));
    },
  );

  host.dataset.editor = 'ready';
  performance.mark('d2p:editor:ready');
  if (draft?.focused) workspace.reveal({ file: draft.path, ...draft.selection });
  else if (hadFocus) workspace.focus();
  loop.edited();
}
