// Guards of engine/random as a whole: the public export list (as SimPy checks __all__), and that no
// file reads Math.random or a clock, so that results depend only on the seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as random from '../../../engine/random/index.ts';

const randomFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../engine/random');

describe('engine/random index', () => {
  it('exports exactly the public functions and classes, by name', () => {
    expect(Object.keys(random).sort()).toEqual([
      'DistributionParameterError',
      'complementaryErrorFunction',
      'constant',
      'empirical',
      'erlang',
      'exponential',
      'gamma',
      'logGamma',
      'lognormal',
      'pert',
      'sampleStandardNormal',
      'standardNormalCdf',
      'standardNormalDensity',
      'standardNormalUpperTail',
      'stream',
      'subStream',
      'subStreamFromSeed',
      'subStreamSeedWord',
      'triangular',
      'truncatedNormal',
      'uniform',
      'weibull',
      'weightedChoice',
    ]);
  });

  it('uses no export * and re-exports no _-prefixed internal', () => {
    const source = readFileSync(join(randomFolder, 'index.ts'), 'utf8');
    expect(source).not.toMatch(/export \*/);
    expect(source).not.toMatch(/\b_[a-zA-Z]/);
  });

  it('never reads Math.random, Date.now or performance.now in any file', () => {
    for (const file of readdirSync(randomFolder).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(randomFolder, file), 'utf8');
      expect(source, file).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date\(/);
    }
  });

  it('starts every file with a two-line header comment', () => {
    for (const file of readdirSync(randomFolder).filter((name) => name.endsWith('.ts'))) {
      const [first, second] = readFileSync(join(randomFolder, file), 'utf8').split('\n');
      expect(first?.startsWith('// '), `${file} line 1`).toBe(true);
      expect(second?.startsWith('// '), `${file} line 2`).toBe(true);
    }
  });
});
