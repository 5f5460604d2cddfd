/**
 * Run every item through two steps: `first` in this thread, one item after
 * another, and `second` as soon as `first` is done with it, in the
 * background, at most `laneCount` at a time. Meant for a CPU-bound first
 * step (satori's layout, JavaScript) and a second that runs on other
 * threads (sharp's rasterising, on libvips' threads), so that the two
 * overlap and this thread never waits for the second step until the end.
 * Settles every item (one failure does not stop the others); results come
 * back in the order of `items`.
 */
export async function pipeline<T, M, R>(
  items: readonly T[],
  first: (item: T) => Promise<M>,
  second: (middle: M) => Promise<R>,
  laneCount: number,
): Promise<PromiseSettledResult<R>[]> {
  const results: Promise<PromiseSettledResult<R>>[] = [];
  const lanes: Promise<unknown>[] = new Array(laneCount).fill(Promise.resolve());
  for (const [i, item] of items.entries()) {
    let middle: M;
    try {
      middle = await first(item);
    } catch (reason) {
      results.push(Promise.resolve({ status: 'rejected', reason }));
      continue;
    }
    const done = lanes[i % laneCount]!.then(() => second(middle));
    lanes[i % laneCount] = settled(done);
    results.push(settled(done));
    // The first step may never leave the microtask queue (satori's layout does not): give the event
    // loop a turn, so a finished second step is collected and the next one starts meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Promise.all(results);
}

/** A promise's outcome as a value: never rejects, so nothing is left unhandled while the next item runs. */
function settled<R>(promise: Promise<R>): Promise<PromiseSettledResult<R>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}
