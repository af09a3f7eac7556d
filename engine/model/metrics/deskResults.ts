// Call-centre measures of a service desk step as plain results: service level, speed of answer and the
// chance of waiting over answered contacts and over every contact (abandoned ones too), and by hour of day.
import type { CompiledModel } from '../definition/compiledModel.ts';
import type { DeskMetrics } from './deskMetrics.ts';
import { type PersonResults, utilisationOf } from './utilisationResults.ts';

/**
 * One service desk step's measures over the measured window. A contact is one item's first visit to the
 * step; "answered" means work started on it, "abandoned" that the requester gave up waiting first.
 *
 * @example
 * desk.serviceLevel; // => 0.8 (80% of answered contacts answered within the target)
 */
export interface DeskResults {
  readonly valueStream: string;
  readonly step: string;
  /** Contacts answered in the window. */
  readonly answered: number;
  /** Contacts that gave up before an answer in the window. */
  readonly abandoned: number;
  /** Share of answered contacts answered within the target; null when none was answered. */
  readonly serviceLevel: number | null;
  /** Mean wait of answered contacts, hours; null when none was answered. */
  readonly averageSpeedOfAnswerHours: number | null;
  /** Share of answered contacts that waited at all; null when none was answered. */
  readonly probabilityOfWaiting: number | null;
  /**
   * Over every contact that left the queue in the window, answered or abandoned (as Erlang A counts
   * arrivals): the share that waited, the mean wait (an abandoned contact's wait is its time before giving
   * up) and the share abandoned; null when count is 0.
   */
  readonly allContacts: {
    readonly count: number;
    readonly probabilityOfWaiting: number | null;
    readonly meanWaitHours: number | null;
    readonly abandonedShare: number | null;
  };
  /** Busy over available hours of the people who can work at the step; null when none was available. */
  readonly occupancy: number | null;
  /** By the hour of day (0-23) the answered contacts reached the step. */
  readonly byHourOfDay: readonly {
    readonly hour: number;
    readonly answered: number;
    /** null when none was answered in that hour. */
    readonly serviceLevel: number | null;
    /** null when none was answered in that hour. */
    readonly averageSpeedOfAnswerHours: number | null;
  }[];
}

/**
 * A desk's results, with the occupancy of the people eligible at its step.
 * @example
 * deskResults(system.desks[0], model, people).allContacts.abandonedShare; // => 0.04
 */
export function deskResults(
  desk: DeskMetrics,
  model: CompiledModel,
  people: readonly PersonResults[],
): DeskResults {
  const staff = (model.steps[desk.step]?.eligible ?? []).flatMap((index) => people[index] ?? []);
  const busy = staff.reduce((sum, person) => sum + person.busyHours, 0);
  const available = staff.reduce((sum, person) => sum + person.availableHours, 0);
  const answered = desk.answeredCount;
  const contacts = answered + desk.abandonedCount;
  const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
  return {
    valueStream: desk.measure.valueStream,
    step: desk.measure.step,
    answered,
    abandoned: desk.abandonedCount,
    serviceLevel: share(desk.withinTarget, answered),
    averageSpeedOfAnswerHours: share(desk.waitSum, answered),
    probabilityOfWaiting: share(desk.waitedCount, answered),
    allContacts: {
      count: contacts,
      // Every contact that gave up had waited.
      probabilityOfWaiting: share(desk.waitedCount + desk.abandonedCount, contacts),
      meanWaitHours: share(desk.waitSum + desk.abandonedWaitSum, contacts),
      abandonedShare: share(desk.abandonedCount, contacts),
    },
    occupancy: utilisationOf(busy, available),
    byHourOfDay: Array.from(desk.answeredByHour, (answeredInHour, hour) => ({
      hour,
      answered: answeredInHour,
      serviceLevel: share(desk.withinTargetByHour[hour] ?? 0, answeredInHour),
      averageSpeedOfAnswerHours: share(desk.waitSumByHour[hour] ?? 0, answeredInHour),
    })),
  };
}
