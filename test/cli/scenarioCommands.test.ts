// The scenario commands end to end, through the `valueflow` binary as a user runs it: the JSON contract of
// `run` and `compare` (value worked by hand included), Erlang C reproduced by the pooling and staffing
// scenarios, a forecast worked out by hand, the files `--items` and `--events` write, and bad files refused
// with file, line and column.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../cli/bin.mjs', import.meta.url).pathname;
const library = new URL('../../scenarios/library/', import.meta.url).pathname;

function valueflow(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]): Record<string, unknown> {
  const { status, stdout, stderr } = valueflow(...args, '--json');
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout);
}

/** Erlang C by its direct sum: the probability that an arrival waits in M/M/c (Gross et al. (2.31)). */
function erlangC(servers: number, offeredLoad: number): number {
  let term = 1;
  let below = 0;
  for (let k = 0; k < servers; k++) {
    below += term;
    term *= offeredLoad / (k + 1);
  }
  const waiting = (term * servers) / (servers - offeredLoad);
  return waiting / (below + waiting);
}

interface Interval {
  readonly mean: number;
  readonly ci95: readonly [number, number];
}

function expectInside(label: string, theory: number, interval: Interval): void {
  expect(theory, `${label}: theory ${theory} below the 95% interval ${interval.ci95}`).toBeGreaterThanOrEqual(
    interval.ci95[0],
  );
  expect(theory, `${label}: theory ${theory} above the 95% interval ${interval.ci95}`).toBeLessThanOrEqual(
    interval.ci95[1],
  );
}

const scratch = mkdtempSync(path.join(tmpdir(), 'valueflow-cli-'));

describe('valueflow run --json', () => {
  it('prints the documented keys, with null (never NaN) where nothing was observed', {
    timeout: 60_000,
  }, () => {
    const document = json(
      'run',
      path.join(library, 'user-support.yaml'),
      '--reps',
      '3',
      '--set',
      'run.length=6w',
    );
    expect(document).toMatchObject({ scenario: 'user support', seed: 4, reps: 3 });
    const metrics = document.metrics as unknown as Record<string, Record<string, unknown>>;
    for (const measure of ['leadTime', 'waitTime'])
      expect(Object.keys(metrics[measure] ?? {})).toEqual(
        expect.arrayContaining(['unit', 'mean', 'sd', 'ci95', 'p50', 'p85', 'p95']),
      );
    expect(metrics.throughput).toMatchObject({ unit: 'items/week' });
    expect(Object.keys(metrics.utilisation ?? {})).toEqual(
      expect.arrayContaining(['mean', 'ci95', 'byTeam', 'byPerson']),
    );
    expect(Object.keys(metrics.handoffs ?? {})).toEqual(expect.arrayContaining(['mean', 'ci95']));
    expect(Object.keys(metrics.serviceLevel ?? {})).toEqual(
      expect.arrayContaining(['target', 'mean', 'ci95', 'byHourOfDay']),
    );
    expect(Object.keys(document)).toEqual(expect.arrayContaining(['byType', 'distributions', 'series']));
    expect(Object.keys(document).indexOf('value')).toBe(Object.keys(document).indexOf('metrics') + 1);
    const value = document.value as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(value)).toEqual([
      'potential',
      'realised',
      'leakage',
      'delayParts',
      'openAtEnd',
      'cost',
      'return',
      'objectives',
    ]);
    expect(Object.keys(value.leakage ?? {})).toEqual([
      'delay',
      'outage',
      'abandonment',
      'refused',
      'stopped',
      'poorAdoption',
      'nonConformance',
    ]);
    for (const figure of ['potential', 'realised', 'openAtEnd', 'cost', 'return'])
      expect(Object.keys(value[figure] ?? {})).toEqual(['mean', 'ci95']);
    // The email service is worth 400 an hour over the measured 6w - 2w = 672 h in every replication.
    expect(value.potential).toEqual({ mean: 400 * 672, ci95: [400 * 672, 400 * 672] });
    expect(JSON.stringify(document)).not.toMatch(/NaN|Infinity/);
  });
});

