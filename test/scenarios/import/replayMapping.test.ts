// A replay's mapping in a scenario file: an export's problems located at the mapping's line and column,
// the mapping's fields refused where they do not belong, and the loader's warnings (said once however
// many work types replay the file), including a ticket CSV's misspelt column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, ScenarioError } from '../../../scenarios/index.ts';

function load(files: Readonly<Record<string, string>>, yaml: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-mapping-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return loadScenarioText(yaml, path.join(folder, 'scenario.yaml'));
}

function problemsOf(files: Readonly<Record<string, string>>, yaml: string): string[] {
  try {
    load(files, yaml);
  } catch (error) {
    if (error instanceof ScenarioError) {
      return error.problems.map(
        (problem) => `${problem.line}:${problem.column} ${problem.path.join('.')}: ${problem.message}`,
      );
    }
    throw error;
  }
  return [];
}

const scenario = (replay: string) => `name: mapped
question: Is the mapping read?
teams: [{ name: fixers, preset: { shape: I, skills: [fix], count: 2 } }]
valueStreams: [{ name: repair, steps: [{ name: fix, teams: [fixers], skill: fix }] }]
workTypes:
  - name: incident
    valueStream: repair
    effort: { fix: 1h }
    arrivals:
      - replay:
${replay}
  - name: request
    valueStream: repair
    effort: { fix: 1h }
    arrivals:
      - replay:
${replay}
`;

const EXPORT =
  'number,opened_at,category\nA,05-02-2024 09:00,Network\nA,05-02-2024 09:00,Network\nB,13-02-2024 10:00,Access\n';

describe('a replay mapping in a scenario file', () => {
  it('replays each work type its own tickets by the types map, and warns once about repeated ids', () => {
    const loaded = load(
      { 'export.csv': EXPORT },
      scenario(`          file: export.csv
          columns: { id: number, opened: opened_at, type: category }
          types: { Network: incident, Access: request }`),
    );
    const [incident, request] = loaded.baseline.model.definition.workTypes;
    const rowCounts = (sources = incident?.arrivals ?? []) =>
      sources.map((source) => ('rowCount' in source ? source.rowCount : undefined));
    expect(rowCounts(incident?.arrivals)).toEqual([2]);
    expect(rowCounts(request?.arrivals)).toEqual([1]);
    expect(loaded.warnings).toEqual([
      'export.csv: line 3: repeats a ticket id already seen: if each row is an update of a ticket, set eventLog: true',
    ]);
    expect(loaded.baseline.history?.tickets).toBe(3);
  });

  it("locates a misspelt column at the mapping's own line and column", () => {
    expect(
      problemsOf(
        { 'export.csv': EXPORT },
        scenario(`          file: export.csv
          columns: { id: numbr, opened: opened_at }`),
      )[0],
    ).toBe(
      '12:26 workTypes.0.arrivals.0.replay.columns.id: export.csv: columns.id names "numbr", which the header does not have (did you mean "number"?); the header has "number", "opened_at", "category"',
    );
  });

  it('refuses the mapping fields without columns, timeUnit with columns, and eventLog without an id', () => {
    const problems = problemsOf(
      { 'export.csv': EXPORT },
      scenario(`          file: export.csv
          dates: day-first`),
    );
    expect(problems[0]).toMatch(/replay\.dates: maps an export's columns: it needs columns/);
    const eventLog = problemsOf(
      { 'export.csv': EXPORT },
      scenario(`          file: export.csv
          columns: { opened: opened_at }
          eventLog: true`),
    );
    expect(eventLog[0]).toMatch(/replay\.eventLog: groups rows by ticket id: name the id column/);
  });

  it("warns about a ticket CSV's column close to a known one", () => {
    const loaded = load(
      { 'tickets.csv': 'timestamp,type,priorty\n1,incident,2\n2,request,3\n' },
      scenario('          file: tickets.csv'),
    );
    expect(loaded.warnings).toEqual(['tickets.csv: column "priorty" is not read: did you mean "priority"?']);
    expect(loaded.baseline.history).toBeUndefined();
  });

  it('warns about a header-only ticket CSV: zero tickets', () => {
    const loaded = load({ 'tickets.csv': 'timestamp,type\n' }, scenario('          file: tickets.csv'));
    expect(loaded.warnings).toEqual([
      'tickets.csv: the file has a header but no tickets: nothing is replayed',
    ]);
  });
});
