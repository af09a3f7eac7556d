// A scenario file larger than 10 MB is refused before it is read: a 50 MB file (sparse, so creating it
// writes nothing) must fail on its size, not as YAML, which it would if it had been read and parsed.
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../scenarios/load/loadScenario.ts';
import { MOST_SCENARIO_BYTES, readTextFile } from '../../../scenarios/load/readTextFile.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-large-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fileOfSize(name: string, bytes: number): string {
  const file = path.join(folder, name);
  closeSync(openSync(file, 'w'));
  truncateSync(file, bytes);
  return file;
}

describe('a scenario file over the size limit', () => {
  it('is refused on its size, before any parsing', () => {
    const file = fileOfSize('huge.yaml', 50 * 1024 * 1024);
    const problem = (() => {
      try {
        loadScenarioFile(file);
      } catch (error) {
        if (error instanceof ScenarioError) return error.problems[0];
        throw error;
      }
      return undefined;
    })();
    expect(problem).toEqual({
      file,
      line: 1,
      column: 1,
      path: [],
      message: 'cannot load the scenario: the file is 50.0 MB; files may be at most 10.0 MB',
    });
  });

  it('is read when exactly at the limit, and refused one byte over', () => {
    expect(readTextFile(fileOfSize('at-limit.yaml', MOST_SCENARIO_BYTES), MOST_SCENARIO_BYTES).ok).toBe(true);
    expect(readTextFile(fileOfSize('over.yaml', MOST_SCENARIO_BYTES + 1), MOST_SCENARIO_BYTES)).toEqual({
      ok: false,
      message: 'is 10.0 MB; files may be at most 10.0 MB',
    });
  });

  it('refuses a folder', () => {
    expect(readTextFile(folder, MOST_SCENARIO_BYTES)).toEqual({
      ok: false,
      message: 'is a folder, not a file',
    });
  });
});
