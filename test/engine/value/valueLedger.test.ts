// The value ledger against hand calculations: one person, constant efforts and arrivals at listed times,
// so every figure below follows from the model's numbers by arithmetic written next to it.
import { describe, expect, it } from 'vitest';
import { automationRule } from '../../../engine/model/demand/automationRule.ts';
import { intakeLimit } from '../../../engine/model/demand/intakeLimit.ts';
import { scheduledArrivals } from '../../../engine/model/demand/scheduledArrivals.ts';
import type { WorkTypeDefinition } from '../../../engine/model/index.ts';
import { constant } from '../../../engine/random/index.ts';
import {
  createServiceModel,
  type ReplicationResults,
  runServiceReplication,
  type ServiceModelDefinition,
} from '../../../engine/runner/index.ts';

const hours = (value: number) => constant({ value });

/** One person (cost 50 an hour) who works one step; the work types given; no warm-up. */
function run(
  workTypes: readonly WorkTypeDefinition[],
  runHours: number,
  extra: Partial<ServiceModelDefinition> = {},
): ReplicationResults {
  const model = createServiceModel({
    teams: [{ name: 'team', people: [{ name: 'ana', skills: { work: 'expert' }, costPerHour: 50 }] }],
    valueStreams: [{ name: 'flow', steps: [{ name: 'do', teams: ['team'], skill: 'work' }] }],
    ...extra,
    workTypes,
  });
  return runServiceReplication(model, { seed: 1, replication: 0, hours: runHours, warmUpHours: 0 });
}

/** A feature worth `rate` an hour for `life` hours, arriving at the listed times, taking `effort` hours. */
function feature(
  times: number[],
  effort: number,
  more: Partial<WorkTypeDefinition> = {},
): WorkTypeDefinition {
  return {
    name: 'feature',
    valueStream: 'flow',
    arrivals: [scheduledArrivals({ times })],
    effort: { work: hours(effort) },
    valuePerHour: 10,
    valueLifeHours: 100,
    ...more,
  };
}

function expectBalanced(results: ReplicationResults): void {
  const { value } = results;
  const leaked = Object.values(value.leakage).reduce((sum, part) => sum + part, 0);
  expect(value.potential - value.realised - leaked - value.openAtEnd).toBeCloseTo(0, 9);
  expect(value.balance).toBeCloseTo(0, 9);
  const parts = Object.values(value.delayParts).reduce((sum, part) => sum + part, 0);
  expect(parts).toBeCloseTo(value.leakage.delay, 9);
}

describe('ValueLedger: services and incidents', () => {
  const service = { name: 'mail', valuePerHour: 100 };
  const incident = (times: number[], effort: number, impact: number): WorkTypeDefinition => ({
    name: 'incident',
    category: 'incident',
    valueStream: 'flow',
    arrivals: [scheduledArrivals({ times })],
    effort: { work: hours(effort) },
    service: { name: 'mail', impact },
  });

  it('books an incident of impact 0.5 open 3 hours as 100 x 0.5 x 3 = 150 outage; the rest of 10 hours realised', () => {
    const results = run([incident([2], 3, 0.5)], 10, { services: [service] });
    const { value } = results;
    expect(value.potential).toBeCloseTo(1_000, 9); // 100 an hour x 10 hours
    expect(value.leakage.outage).toBeCloseTo(150, 9);
    expect(value.realised).toBeCloseTo(850, 9);
    expect(value.services).toEqual([
      { name: 'mail', potential: 1_000, realised: 850, outage: 150, abandonment: 0 },
    ]);
    expectBalanced(results);
  });

  it('counts the outage of an incident still open at the end up to the end', () => {
    // Opens at 2, needs 10 hours of work: open from 2 to the end at 6, 4 hours x 0.25 x 100.
    const { value } = run([incident([2], 10, 0.25)], 6, { services: [service] });
    expect(value.leakage.outage).toBeCloseTo(100, 9);
    expect(value.openAtEnd).toBe(0); // a service's value is measured over the window: nothing is open
  });

  it('caps the outage at the whole rate when open shares add up to more than 1', () => {
    // Two incidents of impact 0.75 at 0: the first is worked 0-4, the second waits and is worked 4-8.
    // 0-4 both open: min(1, 1.5) x 100 x 4 = 400; 4-8 one open: 0.75 x 100 x 4 = 300.
    const results = run([incident([0, 0], 4, 0.75)], 10, { services: [service] });
    expect(results.value.leakage.outage).toBeCloseTo(700, 9);
    expectBalanced(results);
  });

  it('moves the outage of an incident whose user gave up to abandonment', () => {
    // Incident A (effort 5) at 0 takes ana; B arrives at 1, impact 0.5, patience 2: leaves at 3.
    // A: 0.5 x 100 x 5 = 250 outage (A and B overlap 1-3: 1.0 of the rate, so no cap yet).
    // B: 0.5 x 100 x 2 = 100, booked to abandonment.
    const results = run(
      [incident([0], 5, 0.5), { ...incident([1], 5, 0.5), name: 'impatient', patience: hours(2) }],
      10,
      { services: [service] },
    );
    expect(results.value.leakage.outage).toBeCloseTo(250, 9);
    expect(results.value.leakage.abandonment).toBeCloseTo(100, 9);
    expect(results.value.services[0]?.abandonment).toBeCloseTo(100, 9);
    expectBalanced(results);
  });

  it('values a service only over the measured window', () => {
    const model = createServiceModel({
      teams: [{ name: 'team', people: [{ name: 'ana', skills: { work: 'expert' } }] }],
      valueStreams: [{ name: 'flow', steps: [{ name: 'do', teams: ['team'], skill: 'work' }] }],
      services: [service],
      workTypes: [incident([2], 6, 1)],
    });
    // Incident open 2-8; window 5-12: 3 hours of it in the window at the full rate.
    const { value } = runServiceReplication(model, { seed: 1, replication: 0, hours: 12, warmUpHours: 5 });
    expect(value.measuredHours).toBe(7);
    expect(value.potential).toBeCloseTo(700, 9);
    expect(value.leakage.outage).toBeCloseTo(300, 9);
  });
});

