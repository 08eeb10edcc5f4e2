// Bounded checks. One Node process serves every request, and a check is CPU
// work that grows with its text (up to 200 kB), so three rules keep a burst of
// large checks from starving everything else (/api/health, the pages):
//
// 1. Turns: at most `concurrency` checks run at once; the next `queueLimit`
//    wait in order, each at most `queueWaitMs`. A check that finds the queue
//    full, or whose turn does not come in time, is refused with 503
//    `checker_busy` and a Retry-After estimated from recent checks.
// 2. Slices: the running checks share one slice of `sliceMs` of work per turn
//    of the event loop. check.ts asks `due()` between sentences and between
//    claims; a check whose slice is used up pauses, and the paused checks
//    resume one per turn (setImmediate), in order. So whatever runs, the
//    loop gets back within a slice (plus one step: a sentence is at most
//    MAX_SENTENCE_CHARS) and other requests go on between.
// 3. Deadline: a check that has run `timeLimitMs` since its turn came stops at
//    its next pause with 503 `check_timeout`, rather than running on.
//
// So a check answers within queueWaitMs + timeLimitMs (10 s) of its body
// being read, plus the time to write its answer.
//
// The turns are kept on globalThis: Next bundles a module once per route
// layer (the API routes, the saved check's page), and every copy must count
// the same turns. The errors are made by the copy that throws them, so each
// route's handler recognises its own ApiError.
import { ApiError } from "../core/http/errors";

export interface CheckLimits {
  /** checks computing at once */
  concurrency: number;
  /** checks waiting for a turn; one more is refused at once */
  queueLimit: number;
  /** the longest a check waits for its turn */
  queueWaitMs: number;
  /** the longest a check runs once its turn came (wall clock: its pauses and database queries count) */
  timeLimitMs: number;
  /** work between two pauses */
  sliceMs: number;
}

export const CHECK_LIMITS: CheckLimits = {
  // Two, not one: a short text need not wait for the whole of a long one ahead of it.
  concurrency: 2,
  queueLimit: 16,
  queueWaitMs: 5_000,
  // The heaviest 200 kB texts take 0.5–1.5 s on a loaded 2-core machine (scripts/bench/check-load.ts).
  timeLimitMs: 5_000,
  sliceMs: 5,
};

/** The time bound a client can rely on: waiting plus computing. */
export const CHECK_TIME_BOUND_MS = CHECK_LIMITS.queueWaitMs + CHECK_LIMITS.timeLimitMs;

interface Waiter {
  /** starts the check; false when it gave up waiting meanwhile */
  start: () => boolean;
}

/** What every copy of this module shares: the turns taken, the queue, how long checks take lately. */
export interface CheckTurns {
  running: number;
  queue: Waiter[];
  /** moving average of a check's running time, for Retry-After */
  averageMs: number;
  /** paused checks, in the order they resume */
  paused: (() => void)[];
  resumeScheduled: boolean;
  /** when the current slice began (every running check works in it) */
  sliceStart: number;
}

export function newCheckTurns(): CheckTurns {
  return { running: 0, queue: [], averageMs: 1_000, paused: [], resumeScheduled: false, sliceStart: 0 };
}

const globalTurns = globalThis as unknown as { caravanCheckTurns?: CheckTurns };

/** Resumes the longest-paused check on the next turn of the event loop, in a fresh slice. */
function scheduleResume(turns: CheckTurns, now: () => number): void {
  if (turns.resumeScheduled) return;
  turns.resumeScheduled = true;
  setImmediate(() => {
    turns.resumeScheduled = false;
    const resume = turns.paused.shift();
    if (!resume) return;
    turns.sliceStart = now();
    resume();
    if (turns.paused.length > 0) scheduleResume(turns, now);
  });
}

interface PaceOptions {
  turns: CheckTurns;
  /** when the check must stop (in `now`'s time) */
  deadline: number;
  sliceMs: number;
  timeLimitMs: number;
  retryAfterSeconds: () => number;
  now: () => number;
}

/** One check's pauses and deadline. */
export class Pace {
  constructor(private readonly options: PaceOptions) {}

  /** Whether the slice is used up (cheap: ask between any two steps). */
  due(): boolean {
    return this.options.now() - this.options.turns.sliceStart >= this.options.sliceMs;
  }

