// Writing a report folder (`--out DIR`) whole or not at all: checked before the run starts, every file
// made in memory first, written into a temporary folder beside DIR, then moved into place by renames.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReportFile } from '../reports/index.ts';
import { UsageError } from './commandErrors.ts';
import { writeAtomically } from './writeAtomically.ts';

/**
 * Refuses a report folder that cannot be written: its parent missing, or DIR a file.
 * @throws UsageError naming `--out` and the folder
 * @example
 * requireReportFolder('out/report'); // => throws when there is no folder out/
 */
export function requireReportFolder(folder: string): void {
  const target = path.resolve(folder);
  const parent = path.dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError(`--out ${folder}: the folder ${parent} does not exist`);
  }
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new UsageError(`--out ${folder}: ${target} exists and is not a folder`);
  }
}

/**
 * Writes the files into `folder`. A new folder appears whole (it is built under a temporary name and
 * renamed); into an existing one each file is renamed into place, so no file is ever half written.
 * Files of an earlier report that this one does not write are left as they are.
 * @throws the file system's error, after removing the temporary folder
 * @example
 * writeReportFolder('out/report', files); // => out/report/index.html, charts/..., summary.json, ...
 */
export function writeReportFolder(folder: string, files: readonly ReportFile[]): void {
  const target = path.resolve(folder);
  const staging = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    mkdirSync(staging);
    for (const file of files) {
      const destination = path.join(staging, file.path);
      mkdirSync(path.dirname(destination), { recursive: true });
      writeAtomically(destination, file.content);
    }
    if (!existsSync(target)) {
      renameSync(staging, target);
      return;
    }
    for (const file of files) {
      const destination = path.join(target, file.path);
      mkdirSync(path.dirname(destination), { recursive: true });
      renameSync(path.join(staging, file.path), destination);
    }
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}
