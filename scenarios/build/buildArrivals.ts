// Parsed arrival sources turned into the engine's sources: Poisson, profiled, bursts, batches, scheduled,
// and replayed tickets read from a CSV or a tool's export (through its mapping) next to the scenario file,
// its problems reported at the replay's nodes and what it found kept for the history and the drain.
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
import { mondayOf } from '../import/exportHistory.ts';
import type { ExportMapping } from '../import/exportMapping.ts';
import { ExportError, readExport } from '../import/readExport.ts';
import { ticketCsvHeaderWarnings } from '../import/ticketCsvHeaderWarnings.ts';
import type { ArrivalSpec, DocumentPath } from '../schema/index.ts';
import { attempt, type BuildContext } from './buildContext.ts';
import { buildDistribution } from './buildDistribution.ts';

/** One ticket to replay, as the engine's replay takes it. */
type ReplayRow = Parameters<typeof replayArrivals>[0][number];

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
  const wanted = replay.allTypes ? {} : { typeName };
  if (replay.columns !== undefined) return buildMappedReplay(replay, text, wanted, path, context);
  const options = {
    source: replay.file,
    ...(replay.timeUnit === undefined ? {} : { timeUnit: replay.timeUnit }),
  };
  const tickets = attempt(context, [...path, 'file'], () => parseTicketCsv(text, options));
  if (tickets === undefined) return undefined;
  if (!context.replays.some((found) => found.file === replay.file)) {
    context.warnings.push(...ticketCsvHeaderWarnings(text, replay.file));
    if (tickets.rows.length === 0) {
      context.warnings.push(`${replay.file}: the file has a header but no tickets: nothing is replayed`);
    }
  }
  const source = attempt(context, path, () => replayArrivals(tickets.rows, wanted));
  if (source !== undefined) {
    const selected = tickets.rows.filter(
      (row) => wanted.typeName === undefined || row.typeName === wanted.typeName,
    );
    context.replays.push({ file: replay.file, lastArrivalHours: selected.at(-1)?.time ?? 0 });
  }
  return source;
}

/**
 * Reads an export through the replay's mapping (once per file and mapping, however many work types
 * replay it) and replays its tickets: each at its opened time, hours from Monday 00:00 of the first
 * ticket's week, with its priority and effort when the export gives them. Tickets without a type are the
 * replaying work type's.
 */
function buildMappedReplay(
  replay: Part<'replay'>,
  text: string,
  wanted: { readonly typeName?: string },
  path: DocumentPath,
  context: BuildContext,
): ArrivalSource | undefined {
  const columns = replay.columns;
  if (columns === undefined) return undefined;
  const mapping: ExportMapping = {
    columns,
    dates: replay.dates,
    eventLog: replay.eventLog,
    priorities: replay.priorities,
    types: replay.types,
  };
  const key = JSON.stringify(mapping);
  let reading = context.replays.find(
    (found) => found.file === replay.file && found.mappingKey === key,
  )?.reading;
  if (reading === undefined) {
    try {
      reading = readExport(text, mapping, replay.file);
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      for (const problem of error.problems) {
        const at =
          problem.field === undefined
            ? ['file']
            : problem.field === 'dates' || problem.field === 'eventLog'
              ? [problem.field]
              : ['columns', problem.field];
        context.problems.push({ path: [...path, ...at], message: `${error.source}: ${problem.message}` });
      }
      return undefined;
    }
    context.warnings.push(...reading.warnings.map((warning) => `${replay.file}: ${warning}`));
  }
  const origin = reading.tickets[0] === undefined ? 0 : mondayOf(reading.tickets[0].opened);
  const rows: ReplayRow[] = [];
  for (const ticket of reading.tickets) {
    const ticketType = ticket.typeName ?? wanted.typeName;
    if (ticketType === undefined) continue;
    if (wanted.typeName !== undefined && ticketType !== wanted.typeName) continue;
    rows.push({
      line: ticket.line,
      time: (ticket.opened - origin) / 3_600_000,
      typeName: ticketType,
      ...(ticket.priority === undefined ? {} : { priority: ticket.priority }),
      ...(ticket.effortHours === undefined ? {} : { effortHours: ticket.effortHours }),
    });
  }
  const source = attempt(context, path, () => replayArrivals(rows, wanted));
  if (source !== undefined) {
    context.replays.push({
      file: replay.file,
      lastArrivalHours: rows.at(-1)?.time ?? 0,
      reading,
      mappingKey: key,
    });
  }
  return source;
}
