/**
 * Checking pages on several cores: a few worker threads, each with its own config and
 * originals. Files are sent as paths: each worker reads, decodes, pre-filters and checks them
 * itself, so the main thread only hands out names and collects results (sending every page's
 * decoded source would copy it, often as two bytes a character, and keep the main thread busy
 * loading). Pages loaded elsewhere (URLs, stdin) are sent loaded.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ConfigOptions } from "../config/resolve.js";
import type { InputSource } from "../load/inputs.js";
import type { LoadOutcome } from "../load/types.js";
import { PACKAGE_ROOT } from "../package-root.js";
import type { OriginalArticle, TargetResult } from "../types.js";

/** What every worker needs to check any page: plain data, cloned into each worker. */
export interface WorkerSetup {
  options: ConfigOptions & { cwd?: string };
  /** How workers load the files they are sent (the loader's plain options). */
  load?: { maxBytes?: number; cwd?: string };
  articles: OriginalArticle[] | null;
}

/** One page to check: a file the worker loads itself, or a page already loaded. */
export type CheckTask = { ref: InputSource & { kind: "file" } } | { outcome: LoadOutcome };

interface Pending {
  resolve: (result: TargetResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not answered yet. */
  busy: number;
}

/** The compiled worker: tests run from `src/`, but a worker thread needs JavaScript. */
const WORKER = join(PACKAGE_ROOT, "dist", "src", "parallel", "worker.js");

/**
 * Tasks each worker holds at once: two, so it starts reading its next file while the main
 * thread receives its last result, but never so many that one worker hoards the slow pages
 * at the end of a run while the other idles.
 */
const DEPTH = 2;

export class CheckPool {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly queue: { id: number; task: CheckTask }[] = [];
  private nextId = 0;
  private failed: Error | null = null;

  /**
   * @example const pool = new CheckPool(2, { options: { authors: ["Laila Montgomery"] }, articles: null });
   */
  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  /**
   * Check one page on the next free worker (results may come back out of order; the caller
   * restores the order).
   * @example const result = await pool.check({ ref: { kind: "file", input: "site/a.html", explicit: false } });
   */
  check(task: CheckTask): Promise<TargetResult> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<TargetResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, task });
      this.dispatch();
    });
  }

  /** Stop the workers (after the last result). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** Hand queued tasks to workers with room; workers start on first use. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.pick();
      if (!slot) return;
      const { id, task } = this.queue.shift()!;
      slot.busy++;
      slot.worker.postMessage({ id, task });
    }
  }

  private pick(): Slot | null {
    const idle = this.workers.find((w) => w.busy === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    const least = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    return least.busy < DEPTH ? least : null;
  }

  private start(): Slot {
    const worker = new Worker(WORKER, { workerData: this.setup });
    const slot: Slot = { worker, busy: 0 };
    worker.on("message", ({ id, result }: { id: number; result: TargetResult }) => {
      slot.busy--;
      this.pending.get(id)?.resolve(result);
      this.pending.delete(id);
      this.dispatch();
    });
    // A crashed worker must not leave the run waiting forever: fail what is outstanding.
    worker.on("error", (error) => {
      this.failed = error;
      this.queue.length = 0;
      for (const [id, p] of this.pending) {
        p.reject(error);
        this.pending.delete(id);
      }
    });
    this.workers.push(slot);
    return slot;
  }
}
