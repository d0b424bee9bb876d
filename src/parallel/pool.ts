/**
 * Checking pages on several cores: a few worker threads, each with its own config and
 * originals, fed loaded pages and answering results. Parsing and the rules are CPU-bound and
 * have no I/O, so they spread well; loading stays on the main thread.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ConfigOptions } from "../config/resolve.js";
import type { LoadOutcome } from "../load/types.js";
import { PACKAGE_ROOT } from "../package-root.js";
import type { OriginalArticle, TargetResult } from "../types.js";

/** What every worker needs to check any page: plain data, cloned into each worker. */
export interface WorkerSetup {
  options: ConfigOptions & { cwd?: string };
  articles: OriginalArticle[] | null;
}

interface Pending {
  resolve: (result: TargetResult) => void;
  reject: (error: Error) => void;
}

/** The compiled worker: tests run from `src/`, but a worker thread needs JavaScript. */
const WORKER = join(PACKAGE_ROOT, "dist", "src", "parallel", "worker.js");

export class CheckPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /**
   * @example const pool = new CheckPool(2, { options: { authors: ["Laila Montgomery"] }, articles: null });
   */
  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  /**
   * Check one loaded page on the least busy worker.
   * @example const result = await pool.check(outcome);
   */
  check(outcome: LoadOutcome): Promise<TargetResult> {
    const slot = this.pick();
    const id = this.nextId++;
    slot.busy++;
    return new Promise<TargetResult>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (result) => {
          slot.busy--;
          resolve(result);
        },
        reject,
      });
      slot.worker.postMessage({ id, outcome });
    });
  }

  /** Stop the workers (after the last result). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** Workers start on first use, so a run over one page never pays for them. */
  private pick(): { worker: Worker; busy: number } {
    const idle = this.workers.find((w) => w.busy === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private start(): { worker: Worker; busy: number } {
    const worker = new Worker(WORKER, { workerData: this.setup });
    worker.on("message", ({ id, result }: { id: number; result: TargetResult }) => {
      this.pending.get(id)?.resolve(result);
      this.pending.delete(id);
    });
    // A crashed worker must not leave the run waiting forever: fail what it held.
    worker.on("error", (error) => {
      for (const [id, p] of this.pending) {
        p.reject(error);
        this.pending.delete(id);
      }
    });
    const slot = { worker, busy: 0 };
    this.workers.push(slot);
    return slot;
  }
}
