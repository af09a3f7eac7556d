// Validating a document: defaults filled in engine units, and each kind of mistake reported as a problem
// with its path, what was expected and found, and for a misspelt name the name meant.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateDocument } from '../../../scenarios/schema/validateDocument.ts';
import { MINIMAL_SCENARIO, scenarioText } from '../build/scenarioText.ts';

function problemsOf(changes: Record<string, unknown>) {
  const outcome = validateDocument(parse(scenarioText(changes)));
  if (outcome.ok) throw new Error('expected problems, the document is valid');
  return outcome.problems;
}

function documentOf(changes: Record<string, unknown> = {}) {
  const outcome = validateDocument(parse(scenarioText(changes)));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.document;
}

describe('validateDocument defaults', () => {
  it('fills the run defaults of the format in hours: 52 weeks, no warm-up, 20 replications, seed 1', () => {
    expect(documentOf().run).toEqual({
      length: 52 * 168,
      warmUp: 0,
      replications: 20,
      seed: 1,
      until: 'length',
      sampleEvery: 24,
      recordItems: true,
    });
  });

  it('fills triage and best-skilled assignment, and the 4 x 4 priority matrix', () => {
    const document = documentOf();
    expect(document.policies).toEqual({ queueOrder: 'triage', assignment: 'bestSkilled' });
    expect(document.priorityMatrix).toEqual([
      [1, 2, 3, 4],
      [2, 3, 4, 4],
      [3, 4, 4, 4],
      [4, 4, 4, 4],
    ]);
  });

  it("fills each preset shape's own defaults, as the engine applies them", () => {
    const preset = (shape: string, skills: string[]) => ({
      name: shape,
      preset: { shape, skills, count: 1 },
    });
    const teams = documentOf({
      teams: [
        preset('T', ['A', 'B', 'C']),
        preset('Pi', ['A', 'B']),
        preset('comb', ['A', 'B', 'C']),
        preset('generalist', ['A', 'B']),
      ],
    }).teams.map((team) => team.preset);
    expect(teams).toEqual([
      { shape: 'T', skills: ['A', 'B', 'C'], count: 1, knowledgeableIn: 2 },
      { shape: 'Pi', skills: ['A', 'B'], count: 1, knowledgeableIn: 0, arrangement: 'chain' },
      { shape: 'comb', skills: ['A', 'B', 'C'], count: 1, knowledgeableIn: 0, expertIn: 3 },
      { shape: 'generalist', skills: ['A', 'B'], count: 1, generalistLevel: 'knowledgeable' },
    ]);
  });

  it('fills office hours of 09:00-17:00 Monday to Friday for an empty businessHours', () => {
    expect(documentOf({ calendars: { office: { businessHours: {} } } }).calendars?.office).toEqual({
      businessHours: { start: 9, end: 17, days: [0, 1, 2, 3, 4] },
      timeZoneOffset: 0,
      absences: [],
    });
  });

  it('reads gates, SLA targets and answer targets into hours', () => {
    const document = documentOf({
      valueStreams: [
        {
          name: 'stream',
          steps: [{ name: 'do', teams: ['desk'], skill: 'A', gate: { every: '1w', at: 'Thu 10:00' } }],
        },
      ],
      sla: { P1: '4h', P3: '1d' },
      serviceDesks: [{ valueStream: 'stream', step: 'do', answerTarget: '30s' }],
    });
    expect(document.valueStreams[0]?.steps[0]?.gate).toEqual({ every: 168, at: 82 });
    expect(document.sla).toEqual({ P1: 4, P3: 24 });
    expect(document.serviceDesks?.[0]?.answerTarget).toBeCloseTo(30 / 3600, 15);
  });
});