describe('valueflow compare --json with value', () => {
  it('gives each variant its value and the paired differences worked by hand', { timeout: 60_000 }, () => {
    const file = path.join(scratch, 'features.yaml');
    writeFileSync(
      file,
      [
        '# Two features of 10 h, worth 2 an hour over a value life of 100 h, worked by one person or two.',
        'name: features by hand',
        'question: How much more value do two people realise than one from two 10-hour features?',
        'run: { length: 50h, replications: 3 }',
        'services: [{ name: mail, valuePerHour: 3 }]',
        'teams: [{ name: team, preset: { shape: I, skills: [build], count: 1, costPerHour: 10 } }]',
        'valueStreams: [{ name: delivery, steps: [{ name: build, teams: [team], skill: build }] }]',
        'workTypes: [{ name: feature, valueStream: delivery, arrivals: [], effort: { build: 10h }, valuePerHour: 2, valueLife: 100h }]',
        'backlog: [{ workType: feature, count: 2 }]',
        'variants: [{ name: two people, teams: [{ name: team, preset: { count: 2 } }] }]',
      ].join('\n'),
    );
    const document = json('compare', file, '--workers', '2');
    const [one, two] = document.variants as unknown as {
      value: Record<string, { mean: number }> & { leakage: Record<string, { mean: number }> };
      diff: { value: Record<string, { mean: number; ci95: number[] }> } | null;
    }[];
    // One person: feature 2 waits 10 h, so 60 of the 400 potential leaks to delay; 140 flows by 50 h, and
    // the service's 150; 200 is life after the run. Two people: delay 40, realised 310, cost 1 000.
    expect(one?.value.potential?.mean).toBeCloseTo(550, 9);
    expect(one?.value.realised?.mean).toBeCloseTo(290, 9);
    expect(one?.value.leakage.delay?.mean).toBeCloseTo(60, 9);
    expect(one?.value.openAtEnd?.mean).toBeCloseTo(200, 9);
    expect(one?.diff).toBeNull();
    expect(two?.value.realised?.mean).toBeCloseTo(310, 9);
    expect(two?.diff?.value.realised).toMatchObject({ mean: 20, ci95: [20, 20] });
    expect(two?.diff?.value.cost).toMatchObject({ mean: 500 });
    expect(two?.diff?.value.return?.mean).toBeCloseTo(-480, 9);
  });
});

describe('the pooling lesson', () => {
  it('reproduces Erlang C for both variants inside their 95% intervals', { timeout: 120_000 }, () => {
    const document = json('compare', path.join(library, 'pooling.yaml'));
    const [specialists, pooled] = document.variants as unknown as { metrics: { waitTime: Interval } }[];
    // Two M/M/3 at 2.4/h, mu = 1: Wq = C(3, 2.4) / (3 - 2.4); one M/M/6 at 4.8/h: C(6, 4.8) / (6 - 4.8).
    expectInside('two M/M/3', erlangC(3, 2.4) / (3 - 2.4), specialists!.metrics.waitTime);
    expectInside('one M/M/6', erlangC(6, 4.8) / (6 - 4.8), pooled!.metrics.waitTime);
  });
});

describe('the value-leakage lesson', () => {
  it('offers every variant the same ideas and charges twice the developers their hours', {
    timeout: 120_000,
  }, () => {
    const document = json(
      'compare',
      path.join(library, 'value-leakage.yaml'),
      '--reps',
      '3',
      '--set',
      'run.length=12w',
    );
    type Figure = { mean: number; ci95: [number, number] };
    const [, smaller, twice] = document.variants as unknown as {
      scenario: string;
      diff: { value: Record<string, Figure> };
    }[];
    // The same ideas arrive (common random numbers; three increments of 4 an hour are one idea's 12), and
    // a value life after the run does not depend on delivery: potential and open at end are unchanged.
    for (const variant of [smaller, twice]) {
      expect(variant?.diff.value.potential?.mean, variant?.scenario).toBeCloseTo(0, 6);
      expect(variant?.diff.value.openAtEnd?.mean, variant?.scenario).toBeCloseTo(0, 6);
    }
    // Three more developers at 80 an hour over the measured 12w - 4w of office hours (8 x 40 h).
    expect(twice?.diff.value.cost?.mean).toBeCloseTo(3 * 80 * 8 * 40, 6);
    expect(smaller?.diff.value.cost?.mean).toBeCloseTo(0, 6);
  });
});

