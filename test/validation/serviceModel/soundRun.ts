// The checks every service-model run in this folder must pass, whatever it is testing: items conserved,
// utilisation in [0, 1], and Little's law per step (and end to end when nobody abandons).
import { expect } from 'vitest';
import type { ServiceResults } from '../../../engine/model/index.ts';
import { observed } from '../../helpers/observed.ts';

const HOURS_PER_WEEK = 168;

/** How strict {@link expectSoundRun} is. */
export interface SoundRunOptions {
  /** Largest relative gap between L and lambda W; default 0.02 (edge effects of the window only). */
  readonly littleTolerance?: number;
  /** Also check L = lambda W end to end (only valid when no item abandons); default true. */
  readonly endToEnd?: boolean;
  /** Steps ("stream/step") where Little's law is not checked. */
  readonly skipLittleAt?: readonly string[];
  /** Check Little's law at all; default true. Off for models that may be overloaded (edges then dominate). */
  readonly little?: boolean;
}

/**
 * Relative gap |L - lambda W| / L of Little's law, L = lambda W (Little 1961; as a sample-path identity over
 * a finite window, Stidham 1974 and El-Taha & Stidham 1999 ch. 2): the two sides differ only by the items
 * the window's edges cut.
 * @example
 * littleGap(5, 2, 2.5); // => 0
 */
export function littleGap(numberInSystem: number, departureRate: number, meanSojourn: number): number {
  return Math.abs(numberInSystem - departureRate * meanSojourn) / numberInSystem;
}

/**
 * Asserts the invariants of one run: conservation over the whole run (offered = refused + admitted,
 * admitted = completed + automated + abandoned + open) and over the window (open at start + admitted =
 * completed + automated + abandoned + open), every available person's and team's utilisation in [0, 1], and for every step
 * visited in the window time-average WIP = visit rate x mean visit time and time-average queue length =
 * visit rate x mean queue time per visit; end to end, time-average open items = completion rate x mean
 * lead time.
 */
export function expectSoundRun(label: string, results: ServiceResults, options: SoundRunOptions = {}): void {
  const tolerance = options.littleTolerance ?? 0.02;
  expect(results.conservation.holds, `${label}: conservation ${JSON.stringify(results.conservation)}`).toBe(
    true,
  );
  expect(
    results.windowConservation.holds,
    `${label}: window conservation ${JSON.stringify(results.windowConservation)}`,
  ).toBe(true);
  for (const person of [...results.people, ...results.teams]) {
    // null: never available in the window (an on-call person never called), so no utilisation to check.
    if (person.utilisation === null) continue;
    expect(person.utilisation, `${label}: utilisation of ${person.name}`).toBeGreaterThanOrEqual(0);
    expect(person.utilisation, `${label}: utilisation of ${person.name}`).toBeLessThanOrEqual(1);
  }
  if (options.little === false) return;
  for (const step of results.bySteps) {
    if (step.flow.count === 0 || options.skipLittleAt?.includes(`${step.valueStream}/${step.step}`)) continue;
    const visitRate = step.throughputPerWeek / HOURS_PER_WEEK;
    const where = `${label}, step ${step.valueStream}/${step.step}`;
    expect(
      littleGap(step.meanWip, visitRate, observed(step.flow.meanLeadTime, `${where}: mean visit time`)),
      `${where}: WIP = rate x visit time`,
    ).toBeLessThan(tolerance);
    const meanQueueTime = observed(step.flow.meanQueueTime, `${where}: mean queue time`);
    // A step whose items waited must have had a queue; one where nobody waited has none to compare.
    if (meanQueueTime === 0) expect(step.meanQueueLength, `${where}: queue length with no waits`).toBe(0);
    else {
      expect(
        littleGap(step.meanQueueLength, visitRate, meanQueueTime),
        `${where}: queue length = rate x queue time`,
      ).toBeLessThan(tolerance);
    }
  }
  if (options.endToEnd ?? true) {
    const completionRate = results.endToEnd.count / results.measuredHours;
    expect(
      littleGap(
        results.meanWip,
        completionRate,
        observed(results.endToEnd.meanLeadTime, `${label}: lead time`),
      ),
      `${label}: end-to-end WIP = completion rate x lead time`,
    ).toBeLessThan(tolerance);
  }
}
