// A parsed scenario document written back in the file's notation (durations "2h", rates "4/h", days "Mon",
// gates "Thu 10:00"), every default included: the inverse of the schema's transforms, for `valueflow show`.

import { writeCalendar } from './calendars.ts';
import { writeDurationOrDistribution } from './distributions.ts';
import { writeQueueOrder } from './policies.ts';
import { writeRun } from './run.ts';
import type { ScenarioDocument } from './scenarioDocument.ts';
import { writeTeam } from './teams.ts';
import { writeDuration } from './units.ts';
import { writeValueStream } from './valueStreams.ts';
import { writeWorkType } from './workTypes.ts';
import { writeFields } from './writeFields.ts';

/**
 * Writes a parsed document as a file would say it: the same keys in the same order, units in the
 * file's notation, defaults written out; reading the result back gives the same document (durations are
 * exact to the millisecond). Variants are left out: a written document is one merged scenario.
 *
 * @param document - a parsed document
 * @returns plain data, ready to be written as YAML
 * @example
 * writeDocument(document).run; // => { length: '52w', warmUp: '0s', replications: 20, seed: 1, ... }
 */
export function writeDocument(document: ScenarioDocument): Record<string, unknown> {
  type Part<Key extends keyof ScenarioDocument> = NonNullable<ScenarioDocument[Key]>;
  const { variants: _variants, ...scenario } = document;
  return writeFields(scenario, {
    run: writeRun,
    calendars: (calendars: Part<'calendars'>) =>
      Object.fromEntries(
        Object.entries(calendars).map(([name, calendar]) => [name, writeCalendar(calendar)]),
      ),
    teams: (teams: Part<'teams'>) => teams.map(writeTeam),
    parties: (parties: Part<'parties'>) =>
      Object.fromEntries(
        Object.entries(parties).map(([name, party]) => [
          name,
          writeFields(party, { handoffDelay: writeDurationOrDistribution }),
        ]),
      ),
    valueStreams: (streams: Part<'valueStreams'>) => streams.map(writeValueStream),
    workTypes: (types: Part<'workTypes'>) => types.map(writeWorkType),
    sla: (sla: Part<'sla'>) =>
      Object.fromEntries(Object.entries(sla).map(([priority, hours]) => [priority, writeDuration(hours)])),
    policies: (policies: Part<'policies'>) => ({
      queueOrder: writeQueueOrder(policies.queueOrder),
      assignment: policies.assignment,
    }),
    serviceDesks: (desks: Part<'serviceDesks'>) =>
      desks.map((desk) => ({ ...desk, answerTarget: writeDuration(desk.answerTarget) })),
    forecast: (forecast: Part<'forecast'>) => ({ doneBy: forecast.doneBy.map(writeDuration) }),
  });
}
