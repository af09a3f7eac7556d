// Value conservation over random models: whatever the demand, people, flow controls and value terms,
// potential = realised + sum of leakage + open at end, to rounding, and no part is negative.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { automationRule } from '../../../engine/model/demand/automationRule.ts';
import { intakeLimit } from '../../../engine/model/demand/intakeLimit.ts';
import { poissonArrivals } from '../../../engine/model/demand/poissonArrivals.ts';
import type { WorkTypeDefinition } from '../../../engine/model/index.ts';
import { exponential, uniform } from '../../../engine/random/index.ts';
import {
  createServiceModel,
  runServiceReplication,
  type ServiceModelDefinition,
} from '../../../engine/runner/index.ts';

/** The knobs of one random model. */
interface Knobs {
  people: number;
  costPerHour: number;
  costPerTicket: number;
  serviceValue: number;
  incidentRate: number;
  impact: number;
  featureRate: number;
  featureValue: number;
  valueLife: number;
  adoptionShortfall: number;
  slaBreachPenalty: number;
  reworkPenalty: number;
  reworkProbability: number;
  dropShare: number;
  automationShare: number;
  patience: number | null;
  perRequester: number | null;
  warmUp: number;
  hours: number;
  seed: number;
}

const knobs: fc.Arbitrary<Knobs> = fc.record({
  people: fc.integer({ min: 1, max: 4 }),
  costPerHour: fc.double({ min: 0, max: 150, noNaN: true }),
  costPerTicket: fc.double({ min: 0, max: 40, noNaN: true }),
  serviceValue: fc.double({ min: 0, max: 1_000, noNaN: true }),
  incidentRate: fc.double({ min: 0, max: 2, noNaN: true }),
  impact: fc.double({ min: 0.01, max: 1, noNaN: true }),
  featureRate: fc.double({ min: 0.01, max: 2, noNaN: true }),
  featureValue: fc.double({ min: 0.1, max: 100, noNaN: true }),
  valueLife: fc.double({ min: 0.5, max: 2_000, noNaN: true }),
  adoptionShortfall: fc.double({ min: 0, max: 1, noNaN: true }),
  slaBreachPenalty: fc.double({ min: 0, max: 500, noNaN: true }),
  reworkPenalty: fc.double({ min: 0, max: 200, noNaN: true }),
  reworkProbability: fc.double({ min: 0, max: 0.6, noNaN: true }),
  dropShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  automationShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  patience: fc.option(fc.double({ min: 0.1, max: 20, noNaN: true })),
  perRequester: fc.option(fc.integer({ min: 1, max: 3 })),
  warmUp: fc.double({ min: 0, max: 100, noNaN: true }),
  hours: fc.double({ min: 20, max: 600, noNaN: true }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

function definition(k: Knobs): ServiceModelDefinition {
  const patience = k.patience === null ? {} : { patience: exponential({ mean: k.patience }) };
  const intake =
    k.perRequester === null ? {} : { requesters: 5, intake: intakeLimit({ perRequester: k.perRequester }) };
  const feature: WorkTypeDefinition = {
    name: 'feature',
    category: 'feature',
    valueStream: 'delivery',
    arrivals: [poissonArrivals({ ratePerHour: k.featureRate })],
    effort: { build: exponential({ mean: 1 }), test: exponential({ mean: 0.5 }) },
    valuePerHour: uniform({ min: 0, max: 2 * k.featureValue }),
    valueLifeHours: k.valueLife,
    adoptionShortfall: k.adoptionShortfall,
    slaBreachPenalty: k.slaBreachPenalty,
    reworkPenalty: k.reworkPenalty,
    attributes: { dropped: k.dropShare },
    automation: automationRule({ share: k.automationShare, durationHours: 0.5 }),
    ...patience,
    ...intake,
  };
  const incident: WorkTypeDefinition = {
    name: 'incident',
    category: 'incident',
    valueStream: 'restore',
    arrivals: [poissonArrivals({ ratePerHour: k.incidentRate })],
    effort: { build: exponential({ mean: 0.5 }) },
    service: { name: 'shop', impact: uniform({ min: 0, max: k.impact }) },
    slaBreachPenalty: k.slaBreachPenalty,
    ...patience,
  };
  return {
    teams: [
      {
        name: 'team',
        costPerTicket: k.costPerTicket,
        people: Array.from({ length: k.people }, (_, index) => ({
          name: `p${index}`,
          skills: {
            build: 'expert' as const,
            test: index % 2 === 0 ? ('expert' as const) : ('knowledgeable' as const),
          },
          costPerHour: k.costPerHour,
        })),
      },
    ],
    valueStreams: [
      {
        name: 'delivery',
        steps: [
          { name: 'build', teams: ['team'], skill: 'build', exitWhen: 'dropped', exitDelivers: false },
          {
            name: 'test',
            teams: ['team'],
            skill: 'test',
            rework: { probability: k.reworkProbability, toStep: 'build' },
          },
        ],
      },
      {
        name: 'restore',
        steps: [
          { name: 'fix', teams: ['team'], skill: 'build', restoresValue: true },
          { name: 'close', teams: ['team'], skill: 'build' },
        ],
      },
    ],
    services: [{ name: 'shop', valuePerHour: k.serviceValue }],
    workTypes: k.incidentRate > 0 ? [feature, incident] : [feature],
    slaHours: [4, 8, 24, 72],
  };
}

describe('value conservation', () => {
  test.prop([knobs], { numRuns: 80 })(
    'potential = realised + sum of leakage + open at end, and no part is negative, for any model',
    (k) => {
      const model = createServiceModel(definition(k));
      const results = runServiceReplication(model, {
        seed: k.seed,
        replication: 0,
        hours: k.warmUp + k.hours,
        warmUpHours: k.warmUp,
      });
      const { value } = results;
      const leaked = Object.values(value.leakage).reduce((sum, part) => sum + part, 0);
      const scale = Math.max(1, value.potential + value.leakage.nonConformance);
      expect(Math.abs(value.potential - value.realised - leaked - value.openAtEnd)).toBeLessThanOrEqual(
        1e-9 * scale,
      );
      expect(Math.abs(value.balance)).toBeLessThanOrEqual(1e-9 * scale);
      for (const part of Object.values(value.leakage)) expect(part).toBeGreaterThanOrEqual(-1e-9 * scale);
      expect(value.openAtEnd).toBeGreaterThanOrEqual(0);
      const delayParts = Object.values(value.delayParts).reduce((sum, part) => sum + part, 0);
      expect(Math.abs(delayParts - value.leakage.delay)).toBeLessThanOrEqual(1e-9 * scale);
      for (const part of Object.values(value.delayParts)) expect(part).toBeGreaterThanOrEqual(-1e-9 * scale);
      // Services: potential is rate x window, and nothing is open at the end.
      expect(value.measuredHours).toBeCloseTo(k.hours, 9);
      const shop = value.services[0];
      expect(shop?.potential).toBeCloseTo(k.serviceValue * k.hours, 6);
      expect(shop === undefined ? 0 : shop.realised + shop.outage + shop.abandonment).toBeCloseTo(
        shop?.potential ?? 0,
        6,
      );
      // Cost: every person available the whole window at the same rate.
      expect(value.costParts.people).toBeCloseTo(k.people * k.costPerHour * k.hours, 6);
      expect(value.return).toBeCloseTo(value.realised - value.cost, 9);
    },
  );
});

describe('potential of deliverables', () => {
  it('is the number of arrivals in the window x value rate x value life', () => {
    const model = createServiceModel({
      teams: [{ name: 'team', people: [{ name: 'ana', skills: { build: 'expert' } }] }],
      valueStreams: [{ name: 'delivery', steps: [{ name: 'build', teams: ['team'], skill: 'build' }] }],
      workTypes: [
        {
          name: 'feature',
          valueStream: 'delivery',
          arrivals: [poissonArrivals({ ratePerHour: 0.8 })],
          effort: { build: exponential({ mean: 1 }) },
          valuePerHour: 12,
          valueLifeHours: 300,
        },
      ],
    });
    const results = runServiceReplication(model, { seed: 5, replication: 0, hours: 2_000, warmUpHours: 200 });
    const arrived = results.windowConservation.offered;
    expect(arrived).toBeGreaterThan(1_000);
    expect(results.value.deliverables[0]?.items).toBe(arrived);
    expect(results.value.potential).toBeCloseTo(arrived * 12 * 300, 6);
  });
});