describe('ValueLedger: deliverables', () => {
  it('books the delay of a feature that waits: rate x (wait + work), waiting part rate x wait', () => {
    // Two features at 0, 4 hours each: the first is worked 0-4, the second waits 0-4 and is worked 4-8.
    // Delay: 10 x 4 (first, worked) + 10 x 8 (second: 4 waiting, 4 worked) = 120.
    // Potential 2 x 10 x 100 = 2 000; by 200 hours both lives are over: realised = 2 000 - 120.
    const results = run([feature([0, 0], 4)], 200);
    const { value } = results;
    expect(value.potential).toBeCloseTo(2_000, 9);
    expect(value.leakage.delay).toBeCloseTo(120, 9);
    expect(value.delayParts.waiting).toBeCloseTo(40, 9);
    expect(value.delayParts.worked).toBeCloseTo(80, 9);
    expect(value.delayParts.handedOver + value.delayParts.blocked + value.delayParts.other).toBeCloseTo(0, 9);
    expect(value.realised).toBeCloseTo(1_880, 9);
    expect(value.openAtEnd).toBe(0);
    expect(value.deliverables).toEqual([
      { type: 'feature', items: 2, potential: 2_000, realised: 1_880, delay: 120, openAtEnd: 0 },
    ]);
    expectBalanced(results);
  });

  it('shows a wait after a hand-over as its own part of delay', () => {
    // Builder: A 0-2, B 2-4. Tester: A 2-5; B, built at 4, waits for the tester 4-5 and is tested 5-8.
    // A: 5 hours worked (50). B: 2 waiting (20), 2 + 3 worked (50), 1 handed over (10).
    const model = createServiceModel({
      teams: [
        { name: 'builders', people: [{ name: 'bo', skills: { build: 'expert' } }] },
        { name: 'testers', people: [{ name: 'tia', skills: { test: 'expert' } }] },
      ],
      valueStreams: [
        {
          name: 'flow',
          steps: [
            { name: 'build', teams: ['builders'], skill: 'build' },
            { name: 'test', teams: ['testers'], skill: 'test' },
          ],
        },
      ],
      workTypes: [{ ...feature([0, 0], 0), effort: { build: hours(2), test: hours(3) } }],
    });
    const results = runServiceReplication(model, { seed: 1, replication: 0, hours: 168, warmUpHours: 0 });
    const { value } = results;
    expect(value.delayParts).toEqual({ waiting: 20, handedOver: 10, worked: 100, blocked: 0, other: 0 });
    expect(value.leakage.delay).toBeCloseTo(130, 9);
    const [investment, fast, resilient, coCreated, conformance] = value.objectives;
    expect(investment).toMatchObject({ objective: 'valuable investment', value: 2_000 }); // one week
    expect(fast?.value).toBeCloseTo(130 / 2_000, 12);
    expect(resilient).toMatchObject({ objective: 'resilient operations', value: null }); // no services
    expect(coCreated?.value).toBe(0);
    expect(conformance?.value).toBe(0);
    for (const score of value.objectives) expect(score.measure.length).toBeGreaterThan(20);
    expectBalanced(results);
  });

  it('books the life after the end of the run as open at end, delivered or not', () => {
    // Three features at 0, 4 hours each, worked 0-4, 4-8 and 8-12; the run ends at 10.
    const results = run([feature([0, 0, 0], 4)], 10);
    const { value } = results;
    // First: delay 10 x 4, flowed 6 h (60), open 90 h (900). Second: delay 10 x 8, flowed 2 h (20),
    // open 900. Third, undelivered: delay so far 10 x 10, open 10 x 90 = 900.
    expect(value.potential).toBeCloseTo(3_000, 9);
    expect(value.realised).toBeCloseTo(80, 9);
    expect(value.leakage.delay).toBeCloseTo(40 + 80 + 100, 9);
    expect(value.openAtEnd).toBeCloseTo(2_700, 9);
    expectBalanced(results);
  });

  it('books a whole life as delay when the feature is delivered after its value life ended', () => {
    // Life 3 hours, effort 5: delivered at 5, nothing flows; potential 10 x 3 = 30, all delay.
    const results = run([feature([0], 5, { valueLifeHours: 3 })], 20);
    expect(results.value.leakage.delay).toBeCloseTo(30, 9);
    expect(results.value.realised).toBe(0);
    expectBalanced(results);
  });

  it("books an abandoned feature's whole potential as abandonment", () => {
    // The first feature takes ana 0-4; the second (patience 1) gives up at 1: 10 x 100 = 1 000.
    const results = run(
      [feature([0], 4), { ...feature([0], 4), name: 'impatient', patience: hours(1) }],
      200,
    );
    expect(results.value.leakage.abandonment).toBeCloseTo(1_000, 9);
    expect(results.value.leakage.delay).toBeCloseTo(40, 9);
    expect(results.value.potential).toBeCloseTo(2_000, 9);
    expectBalanced(results);
  });

  it("books a refused feature's whole potential as refused", () => {
    // One requester, at most one open item: the second feature at 1 is turned away while the first is open.
    const results = run(
      [feature([0, 1], 4, { requesters: 1, intake: intakeLimit({ perRequester: 1 }) })],
      200,
    );
    expect(results.windowConservation.refused).toBe(1);
    expect(results.value.leakage.refused).toBeCloseTo(1_000, 9);
    expectBalanced(results);
  });

  it('books a feature that leaves by an exit as stopped', () => {
    const model = createServiceModel({
      teams: [{ name: 'team', people: [{ name: 'ana', skills: { work: 'expert' } }] }],
      valueStreams: [
        {
          name: 'flow',
          steps: [
            { name: 'review', teams: ['team'], skill: 'work', exitWhen: 'dropped', exitDelivers: false },
            { name: 'build', teams: ['team'], skill: 'work' },
          ],
        },
      ],
      workTypes: [{ ...feature([0], 2), attributes: { dropped: 1 } }],
    });
    const { value } = runServiceReplication(model, { seed: 1, replication: 0, hours: 200, warmUpHours: 0 });
    expect(value.leakage.stopped).toBeCloseTo(1_000, 9);
    expect(value.realised).toBe(0);
  });

  it("starts an automated feature's value when its automation is done, and cuts it at the end", () => {
    // Automated at 0, takes 2 hours without anyone: delay 10 x 2 = 20, flows 2-30 (280), open 70 h (700).
    const results = run(
      [feature([0], 4, { automation: automationRule({ share: 1, durationHours: 2 }) })],
      30,
    );
    expect(results.value.leakage.delay).toBeCloseTo(20, 9);
    expect(results.value.realised).toBeCloseTo(280, 9);
    expect(results.value.openAtEnd).toBeCloseTo(700, 9);
    expectBalanced(results);
  });

  it('books an automated feature still running at the end as delay so far and open after', () => {
    // Automated at 0, takes 5 hours; the run ends at 3: delay 30, open 970.
    const results = run([feature([0], 4, { automation: automationRule({ share: 1, durationHours: 5 }) })], 3);
    expect(results.value.leakage.delay).toBeCloseTo(30, 9);
    expect(results.value.openAtEnd).toBeCloseTo(970, 9);
    expectBalanced(results);
  });

  it('books the adoption shortfall of value that flowed as poor adoption', () => {
    // Delivered at 4; by 50, 46 hours flowed (460): 20% never used (92), 368 realised; 500 open.
    const results = run([feature([0], 4, { adoptionShortfall: 0.2 })], 50);
    expect(results.value.leakage.poorAdoption).toBeCloseTo(92, 9);
    expect(results.value.realised).toBeCloseTo(368, 9);
    expect(results.value.openAtEnd).toBeCloseTo(500, 9);
    expectBalanced(results);
  });

  it('takes SLA breach penalties off realised value as non-conformance', () => {
    // SLA 6 hours for every priority: the first feature leaves at 4 (met), the second at 8 (breached).
    const results = run([feature([0, 0], 4, { slaBreachPenalty: 25 })], 200, { slaHours: [6, 6, 6, 6] });
    expect(results.value.leakage.nonConformance).toBeCloseTo(25, 9);
    expect(results.value.realised).toBeCloseTo(1_880 - 25, 9);
    expectBalanced(results);
  });

  it("books each rework loop's penalty as non-conformance", () => {
    // Test sends half the items back to build; every loop is one more visit to test than items delivered.
    const model = createServiceModel({
      teams: [{ name: 'team', people: [{ name: 'ana', skills: { work: 'expert' } }] }],
      valueStreams: [
        {
          name: 'flow',
          steps: [
            { name: 'build', teams: ['team'], skill: 'work' },
            { name: 'test', teams: ['team'], skill: 'work', rework: { probability: 0.5, toStep: 'build' } },
          ],
        },
      ],
      workTypes: [feature([0, 10, 20, 30, 40, 50, 60, 70], 1, { reworkPenalty: 7 })],
    });
    const results = runServiceReplication(model, { seed: 3, replication: 0, hours: 500, warmUpHours: 0 });
    expect(results.endToEnd.count).toBe(8);
    const loops = (results.bySteps[1]?.flow.count ?? 0) - 8;
    expect(loops).toBeGreaterThan(0);
    expect(results.value.leakage.nonConformance).toBeCloseTo(7 * loops, 9);
    expectBalanced(results);
  });
});

