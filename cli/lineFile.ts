// A file written line by line through a temporary name, renamed into place only when complete: for
// outputs too large to build in memory first (the event log of a long replication).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Bytes gathered before one write to the file. */
const CHUNK_BYTES = 1 << 16;

/**
 * Lines appended to a temporary file beside `file`; `commit` renames it over `file`, `abort` removes it,
 * so `file` is never seen half-written.
 * @example
 * const log = new LineFile('events.jsonl');
 * log.append('{"kind":"item-arrive","time":0.4}');
 * log.commit(); // => events.jsonl holds the line
 */
export class LineFile {
  private readonly file: string;
  private readonly temporary: string;
  private readonly descriptor: number;
  private pending: string[] = [];
  private pendingLength = 0;
  private open = true;

  /** @throws the file system's error when the temporary file cannot be created (a missing folder) */
  constructor(file: string) {
    this.file = file;
    this.temporary = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    this.descriptor = openSync(this.temporary, 'w');
  }

  /** Adds one line (without its line break). */
  append(line: string): void {
    this.pending.push(line);
    this.pendingLength += line.length + 1;
    if (this.pendingLength >= CHUNK_BYTES) this.flush();
  }

  /** Writes what is left and renames the file into place. */
  commit(): void {
    this.flush();
    closeSync(this.descriptor);
    this.open = false;
    renameSync(this.temporary, this.file);
  }

  /** Removes the temporary file; the target is left as it was. */
  abort(): void {
    if (this.open) closeSync(this.descriptor);
    this.open = false;
    rmSync(this.temporary, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.descriptor, `${this.pending.join('\n')}\n`);
    this.pending = [];
    this.pendingLength = 0;
  }
}
