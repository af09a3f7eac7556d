// Helpers for the hygiene tests: where the repository is, and the TypeScript sources under a folder,
// read once with their repository-relative paths.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (this file lives in test/helpers/). */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A source file: its path relative to the repository root, with forward slashes, and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Lists every `.ts` file under `folder` (relative to the repository root), recursively, sorted by path.
 * @example
 * typeScriptFiles('engine').map((file) => file.path); // => ['engine/kernel/eventCalendar.ts', ...]
 */
export function typeScriptFiles(folder: string): SourceFile[] {
  const found: SourceFile[] = [];
  const visit = (relativeFolder: string): void => {
    const entries = readdirSync(path.join(repositoryRoot, relativeFolder), { withFileTypes: true });
    for (const entry of entries) {
      const relativePath = `${relativeFolder}/${entry.name}`;
      if (entry.isDirectory()) visit(relativePath);
      else if (entry.isFile() && entry.name.endsWith('.ts')) {
        found.push({
          path: relativePath,
          text: readFileSync(path.join(repositoryRoot, relativePath), 'utf8'),
        });
      }
    }
  };
  visit(folder);
  return found.sort((first, second) => first.path.localeCompare(second.path));
}

/**
 * Blanks out comments (keeping line breaks, so line numbers stay right) so that scans see only code.
 * String literals are kept as they are; a `//` inside a string cuts the rest of that line, which only
 * makes a scan miss code, never report a false hit. Good enough for text scans, not a parser.
 */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, (comment) => ' '.repeat(comment.length));
}
