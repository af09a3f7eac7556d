// `--out DIR` of run, compare and sweep through the `valueflow` binary: the folder holds the page, the
// charts, the same document --json prints and one CSV row per replication and measure; a folder that
// cannot be written is refused before the run, with a plain message and nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../cli/bin.mjs', import.meta.url).pathname;
const pooling = new URL('../../scenarios/library/pooling.yaml', import.meta.url).pathname;
const utilisation = new URL('../../scenarios/library/utilisation-and-waiting.yaml', import.meta.url).pathname;
const scratch = mkdtempSync(path.join(tmpdir(), 'valueflow-report-'));
const SHORT = [
  '--reps',
  '2',
  '--set',
  'run.length=4w',
  '--set',
  'run.warmUp=1w',
  '--quiet',
  '--workers',
  '1',
];

function valueflow(args: readonly string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('valueflow run --out', () => {
  it('writes the page, each chart as spec, SVG and PNG, summary.json as --json prints it, and the CSVs', {
    timeout: 120_000,
  }, () => {
    const folder = path.join(scratch, 'run');
    const written = valueflow([
      'run',
      pooling,
      ...SHORT,
      '--out',
      folder,
      '--items',
      path.join(scratch, 'items.csv'),
    ]);
    expect(written.status, written.stderr).toBe(0);
    const printed = valueflow(['run', pooling, ...SHORT, '--json']);
    expect(readFileSync(path.join(folder, 'summary.json'), 'utf8')).toBe(printed.stdout);
    const charts = readdirSync(path.join(folder, 'charts'));
    for (const name of ['lead-time-cumulative', 'control-chart', 'wip-over-time', 'utilisation-by-team']) {
      expect(charts).toEqual(expect.arrayContaining([`${name}.vl.json`, `${name}.svg`, `${name}.png`]));
    }
    const rows = readFileSync(path.join(folder, 'replications.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('scenario,replication,metric,value');
    expect(rows.filter((row) => row.startsWith('pooling,0,')).length).toBe(
      rows.filter((row) => row.startsWith('pooling,1,')).length,
    );
    expect(rows.some((row) => row.startsWith('pooling,1,leadTime,'))).toBe(true);
    expect(readFileSync(path.join(folder, 'items.csv'), 'utf8')).toBe(
      readFileSync(path.join(scratch, 'items.csv'), 'utf8'),
    );
    expect(readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain(
      'Does one pool of six wait less than two teams of three specialists?',
    );
  });

  it('refuses a folder whose parent does not exist, before running, with no stack and nothing written', () => {
    const folder = path.join(scratch, 'missing', 'report');
    const { status, stderr } = valueflow(['run', pooling, ...SHORT, '--out', folder]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: --out .*does not exist/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(path.join(scratch, 'missing'))).toBe(false);
  });

  it('refuses a path that is a file', () => {
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'keep me');
    const { status, stderr } = valueflow(['run', pooling, ...SHORT, '--out', file]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/is not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('valueflow compare --out and sweep --out', () => {
  it('writes the comparison charts and the compare document', { timeout: 120_000 }, () => {
    const folder = path.join(scratch, 'compare');
    const { status, stderr } = valueflow(['compare', pooling, ...SHORT, '--out', folder]);
    expect(status, stderr).toBe(0);
    const charts = readdirSync(path.join(folder, 'charts'));
    expect(charts).toEqual(expect.arrayContaining(['difference-intervals.svg', 'comparison-intervals.png']));
    expect(JSON.parse(readFileSync(path.join(folder, 'summary.json'), 'utf8')).baseline).toBe('pooling');
    expect(readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain(
      'pooled against pooling: mean lead time',
    );
  });

  it('writes the sweep charts: wait against utilisation', { timeout: 120_000 }, () => {
    const folder = path.join(scratch, 'sweep');
    const { status, stderr } = valueflow([
      'sweep',
      utilisation,
      ...SHORT,
      '--set',
      'workTypes.work.arrivals.0.poisson.rate=0.5/h,0.8/h',
      '--out',
      folder,
    ]);
    expect(status, stderr).toBe(0);
    expect(readdirSync(path.join(folder, 'charts'))).toEqual(
      expect.arrayContaining(['sweep-wait-by-utilisation.svg', 'sweep-lead-time.png']),
    );
  });
});
