// Parsed arrival sources turned into the engine's sources: Poisson, profiled, bursts, batches, scheduled,
// and replayed tickets read from a CSV next to the scenario file (its problems reported at the file's node).
import {
  type ArrivalSource,
  batchArrivals,
  burstArrivals,
  type Distribution,
  parseTicketCsv,
  poissonArrivals,
  profiledArrivals,
  replayArrivals,
  scheduledArrivals,
} from '../../engine/index.ts';
import type { ArrivalSpec, DocumentPath } from '../schema/index.ts';
import { attempt, type BuildContext } from './buildContext.ts';
import { buildDistribution } from './buildDistribution.ts';

/** One kind of source's parameters, parsed. */
type Part<Kind extends keyof ArrivalSpec> = NonNullable<ArrivalSpec[Kind]>;

/** A count or duration: a number stays a number (the factories take fixed values), else a distribution. */
function numberOrDistribution(value: Parameters<typeof buildDistribution>[0]): number | Distribution {
  return typeof value === 'number' ? value : buildDistribution(value);
}

/**
 * Builds the engine's source for one parsed source of a work type.
 *
 * @param source - the parsed source
 * @param typeName - the work type's name: a replay offers only that type's rows unless `allTypes` is set
 * @param path - the source's path in the document, e.g. `['workTypes', 0, 'arrivals', 1]`
 * @param context - the build (problems and file reading)
 * @returns the source, or undefined after recording a problem (an unreadable ticket file, say)
 * @example
 * buildArrival({ poisson: { rate: 3 } }, 'incident', path, context)?.meanRatePerHour; // => 3
 */
export function buildArrival(
  source: ArrivalSpec,
  typeName: string,
  path: DocumentPath,
  context: BuildContext,
): ArrivalSource | undefined {
  const { poisson, profiled, bursts, batches, scheduled, replay } = source;
  if (replay !== undefined) return buildReplay(replay, typeName, [...path, 'replay'], context);
  return attempt(context, path, (): ArrivalSource => {
    if (poisson !== undefined) return poissonArrivals({ ratePerHour: poisson.rate });
    if (profiled !== undefined) return profiledArrivals(profileParameters(profiled));
    if (bursts !== undefined) return burstArrivals(burstParameters(bursts));
    if (batches !== undefined) {
      return batchArrivals({ ratePerHour: batches.rate, batchSize: numberOrDistribution(batches.size) });
    }
    if (scheduled !== undefined) {
      const { every, at, times, count } = scheduled;
      return times !== undefined
        ? scheduledArrivals({ times, count })
        : scheduledArrivals({ every: every ?? 168, at: at ?? 0, count });
    }
    throw new RangeError('a validated arrival source names no kind');
  });
}

function profileParameters(profiled: Part<'profiled'>): Parameters<typeof profiledArrivals>[0] {
  if (profiled.weekly !== undefined) {
    return { weekly: profiled.weekly.map(({ rate, ...segment }) => ({ ...segment, ratePerHour: rate })) };
  }
  return {
    ratePerHour: profiled.rate ?? 0,
    ...(profiled.hourOfDay === undefined ? {} : { hourOfDay: profiled.hourOfDay }),
    ...(profiled.dayOfWeek === undefined ? {} : { dayOfWeek: profiled.dayOfWeek }),
  };
}

function burstParameters(bursts: Part<'bursts'>): Parameters<typeof burstArrivals>[0] {
  const shape = { size: numberOrDistribution(bursts.size), spreadHours: numberOrDistribution(bursts.spread) };
  return bursts.triggers !== undefined
    ? { ...shape, triggers: bursts.triggers }
    : { ...shape, triggerRatePerHour: bursts.triggerRate ?? 0 };
}

/** Reads and checks a ticket file, and replays its rows; every problem is reported at the `replay` node. */
function buildReplay(
  replay: Part<'replay'>,
  typeName: string,
  path: DocumentPath,
  context: BuildContext,
): ArrivalSource | undefined {
  let text: string;
  try {
    text = context.readFile(replay.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.problems.push({ path: [...path, 'file'], message: `cannot read the ticket file: ${reason}` });
    return undefined;
  }
  const options = {
    source: replay.file,
    ...(replay.timeUnit === undefined ? {} : { timeUnit: replay.timeUnit }),
  };
  const tickets = attempt(context, [...path, 'file'], () => parseTicketCsv(text, options));
  if (tickets === undefined) return undefined;
  return attempt(context, path, () => replayArrivals(tickets.rows, replay.allTypes ? {} : { typeName }));
}
