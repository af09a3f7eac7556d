// The five objectives of high-velocity IT (ITIL 4, "Objectives from an economic perspective"), each scored
// by one measure of the value ledger, with the measure written next to it.
import type { LeakageCause, ObjectiveScore } from './valueResults.ts';

/** The ledger's totals the scorecard reads. */
export interface ObjectiveInputs {
  readonly measuredHours: number;
  readonly potential: number;
  readonly leakage: Readonly<Record<LeakageCause, number>>;
  readonly servicePotential: number;
  readonly serviceOutage: number;
  readonly deliverablePotential: number;
}

const HOURS_PER_WEEK = 168;

/**
 * Valuable investment sets the potential; the other four realise as much of it as they can.
 * @example
 * scoreObjectives({ measuredHours: 168, potential: 1_000, leakage, servicePotential: 0, serviceOutage: 0,
 *   deliverablePotential: 1_000 })[0]; // => { objective: 'valuable investment', measure: ..., value: 1000 }
 */
export function scoreObjectives(inputs: ObjectiveInputs): ObjectiveScore[] {
  const { leakage, potential } = inputs;
  const weeks = inputs.measuredHours / HOURS_PER_WEEK;
  return [
    {
      objective: 'valuable investment',
      measure: "potential value per week: services' value rates plus the demand's value rate x value life",
      value: weeks > 0 ? potential / weeks : null,
    },
    {
      objective: 'fast development',
      measure: "share of the deliverables' potential lost to delay before delivery",
      value: shareOf(leakage.delay, inputs.deliverablePotential),
    },
    {
      objective: 'resilient operations',
      measure: "share of the services' potential lost to outages while incidents were open",
      value: shareOf(inputs.serviceOutage, inputs.servicePotential),
    },
    {
      objective: 'co-created value',
      measure: 'share of the potential lost to poor adoption, users who gave up and requests turned away',
      value: shareOf(leakage.poorAdoption + leakage.abandonment + leakage.refused, potential),
    },
    {
      objective: 'assured conformance',
      measure: 'non-conformance (SLA breach penalties and rework) per week',
      value: weeks > 0 ? leakage.nonConformance / weeks : null,
    },
  ];
}

function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
