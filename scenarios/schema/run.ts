// How a scenario runs (length, warm-up, replications, seed, when to stop, sampling, item records), and the
// backlog of items waiting at time 0 with the forecast questions asked of it; read and written back.
import { z } from 'zod';
import { durationSchema, positiveDurationSchema, writeDuration } from './units.ts';
import { writeFields } from './writeFields.ts';

/**
 * The `run` map, every default filled: 52 weeks, no warm-up, 20 replications, seed 1, the whole length,
 * a sample every day, item records kept. The warm-up must end before the run does.
 * @example
 * runSchema.parse({ warmUp: '1w' });
 * // => { length: 8736, warmUp: 168, replications: 20, seed: 1, until: 'length', sampleEvery: 24, recordItems: true }
 */
export const runSchema = z
  .strictObject({
    length: positiveDurationSchema.prefault('52w'),
    warmUp: durationSchema.prefault('0s'),
    replications: z.number().int().min(1).max(1_000_000).default(20),
    seed: z.number().int().min(0).default(1),
    until: z.enum(['length', 'drained']).default('length'),
    sampleEvery: positiveDurationSchema.prefault('1d'),
    recordItems: z.boolean().default(true),
  })
  .superRefine((run, context) => {
    if (run.warmUp >= run.length) {
      context.addIssue({
        code: 'custom',
        path: ['warmUp'],
        message: 'must end before the run does',
        params: { expected: `shorter than the length (${writeDuration(run.length)})` },
      });
    }
  });

/**
 * Items already waiting at time 0, by work type, for forecasting.
 * @example
 * backlogSchema.parse([{ workType: 'feature', count: 40 }]); // => [{ workType: 'feature', count: 40 }]
 */
export const backlogSchema = z.array(
  z.strictObject({ workType: z.string().min(1), count: z.number().int().min(1).max(1_000_000) }),
);

/**
 * The forecast asked of the backlog: how many of its items are done by each of these times.
 * @example
 * forecastSchema.parse({ doneBy: ['30d', '60d'] }); // => { doneBy: [720, 1440] }
 */
export const forecastSchema = z.strictObject({ doneBy: z.array(positiveDurationSchema).min(1) });

/**
 * Writes the parsed `run` map in the file's notation.
 * @param run - the parsed run settings
 * @returns the map as a file would write it
 * @example
 * writeRun(runSchema.parse({})).length; // => '52w'
 */
export function writeRun(run: z.output<typeof runSchema>): Record<string, unknown> {
  return writeFields(run, { length: writeDuration, warmUp: writeDuration, sampleEvery: writeDuration });
}
