// Checking, before a run starts, that an output file can be written where the user asked: a run of
// minutes should not end in "no such folder".
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './commandErrors.ts';

/**
 * Refuses an output file whose folder does not exist or is not a folder, naming the option.
 * @throws UsageError naming the option, the file and the folder
 * @example
 * requireOutputFolder('--items', 'out/items.csv'); // => throws when there is no folder out/
 */
export function requireOutputFolder(option: string, file: string): void {
  const folder = path.dirname(path.resolve(file));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(`${option} ${file}: the folder ${folder} does not exist`);
}
