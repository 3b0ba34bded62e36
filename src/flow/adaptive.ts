// Many calls to one service (--all-profiles: STS per role, IAM per account) with as many in
// flight as the service takes: start at `start`, one more after each success up to `max`,
// half as many after a "slow down" answer, whose call is tried again after a pause.

export interface AdaptiveOptions {
  start: number;
  max: number;
  /** True for an error that means "slow down" (aws/sdk_error.ts isThrottling). */
  throttled: (err: unknown) => boolean;
  sleep: (ms: number) => Promise<void>;
  /** How often one item is tried again after "slow down" before its error is the run's. */
  retries?: number;
}

/** `fn` over `items`, results in order; the first error that is not "slow down" ends it. */
export function mapAdaptive<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
  options: AdaptiveOptions,
): Promise<R[]> {
  const { max, throttled, sleep, retries = 5 } = options;
  const results: R[] = new Array(items.length);
  const queue = items.map((_, i) => i);
  const tries = new Map<number, number>();
  let limit = Math.max(1, Math.min(options.start, max));
  let running = 0;
  let failed = false;
  return new Promise((resolve, reject) => {
    const pump = () => {
      if (failed) return;
      if (queue.length === 0 && running === 0) return resolve(results);
      while (running < limit && queue.length > 0) start(queue.shift()!);
    };
    const start = (i: number) => {
      running++;
      fn(items[i]!).then((result) => {
        running--;
        results[i] = result;
        limit = Math.min(max, limit + 1);
        pump();
      }, async (err) => {
        running--;
        const n = (tries.get(i) ?? 0) + 1;
        if (!failed && throttled(err) && n <= retries) {
          tries.set(i, n);
          limit = Math.max(1, Math.floor(limit / 2));
          queue.unshift(i);
          await sleep(100 * 2 ** (n - 1) + Math.floor(Math.random() * 100));
          pump();
          return;
        }
        failed = true;
        reject(err);
      });
    };
    pump();
  });
}