describe('the staffing scenario', () => {
  it('reproduces the Erlang C service level at 27 and 28 agents', { timeout: 120_000 }, () => {
    const document = json('compare', path.join(library, 'service-desk-staffing.yaml'));
    const lambda = 250;
    const mu = 3600 / 330;
    const target = 30 / 3600;
    const serviceLevel = (agents: number): number =>
      1 - erlangC(agents, lambda / mu) * Math.exp(-(agents * mu - lambda) * target);
    // The planner's figures, to 4 places: 78.22% and 85.69%.
    expect(serviceLevel(27)).toBeCloseTo(0.7822, 4);
    expect(serviceLevel(28)).toBeCloseTo(0.8569, 4);
    const [baseline, more] = document.variants as unknown as { metrics: { serviceLevel: Interval } }[];
    expectInside('27 agents', serviceLevel(27), baseline!.metrics.serviceLevel);
    expectInside('28 agents', serviceLevel(28), more!.metrics.serviceLevel);
  });
});

describe('forecasting', () => {
  it('finishes a backlog of 12 items of 2 h for one person at exactly 24 h, k items by 2k h', {
    timeout: 60_000,
  }, () => {
    const file = path.join(scratch, 'backlog.yaml');
    writeFileSync(
      file,
      [
        '# One person works off a backlog of 12 items of exactly 2 hours each.',
        'name: backlog by hand',
        'question: When is a backlog of 12 two-hour items done by one person?',
        'run: { length: 1w, replications: 3, until: drained }',
        'teams: [{ name: solo, people: [{ name: sam, skills: { work: expert } }] }]',
        'valueStreams: [{ name: queue, steps: [{ name: do it, teams: [solo], skill: work }] }]',
        'workTypes: [{ name: item, valueStream: queue, arrivals: [], effort: { work: { constant: 2h } } }]',
        'backlog: [{ workType: item, count: 12 }]',
        'forecast: { doneBy: [6h, 10h, 1d] }',
      ].join('\n'),
    );
    const document = json('run', file);
    const forecast = document.forecast as unknown as {
      completionTime: { mean: number; p50: number; p95: number };
      doneBy: { hours: number; mean: number }[];
      unfinished: number;
    };
    expect(forecast.completionTime.mean).toBe(24);
    expect(forecast.completionTime.p95).toBe(24);
    expect(forecast.unfinished).toBe(0);
    expect(forecast.doneBy.map((entry) => [entry.hours, entry.mean])).toEqual([
      [6, 3],
      [10, 5],
      [24, 12],
    ]);
  });
});

