// Arrival sources as scenario files write them, one map key naming the source: poisson, profiled (hourly and
// daily multipliers or weekly stretches), bursts, batches, scheduled, or a replayed ticket CSV; read and written.
import { z } from 'zod';
import {
  dayOfWeekSchema,
  hourOfDaySchema,
  timeInPeriodSchema,
  writeDay,
  writeTimeInPeriod,
} from './clockTimes.ts';
import {
  countOrDistributionSchema,
  type DistributionSpec,
  durationOrDistributionSchema,
  writeDistribution,
  writeDurationOrDistribution,
} from './distributions.ts';
import { ALSO_WITH_FIELD_PROBLEMS, keysGiven } from './fieldChecks.ts';
import { durationSchema, positiveDurationSchema, rateSchema, writeDuration, writeRate } from './units.ts';
import { writeFields } from './writeFields.ts';

/**
 * The kinds of source, as the keys that name them.
 * @example
 * ARRIVAL_KINDS.includes('poisson'); // => true
 */
export const ARRIVAL_KINDS = ['poisson', 'profiled', 'bursts', 'batches', 'scheduled', 'replay'] as const;

const multipliersSchema = (count: number) => z.array(z.number().min(0)).length(count);

/** A check that exactly one of two alternative fields is given. */
function eitherField(first: string, second: string) {
  return (fields: Readonly<Record<string, unknown>>, context: z.RefinementCtx): void => {
    const given = [first, second].filter((field) => fields[field] !== undefined);
    if (given.length === 1) return;
    context.addIssue({
      code: 'custom',
      message: given.length === 0 ? `needs ${first} or ${second}` : `takes ${first} or ${second}, not both`,
      params: { expected: `either ${first} or ${second}` },
    });
  };
}

const weeklySegmentSchema = z
  .strictObject({ day: dayOfWeekSchema, start: hourOfDaySchema, end: hourOfDaySchema, rate: rateSchema })
  .superRefine((segment, context) => {
    if (!(segment.end > segment.start)) {
      context.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'must be after start, on the same day',
        params: { expected: `an hour in (${segment.start}, 24]` },
      });
    }
  });

const profiledSchema = z
  .strictObject({
    rate: rateSchema.optional(),
    hourOfDay: multipliersSchema(24).optional(),
    dayOfWeek: multipliersSchema(7).optional(),
    weekly: z.array(weeklySegmentSchema).optional(),
  })
  .superRefine((profile, context) => {
    if ((profile.rate === undefined) === (profile.weekly === undefined)) {
      eitherField('rate', 'weekly')(profile, context);
    } else if (profile.weekly !== undefined && (profile.hourOfDay ?? profile.dayOfWeek) !== undefined) {
      context.addIssue({
        code: 'custom',
        message: 'hourOfDay and dayOfWeek multiply a rate; weekly stretches have their own',
        params: { expected: '{ rate, hourOfDay?, dayOfWeek? } or { weekly }' },
      });
    }
  }, ALSO_WITH_FIELD_PROBLEMS)
  .superRefine((profile, context) => {
    // Stretches must not overlap (the engine refuses it too): sorted by start in the week, each must start
    // at or after the end of the one before.
    const stretches = (profile.weekly ?? []).map((segment, index) => ({
      index,
      from: segment.day * 24 + segment.start,
      to: segment.day * 24 + segment.end,
    }));
    stretches.sort((first, second) => first.from - second.from);
    stretches.forEach((stretch, position) => {
      const before = stretches[position - 1];
      if (before !== undefined && stretch.from < before.to) {
        context.addIssue({
          code: 'custom',
          path: ['weekly', stretch.index],
          message: `overlaps weekly stretch ${before.index + 1}`,
          params: { expected: 'stretches that do not overlap' },
        });
      }
    });
  });

const burstsSchema = z
  .strictObject({
    triggerRate: rateSchema.optional(),
    triggers: z.array(durationSchema).optional(),
    size: countOrDistributionSchema,
    spread: durationOrDistributionSchema.prefault('0s'),
  })
  .superRefine(eitherField('triggerRate', 'triggers'), ALSO_WITH_FIELD_PROBLEMS);

const scheduledSchema = z
  .strictObject({
    every: positiveDurationSchema.optional(),
    at: timeInPeriodSchema.optional(),
    times: z.array(durationSchema).optional(),
    count: z.number().int().min(1).default(1),
  })
  .superRefine(eitherField('every', 'times'), ALSO_WITH_FIELD_PROBLEMS)
  .superRefine((schedule, context) => {
    if (schedule.times !== undefined && schedule.at !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['at'],
        message: 'belongs with every, not times',
        params: { expected: '{ every, at } or { times }' },
      });
    } else if (schedule.every !== undefined && (schedule.at ?? 0) >= schedule.every) {
      context.addIssue({
        code: 'custom',
        path: ['at'],
        message: 'must fall inside the period',
        params: { expected: `a moment before ${writeDuration(schedule.every)} into the period` },
      });
    }
  })
  .transform((schedule) => (schedule.every === undefined ? schedule : { ...schedule, at: schedule.at ?? 0 }));

const columnName = z.string().min(1);
const columnsSchema = z.strictObject({
  opened: columnName,
  id: columnName.optional(),
  resolved: columnName.optional(),
  type: columnName.optional(),
  priority: columnName.optional(),
  group: columnName.optional(),
  reassignments: columnName.optional(),
  effort: columnName.optional(),
});