describe('validateDocument problems', () => {
  it('reports an unknown key with the known keys and the one meant', () => {
    expect(problemsOf({ run: { warmup: '1w' } })).toEqual([
      {
        path: ['run', 'warmup'],
        message: 'unknown key',
        expected: 'one of length, warmUp, replications, seed, until, sampleEvery, recordItems',
        received: '"warmup"',
        suggestion: 'warmUp',
      },
    ]);
  });

  it('reports a missing required key', () => {
    const { question: _question, ...withoutQuestion } = MINIMAL_SCENARIO;
    const outcome = validateDocument(withoutQuestion);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      { path: ['question'], message: 'missing', expected: 'text' },
    ]);
  });

  it('reports a value of the wrong type with what was found', () => {
    expect(problemsOf({ run: { replications: 'many' } })).toEqual([
      { path: ['run', 'replications'], message: 'wrong type', expected: 'a number', received: '"many"' },
    ]);
  });

  it('reports a bare number where a duration belongs, saying to write the unit', () => {
    expect(problemsOf({ run: { warmUp: 2 } })[0]).toMatchObject({
      path: ['run', 'warmUp'],
      message: 'a duration needs a unit: write "2h" or "2m", not 2',
      received: '2',
    });
  });

  it('reports a misspelt distribution family once, with the family meant', () => {
    const problems = problemsOf({
      workTypes: [{ name: 'work', valueStream: 'stream', effort: { A: { exponental: { mean: '1h' } } } }],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: ['workTypes', 0, 'effort', 'A', 'exponental'],
        suggestion: 'exponential',
      }),
    ]);
  });

  it('reports a distribution given two parameter sets, or none', () => {
    const effort = (parameters: Record<string, unknown>) => ({
      workTypes: [{ name: 'work', valueStream: 'stream', effort: { A: { exponential: parameters } } }],
    });
    expect(problemsOf(effort({ mean: '1h', rate: '2/h' }))[0]).toMatchObject({
      path: ['workTypes', 0, 'effort', 'A', 'exponential'],
      message: 'exponential mixes parameter sets',
      expected: 'either { mean } or { rate }',
      received: '{ mean, rate }',
    });
    expect(problemsOf(effort({}))[0]).toMatchObject({ message: 'exponential is missing parameters' });
  });

  it('tells the alternatives of a union apart by the type of the value', () => {
    const patience = (value: unknown) =>
      problemsOf({ workTypes: [{ name: 'work', valueStream: 'stream', patience: value }] });
    expect(patience(10)[0]).toMatchObject({
      path: ['workTypes', 0, 'patience'],
      message: expect.stringContaining('write "10h"'),
    });
    expect(patience({ uniform: { min: '2h', max: '1h' } })[0]).toMatchObject({
      path: ['workTypes', 0, 'patience', 'uniform', 'max'],
      message: 'must be above min',
    });
    expect(patience(true)[0]).toMatchObject({ message: 'wrong type', received: 'true' });
  });

  it('reports an unknown value with the one meant', () => {
    expect(problemsOf({ policies: { assignment: 'bestskilled' } })[0]).toMatchObject({
      path: ['policies', 'assignment'],
      message: 'unknown value',
      suggestion: 'bestSkilled',
    });
  });

  it('checks calendars as the engine would: an end before its start', () => {
    expect(problemsOf({ calendars: { office: { businessHours: { start: 18, end: 9 } } } })[0]).toMatchObject({
      path: ['calendars', 'office', 'businessHours', 'end'],
      expected: '> start (18)',
    });
  });

  it('refuses a warm-up as long as the run, a gate outside its period and overlapping weekly stretches', () => {
    expect(problemsOf({ run: { length: '1w', warmUp: '1w' } })[0]).toMatchObject({ path: ['run', 'warmUp'] });
    expect(
      problemsOf({
        valueStreams: [
          {
            name: 'stream',
            steps: [{ name: 'do', teams: ['desk'], skill: 'A', gate: { every: '1d', at: '1d' } }],
          },
        ],
      })[0],
    ).toMatchObject({ path: ['valueStreams', 0, 'steps', 0, 'gate', 'at'] });
    const stretch = (start: number, end: number) => ({ day: 'Mon', start, end, rate: '1/h' });
    expect(
      problemsOf({
        workTypes: [
          {
            name: 'work',
            valueStream: 'stream',
            arrivals: [{ profiled: { weekly: [stretch(8, 12), stretch(11, 14)] } }],
          },
        ],
      })[0],
    ).toMatchObject({
      path: ['workTypes', 0, 'arrivals', 0, 'profiled', 'weekly', 1],
      message: 'overlaps weekly stretch 1',
    });
  });

  it('refuses SLA keys that are not priorities, with the spelling meant', () => {
    expect(problemsOf({ sla: { p1: '4h' } })[0]).toMatchObject({ path: ['sla', 'p1'], suggestion: 'P1' });
  });

  it('refuses a backlog of an unknown work type, and drained runs or forecasts without a backlog', () => {
    expect(problemsOf({ backlog: [{ workType: 'wrok', count: 5 }] })[0]).toMatchObject({
      path: ['backlog', 0, 'workType'],
      suggestion: 'work',
    });
    expect(problemsOf({ run: { until: 'drained' } })[0]).toMatchObject({ path: ['run', 'until'] });
    expect(problemsOf({ forecast: { doneBy: ['30d'] } })[0]).toMatchObject({ path: ['forecast'] });
  });

  it('refuses variants named like the baseline or like each other, and variants that change the question', () => {
    const problems = problemsOf({
      variants: [
        { name: 'minimal' },
        { name: 'faster' },
        { name: 'faster' },
        { name: 'other', question: 'why?' },
      ],
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      ['variants', 3, 'question'],
      ['variants', 0, 'name'],
      ['variants', 2, 'name'],
    ]);
  });

  it('refuses a preset so large that it would exhaust memory', () => {
    expect(
      problemsOf({ teams: [{ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 5_000_000 } }] })[0],
    ).toMatchObject({
      path: ['teams', 0, 'preset', 'count'],
      message: 'too large',
    });
  });
});

