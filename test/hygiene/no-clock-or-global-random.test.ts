// STYLE.md rule 8: nothing under engine/ reads the wall clock or the global random generator, so that a
// result depends only on (scenario, seed, replication). Biome has no rule for this; this scan enforces it.
import { describe, expect, it } from 'vitest';
import { typeScriptFiles, withoutComments } from '../helpers/sourceFiles.ts';

const FORBIDDEN: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'Math.random', pattern: /\bMath\s*\.\s*random\b/ },
  { name: 'Date.now', pattern: /\bDate\s*\.\s*now\b/ },
  { name: 'performance.now', pattern: /\bperformance\s*\.\s*now\b/ },
  { name: 'new Date(', pattern: /\bnew\s+Date\s*\(/ },
];

describe('engine/ sources', () => {
  it('never use Math.random, Date.now, performance.now or new Date(', () => {
    const files = typeScriptFiles('engine');
    expect(files.length).toBeGreaterThan(0);
    const violations: string[] = [];
    for (const file of files) {
      // Comments may mention the forbidden calls (to say why they are forbidden); code may not.
      const lines = withoutComments(file.text).split('\n');
      lines.forEach((line, index) => {
        for (const { name, pattern } of FORBIDDEN) {
          if (pattern.test(line)) violations.push(`${file.path}:${index + 1} uses ${name}`);
        }
      });
    }
    expect(
      violations,
      `take time from the simulation clock and randomness from stream():\n${violations.join('\n')}`,
    ).toEqual([]);
  });
});
