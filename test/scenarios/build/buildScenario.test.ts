// A scenario document built into the engine's definition: calendars, teams and elastic capacity, steps,
// work-type rules, policies, SLA targets and service desks, with hand-computed hours, and the run settings.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { scenarioText, workTypeText } from './scenarioText.ts';

function definitionOf(text: string) {
  return loadScenarioText(text, 'build.yaml').baseline.definition;
}

describe('calendars', () => {
  const calendarsOf = (calendars: Record<string, unknown>) =>
    definitionOf(
      scenarioText({ calendars, teams: [{ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 2 } }] }),
    ).calendars!;

  it('builds office hours, night shifts, cycles, rotas and 24x7 with their hours per week', () => {
    const calendars = calendarsOf({
      office: { businessHours: { start: '08:30', end: 17, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] } },
      nights: {
        weekly: [
          { day: 'Mon', start: 22, end: 30 },
          { day: 'Tue', start: 22, end: 30 },
        ],
      },
      lateShift: { cycle: { length: '1d', intervals: [{ start: '14h', end: '22h' }] } },
      fourOnFourOff: { rota: { daysOn: 4, daysOff: 4, start: 7, end: 19, firstDay: 'Fri' } },
      always: 'always',
    });
    expect(calendars.office?.hoursPerWeek).toBeCloseTo(5 * 8.5, 9);
    expect(calendars.nights?.hoursPerWeek).toBeCloseTo(16, 9);
    expect(calendars.lateShift?.hoursPerWeek).toBeCloseTo(56, 9);
    expect(calendars.fourOnFourOff?.hoursPerCycle).toBeCloseTo(48, 9);
    expect(calendars.fourOnFourOff?.isWorking(4 * 24 + 8)).toBe(true); // Friday 08:00, its first day
    expect(calendars.fourOnFourOff?.isWorking(8)).toBe(false); // Monday 08:00, a day off
    expect(calendars.always?.alwaysWorking).toBe(true);
  });

  it('applies a time zone and absences', () => {
    const calendars = calendarsOf({
      india: { businessHours: {}, timeZoneOffset: 5.5 },
      leave: { businessHours: {}, absences: [{ start: '1d', end: '2d' }] },
      leftForGood: { always: true, absences: [{ start: '1w' }] },
    });
    expect(calendars.india?.nextStart(0)).toBeCloseTo(3.5, 9); // 09:00 in India is 03:30 on the model clock
    expect(calendars.leave?.addWorkingHours(16, 3)).toBeCloseTo(59, 9); // Monday 16:00 + 3 h skips Tuesday
    expect(calendars.leftForGood?.isWorking(100)).toBe(true);
    expect(calendars.leftForGood?.nextStart(200)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('teams', () => {
  it("turns a team's elastic capacity into the definition's elastic rule by team name", () => {
    const definition = definitionOf(
      scenarioText({
        teams: [
          {
            name: 'desk',
            handoverAtShiftEnd: true,
            preset: { shape: 'I', skills: ['A'], count: 2 },
            people: [{ name: 'contractor', skills: { A: 'expert' }, onCall: true, costPerHour: 120 }],
            elastic: { queueAbove: 8, queueBelow: 2, joinDelay: '30m' },
          },
        ],
      }),
    );
    expect(definition.elastic?.desk).toMatchObject({
      queueAbove: 8,
      queueBelow: 2,
      joinDelayHours: 0.5,
      costMultiplier: 1.5,
    });
    expect(definition.teams[0]).toMatchObject({
      name: 'desk',
      handoverAtShiftEnd: true,
      people: [{ name: 'contractor', onCall: true }],
    });
  });
});

describe('value streams', () => {
  it('builds gates in hours, blocking, rework, exits and skips', () => {
    const definition = definitionOf(
      scenarioText({
        valueStreams: [
          {
            name: 'stream',
            steps: [
              { name: 'log', teams: ['desk'], skill: 'A', exitWhen: 'firstLineResolvable', effort: '10m' },
              {
                name: 'fix',
                teams: ['desk'],
                skill: 'A',
                rework: { probability: 0.2, toStep: 'log' },
                wipLimit: 5,
                gate: { every: '1w', at: 'Thu 10:00' },
                blocking: { probability: 0.1, duration: { exponential: { mean: '4h' } } },
                exitProbability: 0.1,
                exitDelivers: false,
                skipWhen: 'simple',
                restoresValue: true,
              },
            ],
          },
        ],
        workTypes: [{ name: 'work', valueStream: 'stream', attributes: { simple: 0.3 } }],
      }),
    );
    const [log, fix] = definition.valueStreams[0]!.steps;
    expect(log).toMatchObject({ exitWhen: 'firstLineResolvable', effort: { kind: 'constant', mean: 1 / 6 } });
    expect(fix).toMatchObject({
      rework: { probability: 0.2, toStep: 'log' },
      wipLimit: 5,
      gate: { every: 168, at: 82 },
      blocking: { probability: 0.1, duration: { kind: 'exponential', mean: 4 } },
      exitProbability: 0.1,
      exitDelivers: false,
      skipWhen: 'simple',
      restoresValue: true,
    });
  });
});

describe('tiered support', () => {
  const tieredText = (workType: Record<string, unknown>) =>
    scenarioText({
      teams: [
        { name: 'desk', preset: { shape: 'I', skills: ['A'], count: 2 } },
        { name: 'vendor', preset: { shape: 'I', skills: ['A'], count: 1 } },
      ],
      valueStreams: [
        {
          name: 'stream',
          steps: [
            { name: 'first line', teams: ['desk'], skill: 'A' },
            {
              name: 'vendor fix',
              teams: ['vendor'],
              skill: 'A',
              onlyWhen: 'vendor',
              handoffDelay: '2h',
              rediagnosisEffort: { exponential: { mean: '15m' } },
              misrouting: { probability: 0.1, bounceEffort: '30m' },
            },
            { name: 'apps fix', teams: ['desk'], skill: 'A', onlyWhen: 'apps' },
          ],
        },
      ],
      workTypes: [
        {
          name: 'work',
          valueStream: 'stream',
          arrivals: [{ poisson: { rate: '1/h' } }],
          effort: { A: { exponential: { mean: '30m' } } },
          ...workType,
        },
      ],
    });

  it('builds needs, onlyWhen, the handoff delay and re-diagnosis in hours', () => {
    const definition = definitionOf(tieredText({ needs: { vendor: 0.25, apps: 0.25 } }));
    expect(definition.workTypes[0]?.needs).toEqual({ vendor: 0.25, apps: 0.25 });
    expect(definition.workTypes[0]?.firstLineResolvable).toBeUndefined();
    expect(definition.valueStreams[0]?.steps[1]).toMatchObject({
      onlyWhen: 'vendor',
      handoffDelay: { kind: 'constant', mean: 2 },
      rediagnosisEffort: { kind: 'exponential', mean: 0.25 },
      misrouting: { probability: 0.1, bounceEffort: { kind: 'constant', mean: 0.5 } },
    });
  });

  it('builds problem management and refuses an unknown problem type at its line', () => {
    const text = (problemType: string) =>
      scenarioText({
        valueStreams: [
          { name: 'stream', steps: [{ name: 'do', teams: ['desk'], skill: 'A' }] },
          { name: 'problems', steps: [{ name: 'analyse', teams: ['desk'], skill: 'A' }] },
        ],
        workTypes: [
          {
            name: 'work',
            valueStream: 'stream',
            arrivals: [{ poisson: { rate: '1/h' } }],
            effort: { A: '30m' },
            firstLineResolvable: 0.5,
            problems: { raiseAfter: 20, problemType, knownErrorEffect: 0.4 },
          },
          { name: 'problem', valueStream: 'problems', effort: { A: '8h' } },
        ],
      });
    expect(definitionOf(text('problem')).workTypes[0]?.problems).toEqual({
      raiseAfter: 20,
      problemType: 'problem',
      knownErrorEffect: 0.4,
    });
    expect(() => definitionOf(text('problme'))).toThrow(/problems\.problemType "problme" is not a work type/);
  });

  it('builds parties with their handoff delays, and refuses a team naming an undeclared party', () => {
    const text = (party: string) =>
      scenarioText({
        parties: { 'IT operations': {}, vendor: { handoffDelay: '4h' } },
        teams: [{ name: 'desk', party, preset: { shape: 'I', skills: ['A'], count: 2 } }],
      });
    const definition = definitionOf(text('vendor'));
    expect(definition.parties?.vendor?.handoffDelay).toMatchObject({ kind: 'constant', mean: 4 });
    expect(definition.teams[0]?.party).toBe('vendor');
    expect(() => definitionOf(text('vendr'))).toThrow(/party "vendr" is not one of the model's parties/);
  });

  it('refuses needs that add up to more than 1, and a share beside them, at their lines', () => {
    const problemsOf = (text: string): string[] => {
      try {
        loadScenarioText(text, 'tiers.yaml');
      } catch (error) {
        return (
          (error as { problems?: { path: (string | number)[] }[] }).problems?.map((problem) =>
            problem.path.join('.'),
          ) ?? [String(error)]
        );
      }
      return [];
    };
    expect(problemsOf(tieredText({ needs: { vendor: 0.7, apps: 0.6 } }))).toEqual(['workTypes.0.needs']);
    expect(problemsOf(tieredText({ needs: { vendor: 0.5, apps: 0 }, firstLineResolvable: 0.4 }))).toEqual([
      'workTypes.0.firstLineResolvable',
    ]);
    expect(problemsOf(tieredText({ needs: { vendor: 1.5, apps: 0 } }))).toEqual(['workTypes.0.needs.vendor']);
  });
});

describe('work types', () => {
  it('builds the deadline in hours, patience, the service and the demand rules', () => {
    const definition = definitionOf(
      `${workTypeText({
        category: 'incident',
        deadline: '2w',
        patience: { exponential: { mean: '10m' } },
        service: { name: 'mail', impact: 0.5 },
        attributes: { simple: 0.3 },
        classOfServiceWeights: { standard: 3, expedite: 1 },
        intake: { perRequester: 2, perPeriod: { count: 50, period: '1w' } },
        deferral: { cutoffHour: 16, releaseHour: '08:00', workingDays: ['Mon', 'Tue'] },
        automation: { share: 0.2, duration: '5m' },
      })}services: [{ name: mail, valuePerHour: 100 }]\n`,
    );
    const type = definition.workTypes[0]!;
    expect(type).toMatchObject({
      category: 'incident',
      deadlineHours: 336,
      patience: { kind: 'exponential', mean: 1 / 6 },
      service: { name: 'mail', impact: 0.5 },
      attributes: { simple: 0.3 },
      classOfServiceWeights: { standard: 3, expedite: 1 },
      intake: { perRequester: 2, perPeriod: { count: 50, periodHours: 168, scope: 'all' } },
      deferral: { cutoffHour: 16, releaseHour: 8, workingDays: [0, 1] },
      automation: { share: 0.2, durationHours: 1 / 12 },
    });
    expect(type.deferral?.releaseTime(17)).toBe(24 + 8); // Monday 17:00 waits for Tuesday 08:00
  });
});

describe('value', () => {
  it("builds a deliverable's value life in hours, its adoption shortfall and penalties, and a team's charge per ticket", () => {
    const definition = definitionOf(
      scenarioText({
        teams: [
          {
            name: 'desk',
            costPerTicket: 25,
            preset: { shape: 'I', skills: ['A'], count: 2, costPerHour: 60 },
          },
        ],
        workTypes: [
          {
            name: 'feature',
            category: 'feature',
            valueStream: 'stream',
            effort: { A: '1d' },
            valuePerHour: 50,
            valueLife: '90d',
            adoptionShortfall: 0.2,
            slaBreachPenalty: 500,
            reworkPenalty: 120,
          },
        ],
      }),
    );
    expect(definition.workTypes[0]).toMatchObject({
      valuePerHour: 50,
      valueLifeHours: 90 * 24,
      adoptionShortfall: 0.2,
      slaBreachPenalty: 500,
      reworkPenalty: 120,
    });
    expect(definition.teams[0]).toMatchObject({ costPerTicket: 25, preset: { costPerHour: 60 } });
  });

  it('leaves a work type without a value life out of the deliverables', () => {
    const type = definitionOf(workTypeText({ valuePerHour: 50 })).workTypes[0]!;
    expect(type.valueLifeHours).toBeUndefined();
    expect(type).toMatchObject({ adoptionShortfall: 0, slaBreachPenalty: 0, reworkPenalty: 0 });
  });

  it('reports a value life of zero at its line and column, naming the field', () => {
    const text = [
      'name: value',
      'question: Is a value life of zero refused?',
      'teams: [{ name: desk, preset: { shape: I, skills: [A], count: 2 } }]',
      'valueStreams: [{ name: stream, steps: [{ name: do, teams: [desk], skill: A }] }]',
      'workTypes:',
      '  - name: feature',
      '    valueStream: stream',
      '    valuePerHour: 50',
      '    valueLife: 0d',
      '    adoptionShortfall: 1.5',
    ].join('\n');
    expect(() => loadScenarioText(text, 'value.yaml')).toThrow(
      new RegExp(
        [
          '^value.yaml:9:16: workTypes.0.valueLife: must be longer than 0 \\(.*found "0d"\\)',
          'value.yaml:10:24: workTypes.0.adoptionShortfall: too large \\(expected a number <= 1, found 1.5\\)$',
        ].join('\n'),
      ),
    );
  });
});

describe('policies, SLA targets, service desks and the run', () => {
  it('builds queue orders by name and with options, and the assignment policy', () => {
    const orderOf = (queueOrder: unknown) =>
      definitionOf(scenarioText({ policies: { queueOrder, assignment: 'roundRobin' } })).queueOrder?.kind;
    expect(orderOf('shortestFirst')).toBe('shortest-first');
    expect(orderOf({ ageing: { threshold: '1d' } })).toBe('ageing');
    expect(orderOf({ closestToSlaBreach: { expediteFirst: true } })).toBe('closest-to-sla-breach');
    expect(orderOf({ thenBy: ['triage', 'shortestFirst', 'firstInFirstOut'] })).toBe(
      'triage then shortest-first then fifo',
    );
  });

  it('turns SLA targets by priority into hours per priority, none where no target is given', () => {
    const definition = definitionOf(scenarioText({ sla: { P1: '4h', P2: '8h', P4: '3d' } }));
    expect(definition.slaHours).toEqual([4, 8, Number.POSITIVE_INFINITY, 72]);
  });

  it('turns answer targets into hours, keeps no step records and samples as run.sampleEvery says', () => {
    const definition = definitionOf(
      scenarioText({
        serviceDesks: [{ valueStream: 'stream', step: 'do', answerTarget: '30s' }],
        run: { sampleEvery: '4h' },
      }),
    );
    expect(definition.serviceDesks).toEqual([
      { valueStream: 'stream', step: 'do', answerTargetHours: 30 / 3600 },
    ]);
    expect(definition.keepRecords).toBe(false);
    expect(definition.sampleEveryHours).toBe(4);
  });

  it('gives the run settings in hours, with the backlog and the forecast', () => {
    const loaded = loadScenarioText(
      scenarioText({
        run: { length: '26w', warmUp: '2w', replications: 5, seed: 9, until: 'drained', recordItems: false },
        backlog: [{ workType: 'work', count: 60 }],
        forecast: { doneBy: ['4w', '30d'] },
      }),
      'run.yaml',
    );
    expect(loaded.baseline.settings).toEqual({
      hours: 26 * 168,
      warmUpHours: 336,
      replications: 5,
      seed: 9,
      until: 'drained',
      sampleEveryHours: 24,
      recordItems: false,
      backlog: [{ workType: 'work', count: 60 }],
      forecastDoneByHours: [672, 720],
    });
  });
});
