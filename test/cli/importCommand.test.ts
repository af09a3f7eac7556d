// `valueflow import` and the history in `valueflow run`, end to end through the binary: what import
// prints and writes for a small synthetic event log counted by hand, its refusals, and the `history`
// block of `run --json` for the library's replayed export.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../cli/bin.mjs', import.meta.url).pathname;
const library = new URL('../../scenarios/library/', import.meta.url).pathname;

function valueflow(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Two incidents as updates: INC1 opened Tuesday 13 February 2024 09:00, resolved 11:00 then, reopened,
// 12:00 (3 h), reassigned once; INC2 opened Wednesday 14 February 10:30, never resolved.
const EVENT_LOG = [
  'number,incident_state,opened_at,resolved_at,priority,reassignment_count,assignment_group',
  'INC1,New,13-02-2024 09:00,,3 - Moderate,0,Service Desk',
  'INC1,Resolved,13-02-2024 09:00,13-02-2024 11:00,3 - Moderate,1,Network',
  'INC2,New,14-02-2024 10:30,,1 - Critical,0,Service Desk',
  'INC1,Resolved,13-02-2024 09:00,13-02-2024 12:00,3 - Moderate,1,Network',
].join('\n');
const MAP =
  'id=number,opened=opened_at,resolved=resolved_at,priority=priority,reassignments=reassignment_count,group=assignment_group';

describe('valueflow import', () => {
  it('prints the tickets, date range, columns and history it found, and writes the scenario block', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-import-'));
    const file = path.join(folder, 'incidents.csv');
    writeFileSync(file, EVENT_LOG);
    const out = path.join(folder, 'block.yaml');
    const { status, stdout, stderr } = valueflow('import', file, '--map', MAP, '--event-log', '--out', out);
    expect(status, stderr).toBe(0);
    expect(stdout).toContain(`${file}: 4 rows, 2 tickets (1 never resolved)`);
    expect(stdout).toContain('Opened from 2024-02-13 09:00 to 2024-02-14 10:30; dates read day-first');
    expect(stdout).toContain('Columns used: id = "number", opened = "opened_at", resolved = "resolved_at"');
    expect(stdout).toMatch(/history\s+3\.00\s+3\.00\s+3\.00\s+3\.00/);
    expect(stdout).toContain(
      'Reassignments per ticket: 0: 1, 1: 1, 2: 0, 3: 0, 4+: 0; resolved without reassignment 0.0%',
    );
    expect(stdout).toContain(`Wrote the scenario block to ${out}.`);
    const block = readFileSync(out, 'utf8');
    expect(block).toContain('- replay:\n    file: incidents.csv\n    columns:\n      id: number\n');
    expect(block).toContain('    dates: day-first\n    eventLog: true\n');
  });

  it('prints one JSON document with the history block', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-import-'));
    const file = path.join(folder, 'incidents.csv');
    writeFileSync(file, EVENT_LOG);
    const { status, stdout, stderr } = valueflow('import', file, '--map', MAP, '--event-log', '--json');
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect([report.rows, report.tickets, report.unresolved]).toEqual([4, 2, 1]);
    expect(report.history.leadTime.mean).toBe(3);
    expect(report.history.arrivalsByHourOfWeek[24 + 9]).toBe(1); // Tuesday 09:00, one week
    expect(report.history.arrivalsByHourOfWeek[48 + 10]).toBe(1); // Wednesday 10:00
  });

  it('refuses an ambiguous file without --dates, and a bad mapping, without a stack trace', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-import-'));
    const file = path.join(folder, 'ambiguous.csv');
    writeFileSync(file, 'id,opened\nA,01-02-2024 10:00\n');
    const ambiguous = valueflow('import', file, '--map', 'id=id,opened=opened');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('every date reads both day-first and month-first');
    expect(ambiguous.stderr).not.toContain('    at ');
    expect(valueflow('import', file, '--map', 'id=id,opened=opened', '--dates', 'month-first').status).toBe(
      0,
    );
    const bad = valueflow('import', file, '--map', 'ident=id', '--dates', 'sideways');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--map takes field=column with a field among id, opened, resolved');
    expect(bad.stderr).toContain('--map must name the opened column');
    expect(bad.stderr).toContain('--dates must be one of iso, day-first, month-first, got "sideways"');
  });
});

describe('valueflow run with a replayed export', () => {
  it('puts the history block beside metrics in its JSON and beside the simulated figures in its summary', () => {
    const scenario = path.join(library, 'incident-history.yaml');
    const json = valueflow('run', scenario, '--reps', '2', '--workers', '1', '--json');
    expect(json.status, json.stderr).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(Object.keys(document).slice(0, 5)).toEqual(['scenario', 'seed', 'reps', 'metrics', 'history']);
    const history = document.history;
    expect(Object.keys(history)).toEqual([
      'source',
      'tickets',
      'unresolved',
      'leadTime',
      'leadTimeHistogram',
      'arrivalsByHourOfWeek',
      'resolvedWithoutReassignment',
      'reassignments',
    ]);
    expect(history.source).toBe('incident-history.csv');
    expect(Object.keys(history.leadTime)).toEqual(['unit', 'mean', 'p50', 'p85', 'p95']);
    expect(history.leadTimeHistogram.scheme).toEqual(document.distributions.leadTime.scheme);
    expect(history.arrivalsByHourOfWeek).toHaveLength(168);
    expect(Object.keys(history.reassignments)).toEqual(['0', '1', '2', '3', '4+']);
    // Every replayed ticket is offered and, run until drained, finished.
    expect(document.metrics.utilisation.withDemand.untilHours).toBeGreaterThan(0);
    expect(document.openAtEnd.mean).toBe(0);
    const text = valueflow('run', scenario, '--reps', '2', '--workers', '1');
    expect(text.stdout).toContain('History of incident-history.csv: 150 tickets, 5 never resolved');
    expect(text.stdout).toMatch(/\nsimulated\s+\d/);
    expect(text.stdout).toContain('Utilisation while demand arrived');
  });
});