  /** Gives the event loop back until this check's next slice; throws check_timeout once the deadline has passed. */
  async pause(): Promise<void> {
    const { turns, now } = this.options;
    this.expireIfLate();
    await new Promise<void>((resume) => {
      turns.paused.push(resume);
      scheduleResume(turns, now);
    });
    this.expireIfLate();
  }

  private expireIfLate(): void {
    const { now, deadline, timeLimitMs, retryAfterSeconds } = this.options;
    if (now() <= deadline) return;
    const seconds = retryAfterSeconds();
    throw new ApiError(
      "check_timeout",
      `The check took longer than ${timeLimitMs / 1000} s and was stopped. Try again in ${seconds} s, or check a shorter text.`,
      undefined,
      undefined,
      { "Retry-After": String(seconds) },
    );
  }
}

export class CheckScheduler {
  constructor(
    readonly limits: CheckLimits = CHECK_LIMITS,
    private readonly turns: CheckTurns = (globalTurns.caravanCheckTurns ??= newCheckTurns()),
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Checks computing now and waiting for a turn. */
  get load(): { running: number; queued: number } {
    return { running: this.turns.running, queued: this.turns.queue.length };
  }

  /** Runs `work` in its turn, with its pace; refuses with 503 checker_busy when no turn comes in time. */
  async run<T>(work: (pace: Pace) => Promise<T>): Promise<T> {
    await this.takeTurn();
    const started = this.now();
    // A check that runs alone starts its own slice.
    if (this.turns.running === 1 && this.turns.paused.length === 0) this.turns.sliceStart = started;
    try {
      const { timeLimitMs, sliceMs } = this.limits;
      const pace = new Pace({
        turns: this.turns,
        deadline: started + timeLimitMs,
        sliceMs,
        timeLimitMs,
        retryAfterSeconds: () => this.retryAfterSeconds(),
        now: this.now,
      });
      return await work(pace);
    } finally {
      this.turns.averageMs = 0.8 * this.turns.averageMs + 0.2 * (this.now() - started);
      this.turns.running--;
      this.startWaiting();
    }
  }

  /** Seconds until a new check would likely get its turn: everyone ahead, at the recent pace, clamped to 1–60. */
  retryAfterSeconds(): number {
    const ahead = this.turns.running + this.turns.queue.length;
    const seconds = Math.ceil((ahead * this.turns.averageMs) / this.limits.concurrency / 1000);
    return Math.min(60, Math.max(1, seconds));
  }

  private takeTurn(): Promise<void> {
    const { turns, limits } = this;
    if (turns.running < limits.concurrency && turns.queue.length === 0) {
      turns.running++;
      return Promise.resolve();
    }
    if (turns.queue.length >= limits.queueLimit) {
      return Promise.reject(this.busy(`${turns.queue.length} checks are waiting`));
    }
    return new Promise<void>((resolve, reject) => {
      let waiting = true;
      const waiter: Waiter = {
        start: () => {
          if (!waiting) return false;
          waiting = false;
          clearTimeout(timer);
          resolve();
          return true;
        },
      };
      const timer = setTimeout(() => {
        if (!waiting) return;
        waiting = false;
        const index = turns.queue.indexOf(waiter);
        if (index >= 0) turns.queue.splice(index, 1);
        reject(this.busy(`this check waited ${limits.queueWaitMs / 1000} s for its turn`));
      }, limits.queueWaitMs);
      turns.queue.push(waiter);
      this.startWaiting();
    });
  }

  /** Hands free turns to the longest-waiting checks. */
  private startWaiting(): void {
    const { turns, limits } = this;
    while (turns.running < limits.concurrency && turns.queue.length > 0) {
      const waiter = turns.queue.shift()!;
      if (waiter.start()) turns.running++;
    }
  }

  private busy(why: string): ApiError {
    const seconds = this.retryAfterSeconds();
    return new ApiError("checker_busy", `The checker is busy: ${why}. Try again in ${seconds} s.`, undefined, undefined, {
      "Retry-After": String(seconds),
    });
  }
}

let defaultScheduler: CheckScheduler | undefined;

/** The process's scheduler, with CHECK_LIMITS and the shared turns. */
export function checkScheduler(): CheckScheduler {
  return (defaultScheduler ??= new CheckScheduler());
}