describe('valueflow run --items and --events', () => {
  it('writes one row per finished item and one JSON line per event of one replication, and nothing else', {
    timeout: 60_000,
  }, () => {
    const items = path.join(scratch, 'items.csv');
    const events = path.join(scratch, 'events.jsonl');
    const { status, stderr } = valueflow(
      'run',
      path.join(library, 'littles-law.yaml'),
      '--reps',
      '2',
      '--set',
      'run.length=2w',
      '--set',
      'run.warmUp=1d',
      '--items',
      items,
      '--events',
      events,
    );
    expect(status, stderr).toBe(0);
    const rows = readFileSync(items, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'id,workType,priority,outcome,arrivalHours,startHours,finishHours,leadTimeHours,waitHours,touchHours,blockedHours,handoffs,reassignments',
    );
    expect(rows.length).toBeGreaterThan(100);
    const lines = readFileSync(events, 'utf8').trim().split('\n');
    const kinds = new Set(lines.map((line) => (JSON.parse(line) as { kind: string }).kind));
    expect([...kinds]).toEqual(
      expect.arrayContaining(['item-arrive', 'item-start', 'item-finish-step', 'item-complete']),
    );
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bad scenario files', () => {
  it('are refused with the file, line, column and path of every problem, no stack trace, exit 1', {
    timeout: 60_000,
  }, () => {
    const file = path.join(scratch, 'broken.yaml');
    writeFileSync(
      file,
      [
        'name: broken',
        'question: Does it load?',
        'run: { lenght: 2w }',
        'teams: [{ name: desk, preset: { shape: I, skills: [support], count: 2 } }]',
        'valueStreams: [{ name: support, steps: [{ name: resolve, teams: [nobody], skill: support }] }]',
        'workTypes: [{ name: call, valueStream: support, arrivals: [{ poisson: { rate: 2 } }] }]',
      ].join('\n'),
    );
    const { status, stderr } = valueflow('validate', file);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file}:3:8`);
    expect(stderr).toMatch(/did you mean "length"/);
    expect(stderr).not.toMatch(/\n\s+at /);
    const run = valueflow('run', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(file);
  });
});

describe('an overloaded scenario', () => {
  it('runs to its length and warns that demand exceeds capacity, naming the team', {
    timeout: 60_000,
  }, () => {
    const file = path.join(scratch, 'overloaded.yaml');
    // One person, 1.2 items an hour of 1 h each: 120% load, so the queue grows for the whole run.
    writeFileSync(
      file,
      [
        'name: overloaded',
        'question: What happens above 100% load?',
        'run: { length: 4w, replications: 2 }',
        'teams: [{ name: solo, people: [{ name: sam, skills: { work: expert } }] }]',
        'valueStreams: [{ name: queue, steps: [{ name: serve, teams: [solo], skill: work }] }]',
        'workTypes: [{ name: item, valueStream: queue, arrivals: [{ poisson: { rate: 1.2/h } }], effort: { work: { exponential: { mean: 1h } } } }]',
      ].join('\n'),
    );
    const { status, stdout, stderr } = valueflow('run', file);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/items were still open at the end/);
    expect(stderr).toMatch(
      /warning: team "solo" was busy 1\d\d\.0% of its available time|warning: team "solo" was busy 99\.\d% of its available time/,
    );
  });
});

describe('valueflow sweep --json', () => {
  it('runs every point of the grid and names the parameters', { timeout: 60_000 }, () => {
    const document = json(
      'sweep',
      path.join(library, 'utilisation-and-waiting.yaml'),
      '--set',
      'workTypes.work.arrivals.0.poisson.rate=0.5/h,0.8/h',
      '--reps',
      '3',
    ) as {
      parameters: string[];
      points: { set: Record<string, unknown>; metrics: { waitTime: Interval } }[];
    };
    expect(document.parameters).toEqual(['workTypes.work.arrivals.0.poisson.rate']);
    expect(document.points.map((point) => point.set)).toEqual([
      { 'workTypes.work.arrivals.0.poisson.rate': '0.5/h' },
      { 'workTypes.work.arrivals.0.poisson.rate': '0.8/h' },
    ]);
    // M/M/1 waits rho / (1 - rho) h: 1 h at 50%, 4 h at 80%; the sweep must at least order them.
    const [low, high] = document.points.map((point) => point.metrics.waitTime.mean);
    expect(high).toBeGreaterThan(low ?? Number.POSITIVE_INFINITY);
  });
});

describe('valueflow list, show and schema', () => {
  it('lists the library with questions, shows a default level, and prints a JSON Schema', {
    timeout: 60_000,
  }, () => {
    const list = valueflow('list');
    expect(list.stdout).toMatch(/pooling\.yaml\s+Does one pool of six wait less/);
    const shown = valueflow('show', path.join(library, 'skill-shapes.yaml'), '--variant', 'generalists');
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/knowledgeable/);
    const schema = JSON.parse(valueflow('schema').stdout) as { properties?: Record<string, unknown> };
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'question', 'teams', 'variants']),
    );
  });
});
