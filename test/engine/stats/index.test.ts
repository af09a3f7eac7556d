// Guards of engine/stats as a whole: the public export list (as SimPy checks __all__), the layer rule
// (no imports from other engine folders), no clock or global randomness, and two-line file headers.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as stats from '../../../engine/stats/index.ts';

const statsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../engine/stats');
const sourceFiles = readdirSync(statsFolder).filter((name) => name.endsWith('.ts'));

describe('engine/stats index', () => {
  it('exports exactly the public functions and classes, by name', () => {
    expect(Object.keys(stats).sort()).toEqual([
      'P2Quantile',
      'Tally',
      'TimeWeightedAverage',
      'TimeWeightedDistribution',
      'confidenceInterval',
      'confidenceIntervalFromTally',
      'logBeta',
      'normalQuantile',
      'pairedDifference',
      'quantiles',
      'quantilesInPlace',
      'regularizedIncompleteBeta',
      'studentTQuantile',
    ]);
  });

  it('uses no export * and re-exports no _-prefixed internal', () => {
    const source = readFileSync(join(statsFolder, 'index.ts'), 'utf8');
    expect(source).not.toMatch(/export \*/);
    expect(source).not.toMatch(/\b_[a-zA-Z]/);
  });

  it('imports only its own files and simple-statistics, no other engine layer', () => {
    for (const file of sourceFiles) {
      const source = readFileSync(join(statsFolder, file), 'utf8');
      for (const match of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
        expect(match[1], `${file} imports ${match[1]}`).toMatch(/^(\.\/[\w]+\.ts|simple-statistics)$/);
      }
    }
  });

  it('never reads Math.random, Date.now or performance.now in any file', () => {
    for (const file of sourceFiles) {
      const source = readFileSync(join(statsFolder, file), 'utf8');
      expect(source, file).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date\(/);
    }
  });

  it('starts every file with a two-line header comment', () => {
    for (const file of sourceFiles) {
      const [first, second] = readFileSync(join(statsFolder, file), 'utf8').split('\n');
      expect(first?.startsWith('// '), `${file} line 1`).toBe(true);
      expect(second?.startsWith('// '), `${file} line 2`).toBe(true);
    }
  });
});
