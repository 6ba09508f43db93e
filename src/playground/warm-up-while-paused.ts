/**
 * Bringing the interpreter up to speed while the reader pauses. V8 first runs Pyodide's
 * WebAssembly as quickly compiled baseline code (Liftoff), and compiles a function again,
 * optimised (TurboFan), only once it has run for a while: the answers to a reader's first twenty
 * edits took 20-40 ms of Python each instead of 8-12 (Chromium 156, measured from the worker),
 * and with `--no-liftoff` the first ones were as fast as the later. Checking the code already
 * answered a few more times, in the background and only while the reader leaves the playgrounds
 * alone, does that running before their first keys instead of under them. The answers are the
 * one already shown, and are dropped.
 */
import type { EngineClient } from '../engine/client';
import type { ExerciseRequest } from '../engine/protocol';

/** About 300 ms of Python in the baseline tier for a settings check: by then the runs are as fast as they get. */
export const WARM_UP_RUNS = 20;
/** Spent on runs, at most: an exercise whose check sends requests through a database takes longer each. */
export const WARM_UP_BUDGET_MS = 600;

interface ReaderPauses {
  /** Resolves once the reader has left the playgrounds alone for a moment (typing-before-editor.ts). */
  whenPaused(): Promise<void>;
  /** Whether they still do. */
  stillPaused(): boolean;
}

let begun = false;

/**
 * Check `request` again WARM_UP_RUNS times in the background, or for WARM_UP_BUDGET_MS, once per
 * page (the worker is shared): each run waits while the reader is busy, so a key of theirs waits
 * for one run at most.
 */
export async function warmUpWhilePaused(engine: Pick<EngineClient, 'call'>, request: ExerciseRequest, reader: ReaderPauses): Promise<void> {
  if (begun) return;
  begun = true;
  let spentMs = 0;
  for (let run = 0; run < WARM_UP_RUNS && spentMs < WARM_UP_BUDGET_MS; run++) {
    if (run === 0 || !reader.stillPaused()) await reader.whenPaused();
    const started = performance.now();
    try {
      await engine.call(request, { background: true });
    } catch {
      return; // stopped or restarting: the reader's own edits will do the running
    }
    spentMs += performance.now() - started;
  }
}

/** For tests: as on a page just loaded. */
export function forgetWarmUp(): void {
  begun = false;
}
