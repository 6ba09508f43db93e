/**
 * The engine's last answer for each playground, kept in this browser with the request it
 * answered. On the next visit the findings and goals for the same code are on screen as soon as
 * the page's script runs, while Python starts: on this machine a return visit's script runs at
 * 0.3-0.5 s and Python is ready at 0.8-1 s.
 *
 * An answer is shown only for exactly the request it answered (every file, setting and check of
 * the exercise), by the build of the engine that made it: the engine answers the same request
 * the same way. Python still answers the page's first request as soon as it is ready, and that
 * answer replaces the remembered one (code that draws random numbers may answer otherwise).
 *
 * IndexedDB, not localStorage with the reader's work (progress/store.ts): these answers only make
 * a visit faster, and must never take the room a save needs. Nothing here ever fails a visit: a
 * browser that keeps nothing just waits for Python.
 */
import { engineBuild } from '../engine/browser/browser-engine';
import type { ExerciseAnswer, ExerciseRequest } from '../engine/protocol';

interface Remembered {
  /** The build of the engine that answered (the Python worker's URL, which changes with its code). */
  engine: string;
  /** The request, as canonicalJson writes it. */
  request: string;
  answer: ExerciseAnswer;
}

/** Where the answers are kept, one per exercise. */
export interface AnswerShelf {
  get(exerciseId: string): Promise<unknown>;
  put(exerciseId: string, remembered: Remembered): Promise<void>;
}

/** JSON with every object's keys in order: the same request whatever order its files were put together in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function isRemembered(value: unknown): value is Remembered {
  if (typeof value !== 'object' || value === null) return false;
  const { engine, request, answer } = value as Record<string, unknown>;
  return typeof engine === 'string' && typeof request === 'string' && typeof answer === 'object' && answer !== null;
}

/** A task of its own: remembering an answer adds nothing to the frame that shows it. */
const later = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AnswerMemory {
  /** Per exercise: the latest answer to keep, while a write of an earlier one is under way. */
  private readonly waiting = new Map<string, { request: ExerciseRequest; answer: ExerciseAnswer }>();
  private readonly writing = new Set<string>();

  constructor(
    private readonly shelf: Promise<AnswerShelf | null>,
    private readonly engine: string,
  ) {}

  /** The answer this build of the engine gave to exactly `request`, if this browser kept it. */
  async recall(exerciseId: string, request: ExerciseRequest): Promise<ExerciseAnswer | null> {
    try {
      const kept = await (await this.shelf)?.get(exerciseId);
      return isRemembered(kept) && kept.engine === this.engine && kept.request === canonicalJson(request) ? kept.answer : null;
    } catch {
      return null;
    }
  }

  /** Keep `answer` to `request` for the next visit. Answers given while one is being written are folded into one write: the latest. */
  remember(exerciseId: string, request: ExerciseRequest, answer: ExerciseAnswer): void {
    this.waiting.set(exerciseId, { request, answer });
    if (!this.writing.has(exerciseId)) void this.write(exerciseId);
  }

  private async write(exerciseId: string): Promise<void> {
    this.writing.add(exerciseId);
    await later();
    for (let next = this.waiting.get(exerciseId); next; next = this.waiting.get(exerciseId)) {
      this.waiting.delete(exerciseId);
      try {
        await (await this.shelf)?.put(exerciseId, { engine: this.engine, request: canonicalJson(next.request), answer: next.answer });
      } catch {
        // A full or refused storage: the next visit waits for Python, as a first one does.
      }
    }
    this.writing.delete(exerciseId);
  }
}

const DATABASE = 'django-to-production-answers';
const STORE = 'answers';

/** The browser's IndexedDB shelf, or null where there is none (or it cannot be opened). */
function indexedDbShelf(): Promise<AnswerShelf | null> {
  return new Promise((resolve) => {
    let opening: IDBOpenDBRequest;
    try {
      opening = indexedDB.open(DATABASE, 1);
    } catch {
      resolve(null);
      return;
    }
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onerror = () => resolve(null);
    opening.onblocked = () => resolve(null);
    opening.onsuccess = () => {
      const db = opening.result;
      const asked = <T>(mode: IDBTransactionMode, ask: (store: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((done, fail) => {
          const request = ask(db.transaction(STORE, mode).objectStore(STORE));
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error ?? new Error('IndexedDB refused the request'));
        });
      resolve({
        get: (exerciseId) => asked('readonly', (store) => store.get(exerciseId)),
        put: (exerciseId, remembered) => asked('readwrite', (store) => store.put(remembered, exerciseId)).then(() => {}),
      });
    };
  });
}

let pageMemory: AnswerMemory | null = null;

/** The page's memory of answers; its database is opened on first use. */
export function pageAnswerMemory(): AnswerMemory {
  pageMemory ??= new AnswerMemory(indexedDbShelf(), engineBuild());
  return pageMemory;
}
