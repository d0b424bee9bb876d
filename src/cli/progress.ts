/**
 * The progress line of a long run (a scan of thousands of URLs): pages done out of the total,
 * problems so far, the rate and the time left. Drawn on stderr only when it is a terminal and
 * not in CI, so logs and pipes never get carriage returns.
 */
import type { TargetResult } from "../types.js";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Milliseconds since some fixed point (injected by tests). */
  now?: () => number;
  /** Least time between two redraws, in ms (default 100). */
  intervalMs?: number;
}

/**
 * Whether a progress line belongs on this stream: an interactive terminal, outside CI.
 * @example wantsProgress(process.stderr, process.env) // false under GitHub Actions
 */
export function wantsProgress(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== "dumb";
}

/**
 * @example
 * const bar = new Progress(process.stderr);
 * bar.start(1000); for (const r of results) bar.tick(r); bar.stop();
 */
export class Progress {
  /** Null while discovery (sitemaps, feeds, crawls) may still add pages. */
  private total: number | null = 0;
  private done = 0;
  private failing = 0;
  private errors = 0;
  private started = 0;
  private drawn = -Infinity;
  private visible = false;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(
    private readonly stream: ProgressStream,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 100;
  }

  /** The run knows how many pages it will check (null: not yet, pages are still being found). */
  start(total: number | null): void {
    this.total = total;
    this.started = this.now();
    this.draw(true);
  }

  /** One page is done. */
  tick(result: TargetResult): void {
    this.done++;
    if (result.status === "error") this.errors++;
    else if (result.findings.some((f) => f.severity === "error")) this.failing++;
    this.draw(this.done === this.total);
  }

  /** Erase the line, so what follows starts on a clean one. */
  stop(): void {
    if (this.visible) this.stream.write("\r\x1b[2K");
    this.visible = false;
  }

  /** The line as it would be drawn now (without the carriage return). */
  line(): string {
    const elapsed = Math.max(0, this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const pages = this.total === null ? `${this.done} pages (finding more)` : `${this.done}/${this.total} pages`;
    const parts = [pages, `${this.failing} failing`, `${this.errors} could not be checked`];
    if (this.done > 0 && elapsed > 0) parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} pages/s`);
    const left = this.total === null ? 0 : this.total - this.done;
    if (this.done > 0 && left > 0 && rate > 0) parts.push(`ETA ${duration(left / rate)}`);
    return this.total === null ? parts.join(" · ") : `${bar(this.total ? this.done / this.total : 0)} ${parts.join(" · ")}`;
  }

  private draw(force: boolean): void {
    const now = this.now();
    if (!force && now - this.drawn < this.intervalMs) return;
    this.drawn = now;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r\x1b[2K${this.line().slice(0, width)}`);
    this.visible = true;
  }
}

const WIDTH = 20;

function bar(share: number): string {
  const full = Math.round(Math.min(1, Math.max(0, share)) * WIDTH);
  return `[${"#".repeat(full)}${"-".repeat(WIDTH - full)}]`;
}

/**
 * @example duration(75) // "1 min 15 s"
 */
export function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