describe('ValueLedger: cost and return', () => {
  it("costs people at their rate for every available hour, busy or idle, plus each team's tickets", () => {
    // ana at 50 an hour for 10 hours = 500; two tickets answered at 20 each = 40.
    const results = run([feature([0, 1], 1)], 10, {
      teams: [
        {
          name: 'team',
          costPerTicket: 20,
          people: [{ name: 'ana', skills: { work: 'expert' }, costPerHour: 50 }],
        },
      ],
    });
    expect(results.value.costParts).toEqual({ people: 500, tickets: 40 });
    expect(results.value.cost).toBe(540);
    expect(results.value.return).toBeCloseTo(results.value.realised - 540, 9);
  });

  it('costs the people alone in a model that values nothing item by item', () => {
    // No services, no value life, no penalties, no ticket charges: 50 an hour x 10 hours, nothing else.
    const request: WorkTypeDefinition = {
      name: 'request',
      valueStream: 'flow',
      arrivals: [scheduledArrivals({ times: [0, 1] })],
      effort: { work: hours(1) },
      valuePerHour: 10,
    };
    const results = run([request], 10);
    expect(results.value.cost).toBe(500);
    expect(results.value.potential).toBe(0);
    expect(results.value.realised).toBe(0);
    expect(results.value.return).toBe(-500);
  });

  it('keeps the same account whether item records are kept or not', () => {
    const definition = (keepRecords: boolean): ServiceModelDefinition => ({
      teams: [{ name: 'team', people: [{ name: 'ana', skills: { work: 'expert' }, costPerHour: 50 }] }],
      valueStreams: [{ name: 'flow', steps: [{ name: 'do', teams: ['team'], skill: 'work' }] }],
      workTypes: [feature([0, 0, 3, 7, 9], 3)],
      keepRecords,
    });
    const options = { seed: 1, replication: 0, hours: 60, warmUpHours: 0 };
    const kept = runServiceReplication(createServiceModel(definition(true)), options).value;
    const notKept = runServiceReplication(createServiceModel(definition(false)), options).value;
    expect(notKept).toEqual(kept);
  });
});
