/**
 * Runs an async task over a list with a few at a time. Reading and saving a thousand small
 * files one by one spends most of its time waiting on the disk (each save is flushed); a few in
 * flight hide that wait. Results keep the list's order; `stop` is checked before each start.
 */
export async function mapPool<T, R>(items: readonly T[], width: number, task: (item: T, index: number) => Promise<R>, stop?: () => boolean): Promise<Array<R | undefined>> {
  const results: Array<R | undefined> = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop?.()) {
      const i = next++;
      results[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** How many files are read or saved at once. */
export const FILES_IN_FLIGHT = 8;
