// Time-varying Poisson arrivals: a weekly rate profile (busy Monday mornings, quiet nights) sampled by
// thinning, jumping over stretches where the rate is 0 instead of drawing candidates through them.
import type { Rng } from '../../random/index.ts';
import { _SINGLE_ARRIVAL, type ArrivalContext, type ArrivalSource } from './arrivalSource.ts';
import {
  type WeeklyRateProfile,
  type WeeklyRateProfileParameters,
  weeklyRateProfile,
} from './weeklyRateProfile.ts';

/** Parameters of {@link profiledArrivals}: either form of {@link WeeklyRateProfileParameters}. */
export type ProfiledArrivalsParameters = WeeklyRateProfileParameters;

/** A non-homogeneous Poisson source whose rate follows a weekly profile. */
export interface ProfiledArrivals extends ArrivalSource {
  readonly kind: 'profiled';
  /** The weekly profile of the rate, arrivals per hour. */
  readonly profile: WeeklyRateProfile;
}

/**
 * Builds a non-homogeneous Poisson source whose rate repeats every week: rate(t) = ratePerHour ×
 * hourOfDay[hour] × dayOfWeek[day], or the rates of explicit weekly segments (see
 * {@link weeklyRateProfile}), so a Monday-morning peak is one line. meanRatePerHour is the weekly average.
 *
 * Sampled by thinning (Lewis & Shedler 1979, "Simulation of nonhomogeneous Poisson processes by
 * thinning", Naval Research Logistics Quarterly 26(3)): candidates come at the week's maximum rate and
 * each is kept with probability rate(t)/maximum. A candidate that falls where the rate is 0 would
 * always be rejected, so the sampler restarts from the start of the next non-zero step instead; by the
 * memorylessness of the exponential this leaves the process unchanged, and a quiet night costs one draw,
 * not hundreds. Candidates are drawn inside the arrival's event, so only accepted arrivals are scheduled.
 * Each candidate reads one uniform, plus one for the accept test unless the rate is at its maximum.
 *
 * @param parameters - `{ ratePerHour, hourOfDay?: 24 multipliers, dayOfWeek?: 7 multipliers (0 = Monday) }`
 *   or `{ weekly: [{ day, start, end, ratePerHour }] }`
 * @returns a frozen source with `kind: 'profiled'`, `profile`, `meanRatePerHour` and `start(context)`
 * @throws DemandParameterError naming the field and the value (e.g. "profiledArrivals: hourOfDay must be
 *   an array of 24 multipliers >= 0, got an array of 23")
 * @example
 * // open 08:00-20:00; Monday 3.5 times an average day, Friday half, no weekend work
 * const hourOfDay = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0];
 * const incidents = profiledArrivals({ ratePerHour: 4, hourOfDay, dayOfWeek: [3.5, 1, 1, 1, 0.5, 0, 0] });
 * [incidents.profile.rateAt(9), incidents.profile.rateAt(3), incidents.meanRatePerHour]; // => [14, 0, 2]
 */
export function profiledArrivals(parameters: ProfiledArrivalsParameters): ProfiledArrivals {
  const profile = weeklyRateProfile(parameters, 'profiledArrivals');
  return Object.freeze({
    kind: 'profiled',
    profile,
    meanRatePerHour: profile.meanRatePerHour,
    start: (context: ArrivalContext): void => {
      const { simulation, rng } = context;
      const arrive = (): void => {
        context.offer(_SINGLE_ARRIVAL);
        const next = nextArrivalTime(profile, rng, simulation.now);
        if (next !== Number.POSITIVE_INFINITY) simulation.scheduleAt(next, arrive);
      };
      const first = nextArrivalTime(profile, rng, simulation.now);
      if (first !== Number.POSITIVE_INFINITY) simulation.scheduleAt(first, arrive);
    },
  });
}

/** The first accepted arrival after `from` (thinning with jumps over zero-rate steps), or Infinity. */
function nextArrivalTime(profile: WeeklyRateProfile, rng: Rng, from: number): number {
  const maximum = profile.maximumRatePerHour;
  let time = profile.nextActiveTime(from);
  while (time !== Number.POSITIVE_INFINITY) {
    time += -Math.log1p(-rng()) / maximum;
    const rate = profile.rateAt(time);
    if (rate === 0) time = profile.nextActiveTime(time);
    else if (rate === maximum || rng() * maximum < rate) return time;
  }
  return time;
}
