// STYLE.md rule 14: every engine source file opens with a header comment saying what it holds, so that a
// reader knows the file's purpose before reading its code.
import { describe, expect, it } from 'vitest';
import { typeScriptFiles } from '../helpers/sourceFiles.ts';

describe('engine/ sources', () => {
  it('start with a header comment on line 1', () => {
    const files = typeScriptFiles('engine');
    expect(files.length).toBeGreaterThan(0);
    const missing = files
      .filter((file) => !/^(\/\/|\/\*)/.test(file.text.split('\n')[0] ?? ''))
      .map((file) => `${file.path}:1 does not start with a // or /* header comment`);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
