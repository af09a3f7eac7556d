// Replaying recorded demand: rows of past tickets (time, type, priority, effort), usually read from a
// CSV export by parseTicketCsv, offered to the model at their times with their recorded attributes.
import {
  _weeklyAverageOfList,
  type Arrival,
  type ArrivalContext,
  type ArrivalSource,
  type NamedDemand,
} from './arrivalSource.ts';
import { DemandParameterError } from './demandParameterError.ts';
import { _readDemandParameters, _requireNonNegative, _requireWholeNumber } from './demandParameterRules.ts';

/** One recorded ticket to replay. */
export interface ReplayRow {
  /** Line of the source file it came from (for messages), when it came from a file. */
  readonly line?: number;
  /** Arrival time in hours since Monday 00:00 of week 0, >= 0. */
  readonly time: number;
  /** The ticket's work type, e.g. "incident". */
  readonly typeName: string;
  /** Recorded priority, a whole number >= 1 (1 = P1, the most urgent). */
  readonly priority?: number;
  /** Recorded effort in hours, >= 0. */
  readonly effortHours?: number;
}

/** Options of {@link replayArrivals}. */
export interface ReplayArrivalsOptions {
  /** Replay only the rows of this work type (one source per type); all rows when omitted. */
  readonly typeName?: string;
}

/** A source that replays recorded tickets. */
export interface ReplayArrivals extends ArrivalSource {
  readonly kind: 'replay';
  /** How many rows it replays (after the type filter). */
  readonly rowCount: number;
}

/**
 * Builds a source that offers each row at its time as one arrival carrying the row's `typeName`,
 * `priority` and `effortHours` (the last two only when recorded), so the model uses the recorded
 * attributes instead of drawing them. Rows are copied and sorted by time (stably, so rows at the same
 * time keep their order); rows before the simulation's clock at start are skipped. It reads no random
 * numbers and keeps one event on the calendar at a time.
 *
 * meanRatePerHour is the number of rows averaged over the whole weeks up to the last row's week.
 *
 * @param rows - the tickets, e.g. `parseTicketCsv(text).rows`
 * @param options - `{ typeName? }` to replay one type only
 * @returns a frozen source with `kind: 'replay'`, `rowCount`, `meanRatePerHour` and `start(context)`
 * @throws DemandParameterError naming the row and the field (e.g. "replayArrivals: rows[4].time must be
 *   a finite number >= 0, got -1")
 * @example
 * const recorded = replayArrivals(
 *   [{ time: 9.5, typeName: 'incident', priority: 2 }, { time: 11, typeName: 'change' }],
 *   { typeName: 'incident' },
 * );
 * recorded.rowCount; // => 1 (offers { count: 1, typeName: 'incident', priority: 2 } at 9.5)
 */
export function replayArrivals(
  rows: readonly ReplayRow[],
  options: ReplayArrivalsOptions = {},
): ReplayArrivals {
  if (!Array.isArray(rows)) {
    throw new DemandParameterError('replayArrivals', 'rows', 'an array of { time, typeName }', rows);
  }
  const optionFields = _readDemandParameters('replayArrivals', options);
  const wanted = optionFields.typeName;
  if (wanted !== undefined && (typeof wanted !== 'string' || wanted.length === 0)) {
    throw new DemandParameterError('replayArrivals', 'options.typeName', 'a non-empty string', wanted);
  }
  const selected: { readonly time: number; readonly arrival: Arrival }[] = [];
  // Each distinct work type and priority the rows name, with the first row that names it.
  const named = new Map<string, NamedDemand>();
  for (let index = 0; index < rows.length; index++) {
    const where = `rows[${index}]`;
    const fields = _readDemandParameters('replayArrivals', rows[index] as unknown);
    const time = _requireNonNegative('replayArrivals', `${where}.time`, fields.time);
    const typeName = fields.typeName;
    if (typeof typeName !== 'string' || typeName.length === 0) {
      throw new DemandParameterError('replayArrivals', `${where}.typeName`, 'a non-empty string', typeName);
    }
    if (wanted !== undefined && typeName !== wanted) continue;
    const arrival: { count: number; typeName: string; priority?: number; effortHours?: number } = {
      count: 1,
      typeName,
    };
    if (fields.priority !== undefined) {
      arrival.priority = _requireWholeNumber('replayArrivals', `${where}.priority`, fields.priority, 1);
    }
    if (fields.effortHours !== undefined) {
      arrival.effortHours = _requireNonNegative('replayArrivals', `${where}.effortHours`, fields.effortHours);
    }
    selected.push({ time, arrival: Object.freeze(arrival) });
    const key = `${typeName}|${arrival.priority ?? ''}`;
    if (!named.has(key)) {
      const rowWhere = typeof fields.line === 'number' ? `line ${fields.line}` : where;
      named.set(
        key,
        arrival.priority === undefined
          ? { typeName, where: rowWhere }
          : { typeName, priority: arrival.priority, where: rowWhere },
      );
    }
  }
  // Array.prototype.sort is stable (ES2019), so rows at the same time keep the file's order.
  selected.sort((first, second) => first.time - second.time);
  return Object.freeze({
    kind: 'replay',
    rowCount: selected.length,
    namedDemand: Object.freeze([...named.values()]),
    meanRatePerHour: _weeklyAverageOfList(selected.length, selected.at(-1)?.time ?? Number.NEGATIVE_INFINITY),
    start: (context: ArrivalContext): void => {
      const simulation = context.simulation;
      const arrive = (index: number): void => {
        const row = selected[index];
        if (row === undefined) return;
        context.offer(row.arrival);
        const next = selected[index + 1];
        if (next !== undefined) simulation.scheduleAt(next.time, arrive, index + 1);
      };
      const first = selected.findIndex((row) => row.time >= simulation.now);
      if (first >= 0) simulation.scheduleAt(selected[first]?.time ?? 0, arrive, first);
    },
  });
}
