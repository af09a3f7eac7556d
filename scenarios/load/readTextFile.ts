// Reading a scenario file (or a ticket CSV it names) as text with a size limit, checked before reading and
// again while reading, so that a 50 MB file is refused without being read into memory or parsed.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The largest scenario file read: far above any real scenario, far below what would stall a parser.
 * @example
 * MOST_SCENARIO_BYTES; // => 10485760 (10 MB)
 */
export const MOST_SCENARIO_BYTES = 10 * 1024 * 1024;

/**
 * The largest ticket file replayed: a year of a large desk's tickets is a few megabytes.
 * @example
 * MOST_TICKET_FILE_BYTES; // => 104857600 (100 MB)
 */
export const MOST_TICKET_FILE_BYTES = 100 * 1024 * 1024;

/**
 * What reading a file gave: its text, or why it could not be read.
 * @example
 * const reading: TextReading = { ok: false, message: 'is 50.0 MB; scenario files may be at most 10 MB' };
 */
export type TextReading =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a file as UTF-8 text (a byte order mark dropped), refusing it when it is larger than `mostBytes`:
 * the size is checked on the open file before anything is read, and the reading stops one byte past the
 * limit should the file grow meanwhile (or not say its size, as a pipe does not).
 *
 * @param file - the path
 * @param mostBytes - the largest size accepted
 * @returns the text, or a readable reason (missing, a folder, too large)
 * @example
 * readTextFile('scenarios/library/pooling.yaml', MOST_SCENARIO_BYTES).ok; // => true
 */
export function readTextFile(file: string, mostBytes: number): TextReading {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'does not exist' : `cannot open it (${code ?? String(error)})`,
    };
  }
  try {
    const status = fstatSync(descriptor);
    if (status.isDirectory()) return { ok: false, message: 'is a folder, not a file' };
    const limit = `files may be at most ${megabytes(mostBytes)}`;
    if (status.size > mostBytes) return { ok: false, message: `is ${megabytes(status.size)}; ${limit}` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, mostBytes + 1 - total));
      const count = readSync(descriptor, chunk, 0, chunk.length, null);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
      total += count;
      if (total > mostBytes)
        return { ok: false, message: `is larger than ${megabytes(mostBytes)}; ${limit}` };
    }
    const text = Buffer.concat(chunks, total).toString('utf8');
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    return {
      ok: false,
      message: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  } finally {
    closeSync(descriptor);
  }
}
