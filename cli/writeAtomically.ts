// Writing an output file so that it is either whole or absent: the text goes to a temporary file beside
// the target, which is then renamed over it (a rename within one folder is atomic on POSIX file systems).
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` through a temporary name in the same folder, so that an interrupted or failed
 * write never leaves a half-written file under the target's name.
 * @throws the file system's error (a missing folder, no permission), after removing the temporary file
 * @example
 * writeAtomically('out/items.csv', 'id,type\n'); // => out/items.csv holds the text, or is untouched
 */
export function writeAtomically(file: string, text: string | Uint8Array): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
