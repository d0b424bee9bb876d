/**
 * Fetching a few steps ahead of the caller, in order. How many requests run at once, per host and
 * overall, is the Fetcher's job (its own queues); discovery only needs the next few responses to be
 * on their way while the caller works on the current one, and must not pile up bodies the caller
 * has not asked for yet (a p-limit over a whole crawl level would hold them all).
 */

/** How many results run ahead of the caller: the default Fetcher allows 2 per host. */
export const AHEAD = 4;

/**
 * `task` over `items`, at most `window` started and not yet taken, yielding `[item, result]` in
 * item order. `task` must not throw (a Fetcher never does).
 * @example for await (const [url, result] of inOrder(urls, AHEAD, (url) => fetcher.get(url))) …
 */
export async function* inOrder<T, R>(items: Iterable<T>, window: number, task: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const iterator = items[Symbol.iterator]();
  const pending: { item: T; result: Promise<R> }[] = [];
  const fill = (): void => {
    while (pending.length < window) {
      const next = iterator.next();
      if (next.done) return;
      const result = task(next.value);
      // If the caller stops early, a result nobody awaits must not become an unhandled rejection.
      result.catch(() => undefined);
      pending.push({ item: next.value, result });
    }
  };
  fill();
  while (pending.length > 0) {
    const { item, result } = pending.shift()!;
    const value = await result;
    fill();
    yield [item, value];
  }
}