const replaySchema = z
  .strictObject({
    file: z.string().min(1),
    timeUnit: z.enum(['hours', 'iso']).optional(),
    allTypes: z.boolean().default(false),
    columns: columnsSchema.optional(),
    dates: z.enum(['iso', 'day-first', 'month-first']).optional(),
    eventLog: z.boolean().optional(),
    priorities: z.record(z.string(), z.number().int().min(1)).optional(),
    types: z.record(z.string(), z.string().min(1)).optional(),
  })
  .superRefine((replay, context) => {
    // The mapping's fields read an export; without `columns` the file is in the ticket CSV format.
    const mappingOnly = (['dates', 'eventLog', 'priorities', 'types'] as const).filter(
      (field) => replay[field] !== undefined,
    );
    if (replay.columns === undefined) {
      for (const field of mappingOnly) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: "maps an export's columns: it needs columns (at least columns.opened)",
          params: { expected: 'columns: { opened: <column>, ... } beside it' },
        });
      }
    } else if (replay.timeUnit !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['timeUnit'],
        message:
          'belongs to the ticket CSV format; an export mapped by columns says how it writes dates with dates',
        params: { expected: 'dates: iso, day-first or month-first' },
      });
    } else if (replay.eventLog === true && replay.columns.id === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['eventLog'],
        message: 'groups rows by ticket id: name the id column',
        params: { expected: 'columns.id beside eventLog: true' },
      });
    }
  }, ALSO_WITH_FIELD_PROBLEMS);

/**
 * One arrival source: a map with one key naming the kind. Rates are read into arrivals per hour, times
 * and durations into hours; `replay` names a ticket CSV relative to the scenario file and replays the rows
 * of its own work type (all rows, each as its own type, with `allTypes: true`); with `columns` the file is
 * a tool's export read through that mapping (dates, event log, value maps for priorities and types).
 * @example
 * arrivalSchema.parse({ poisson: { rate: '3/h' } }); // => { poisson: { rate: 3 } }
 * arrivalSchema.parse({ scheduled: { every: '1w', at: 'Mon 09:00', count: 3 } });
 * // => { scheduled: { every: 168, at: 9, count: 3 } }
 */
export const arrivalSchema = z
  .strictObject(
    {
      poisson: z.strictObject({ rate: rateSchema }).optional(),
      profiled: profiledSchema.optional(),
      bursts: burstsSchema.optional(),
      batches: z.strictObject({ rate: rateSchema, size: countOrDistributionSchema }).optional(),
      scheduled: scheduledSchema.optional(),
      replay: replaySchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'an arrival source such as { poisson: { rate: 3/h } }' : undefined,
    },
  )
  .superRefine((source, context) => {
    const kinds = ARRIVAL_KINDS.filter((kind) => source[kind] !== undefined);
    if (kinds.length === 1) return;
    context.addIssue({
      code: 'custom',
      message:
        kinds.length === 0 ? 'names no kind of arrival source' : 'names several kinds of arrival source',
      params: { expected: `one of ${ARRIVAL_KINDS.join(', ')}`, received: keysGiven(kinds) },
    });
  }, ALSO_WITH_FIELD_PROBLEMS)
  .meta({ minProperties: 1, maxProperties: 1 });

/**
 * A parsed arrival source.
 * @example
 * const storms: ArrivalSpec = { bursts: { triggers: [48], size: 20, spread: 0 } };
 */
export type ArrivalSpec = z.output<typeof arrivalSchema>;

/** One kind of source's parameters, parsed. */
type Part<Kind extends keyof ArrivalSpec> = NonNullable<ArrivalSpec[Kind]>;

const writeCount = (size: number | DistributionSpec): unknown =>
  typeof size === 'number' ? size : writeDistribution(size, 'count');
const writeDurations = (times: readonly number[]): string[] => times.map(writeDuration);

/**
 * Writes a parsed arrival source in the file's notation.
 * @param source - a parsed source
 * @returns the source as a file would write it
 * @example
 * writeArrival({ poisson: { rate: 0.5 } }); // => { poisson: { rate: '0.5/h' } }
 */
export function writeArrival(source: ArrivalSpec): Record<string, unknown> {
  return writeFields(source, {
    poisson: (poisson: Part<'poisson'>) => ({ rate: writeRate(poisson.rate) }),
    profiled: (profiled: Part<'profiled'>) =>
      writeFields(profiled, {
        rate: writeRate,
        weekly: (segments: NonNullable<Part<'profiled'>['weekly']>) =>
          segments.map((segment) => ({
            ...segment,
            day: writeDay(segment.day),
            rate: writeRate(segment.rate),
          })),
      }),
    bursts: (bursts: Part<'bursts'>) =>
      writeFields(bursts, {
        triggerRate: writeRate,
        triggers: writeDurations,
        size: writeCount,
        spread: writeDurationOrDistribution,
      }),
    batches: (batches: Part<'batches'>) => ({
      rate: writeRate(batches.rate),
      size: writeCount(batches.size),
    }),
    scheduled: (scheduled: Part<'scheduled'>) =>
      writeFields(scheduled, {
        every: writeDuration,
        at: (at: number) => writeTimeInPeriod(at, scheduled.every ?? 168),
        times: writeDurations,
      }),
  });
}
