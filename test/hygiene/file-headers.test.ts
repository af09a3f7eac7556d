// STYLE.md rule 14: every source file of the engine, the scenarios, the reports, the command and the benchmarks opens with
// a header comment saying what it holds, so that a reader knows the file's purpose before reading its code.
import { describe, expect, it } from 'vitest';
import { typeScriptFiles } from '../helpers/sourceFiles.ts';

describe('sources of engine/, scenarios/, reports/, cli/ and bench/', () => {
  it('start with a header comment on line 1', () => {
    const files = ['engine', 'scenarios', 'reports', 'cli', 'bench'].flatMap((folder) =>
      typeScriptFiles(folder),
    );
    expect(files.length).toBeGreaterThan(0);
    const missing = files
      .filter((file) => !/^(\/\/|\/\*)/.test(file.text.split('\n')[0] ?? ''))
      .map((file) => `${file.path}:1 does not start with a // or /* header comment`);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