describe('validateDocument value fields', () => {
  it('reads a value life into hours and fills no adoption shortfall, no penalties and no ticket charge', () => {
    const document = documentOf({
      workTypes: [{ name: 'work', valueStream: 'stream', valuePerHour: 50, valueLife: '90d' }],
    });
    expect(document.workTypes[0]).toMatchObject({
      valuePerHour: 50,
      valueLife: 90 * 24,
      adoptionShortfall: 0,
      slaBreachPenalty: 0,
      reworkPenalty: 0,
    });
    expect(document.teams[0]?.costPerTicket).toBe(0);
  });

  it('accepts a shortfall, penalties, a charge per ticket, a cost per hour and a service value rate', () => {
    const document = documentOf({
      teams: [
        {
          name: 'desk',
          costPerTicket: 25,
          preset: { shape: 'I', skills: ['A'], count: 2, costPerHour: 60 },
        },
      ],
      workTypes: [
        {
          name: 'work',
          valueStream: 'stream',
          valueLife: '1w',
          adoptionShortfall: 0.2,
          slaBreachPenalty: 500,
          reworkPenalty: 120,
          service: { name: 'mail', impact: 1 },
        },
      ],
      services: [{ name: 'mail', valuePerHour: 400 }],
    });
    expect(document.workTypes[0]).toMatchObject({
      valueLife: 168,
      adoptionShortfall: 0.2,
      slaBreachPenalty: 500,
      reworkPenalty: 120,
    });
    expect(document.teams[0]).toMatchObject({ costPerTicket: 25, preset: { costPerHour: 60 } });
    expect(document.services).toEqual([{ name: 'mail', valuePerHour: 400 }]);
  });

  it('refuses a value life of zero or without a unit, naming the field', () => {
    const valueLife = (value: unknown) =>
      problemsOf({ workTypes: [{ name: 'work', valueStream: 'stream', valueLife: value }] });
    expect(valueLife('0d')).toEqual([
      {
        path: ['workTypes', 0, 'valueLife'],
        message: 'must be longer than 0',
        expected: 'a duration longer than 0, such as "15m", "2h", "1d 4h" or "1w"',
        received: '"0d"',
      },
    ]);
    expect(valueLife(0)[0]).toMatchObject({
      path: ['workTypes', 0, 'valueLife'],
      message: 'must be longer than 0',
    });
    expect(valueLife(90)[0]).toMatchObject({
      path: ['workTypes', 0, 'valueLife'],
      message: 'a duration needs a unit: write "90h" or "90m", not 90',
    });
  });

  it('refuses an adoption shortfall above 1, negative penalties and a negative charge per ticket', () => {
    const problems = problemsOf({
      teams: [{ name: 'desk', costPerTicket: -2, preset: { shape: 'I', skills: ['A'], count: 2 } }],
      workTypes: [
        {
          name: 'work',
          valueStream: 'stream',
          adoptionShortfall: 1.5,
          slaBreachPenalty: -500,
          reworkPenalty: -1,
        },
      ],
    });
    expect(problems).toEqual([
      {
        path: ['teams', 0, 'costPerTicket'],
        message: 'too small',
        expected: 'a number >= 0',
        received: '-2',
      },
      {
        path: ['workTypes', 0, 'adoptionShortfall'],
        message: 'too large',
        expected: 'a number <= 1',
        received: '1.5',
      },
      {
        path: ['workTypes', 0, 'slaBreachPenalty'],
        message: 'too small',
        expected: 'a number >= 0',
        received: '-500',
      },
      {
        path: ['workTypes', 0, 'reworkPenalty'],
        message: 'too small',
        expected: 'a number >= 0',
        received: '-1',
      },
    ]);
  });

  it('refuses a negative service value rate, a negative cost per hour and an incident impact outside [0, 1]', () => {
    const problems = problemsOf({
      teams: [{ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 2, costPerHour: -60 } }],
      workTypes: [{ name: 'work', valueStream: 'stream', service: { name: 'mail', impact: 1.5 } }],
      services: [{ name: 'mail', valuePerHour: -400 }],
    });
    expect(problems.map(({ path, message, received }) => ({ path, message, received }))).toEqual([
      { path: ['teams', 0, 'preset', 'costPerHour'], message: 'too small', received: '-60' },
      { path: ['workTypes', 0, 'service', 'impact'], message: 'too large', received: '1.5' },
      { path: ['services', 0, 'valuePerHour'], message: 'too small', received: '-400' },
    ]);
    expect(
      problemsOf({
        workTypes: [{ name: 'work', valueStream: 'stream', service: { name: 'mail', impact: -0.1 } }],
      })[0],
    ).toMatchObject({
      path: ['workTypes', 0, 'service', 'impact'],
      message: 'too small',
      expected: 'a number >= 0',
    });
  });

  it('names the value field meant for a misspelt one', () => {
    expect(
      problemsOf({ workTypes: [{ name: 'work', valueStream: 'stream', valuLife: '90d' }] })[0],
    ).toMatchObject({
      path: ['workTypes', 0, 'valuLife'],
      message: 'unknown key',
      suggestion: 'valueLife',
    });
    expect(
      problemsOf({
        teams: [{ name: 'desk', costPerTickets: 5, preset: { shape: 'I', skills: ['A'], count: 2 } }],
      })[0],
    ).toMatchObject({ path: ['teams', 0, 'costPerTickets'], suggestion: 'costPerTicket' });
  });
});
