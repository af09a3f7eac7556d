// How every benchmark reports: one JSON line per case on stdout, each with the machine's state, and the
// heap watch the timed loops sample every 65 536 events.
import os from 'node:os';

/**
 * Prints one JSON line on stdout.
 * @example
 * print({ case: 'hold-10', seconds: 0.8 }); // prints {"case":"hold-10","seconds":0.8}
 */
export function print(record: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

/**
 * The machine's state, for every line: Node version and load.
 * @example
 * machine(); // => { node: 'v20.20.2', loadAverage1m: 1.02 }
 */
export function machine(): Record<string, unknown> {
  return { node: process.version, loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)) };
}

/** The largest heap seen by {@link sampleHeap}, bytes. */
export interface HeapWatch {
  peakBytes: number;
}

/**
 * Reads the heap in use and keeps the largest value seen; reading it is not free, so loops call it once
 * every 65 536 events.
 * @example
 * const watch = { peakBytes: 0 };
 * sampleHeap(watch); // watch.peakBytes => the heap in use now
 */
export function sampleHeap(watch: HeapWatch): void {
  const used = process.memoryUsage().heapUsed;
  if (used > watch.peakBytes) watch.peakBytes = used;
}
