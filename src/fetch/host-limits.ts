/** How many requests may be in flight, per host and overall, and hosts that asked for a pause. */
import pLimit, { type LimitFunction } from "p-limit";
import { sleep } from "./retry.js";

/**
 * One queue per host (`host:port`) inside one queue for the whole run. A request takes its
 * host's slot first and only then an overall slot, so requests queued behind a busy host never
 * hold overall slots that other hosts could use.
 *
 * @example
 * const limits = new HostLimits(2, 8);
 * await limits.run("example.com", () => fetchSomething());
 */
export class HostLimits {
  readonly #perHost: number;
  readonly #overall: LimitFunction;
  readonly #hosts = new Map<string, LimitFunction>();
  /** When each paused host may be asked again (epoch ms). */
  readonly #pausedUntil = new Map<string, number>();

  constructor(perHost: number, overall: number) {
    this.#perHost = perHost;
    this.#overall = pLimit(overall);
  }

  /** Run `task` once the host has a free slot, is not paused, and the run has a free slot. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let limit = this.#hosts.get(host);
    if (!limit) this.#hosts.set(host, (limit = pLimit(this.#perHost)));
    return limit(async () => {
      await this.#waitForPause(host);
      return this.#overall(task);
    });
  }

  /** Hold every request to `host` for `ms` (a Retry-After is about the server, not one URL). */
  pause(host: string, ms: number): void {
    const until = Date.now() + ms;
    if (until > (this.#pausedUntil.get(host) ?? 0)) this.#pausedUntil.set(host, until);
  }

  async #waitForPause(host: string): Promise<void> {
    // A loop: the pause may be extended while we wait.
    for (let wait = this.#remaining(host); wait > 0; wait = this.#remaining(host)) await sleep(wait);
  }

  #remaining(host: string): number {
    return (this.#pausedUntil.get(host) ?? 0) - Date.now();
  }
}
