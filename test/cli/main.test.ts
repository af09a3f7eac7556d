// The `valueflow` command end to end: the demo's table against Erlang C's published figures, and bad
// arguments refused with a one-line message, exit code 1 and no stack trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runMmcDemo } from '../../cli/mmcDemo.ts';

const bin = new URL('../../cli/bin.mjs', import.meta.url).pathname;

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('runMmcDemo', () => {
  it('sets the simulated M/M/5 measures beside Erlang C (Wq 1.525 h, P(wait) 0.7625, utilisation 0.9)', () => {
    const measures = runMmcDemo({
      servers: 5,
      arrivalRate: 4.5,
      serviceRate: 1,
      replications: 5,
      hours: 20_000,
      warmUp: 500,
      seed: 3,
    });
    const textbook = Object.fromEntries(measures.map((row) => [row.measure, row.textbook]));
    // Cooper, Introduction to Queueing Theory, table of Erlang C: C(5, 4.5) = 0.7625.
    expect(textbook['share of arrivals who wait']).toBeCloseTo(0.7625, 4);
    expect(textbook['mean wait in queue (h)']).toBeCloseTo(1.525, 3);
    expect(textbook['server utilisation']).toBeCloseTo(0.9, 12);
    for (const row of measures)
      expect(Math.abs(row.simulated / row.textbook - 1), row.measure).toBeLessThan(0.1);
  });
});

describe('valueflow command', () => {
  it('prints the comparison table', { timeout: 60_000 }, () => {
    const { status, stdout } = runCli('demo', '--replications', '3', '--hours', '2000');
    expect(status).toBe(0);
    expect(stdout).toMatch(/mean wait in queue \(h\)\s+1\.5250/);
  });

  it('refuses a bad number with a clear message and no stack trace', { timeout: 60_000 }, () => {
    const { status, stderr } = runCli('demo', '--servers', 'three');
    expect(status).toBe(1);
    expect(stderr).toContain('--servers must be a whole number >= 1, got "three"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an unstable queue, naming the rates', { timeout: 60_000 }, () => {
    const { status, stderr } = runCli('demo', '--servers', '2', '--arrival-rate', '3');
    expect(status).toBe(1);
    expect(stderr).toContain('arrival rate 3/h must be below servers x service rate (2/h)');
  });
});
