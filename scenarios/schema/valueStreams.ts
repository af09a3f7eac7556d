// Value streams as scenario files write them: named steps done by teams with a skill, with effort, rework,
// WIP limits, scheduled gates ("every 1w at Thu 10:00"), blocking, exits, skips, steps only for the items
// that need them, transit between groups, re-diagnosis, and the restoration point.
import { z } from 'zod';
import { timeInPeriodSchema, writeTimeInPeriod } from './clockTimes.ts';
import { durationOrDistributionSchema, writeDurationOrDistribution } from './distributions.ts';
import { positiveDurationSchema, writeDuration } from './units.ts';
import { writeFields } from './writeFields.ts';

const nameSchema = z.string().min(1);
const probabilitySchema = z.number().min(0).max(1);

const gateSchema = z
  .strictObject({ every: positiveDurationSchema, at: timeInPeriodSchema.prefault('0s') })
  .superRefine((gate, context) => {
    if (gate.at >= gate.every) {
      context.addIssue({
        code: 'custom',
        path: ['at'],
        message: 'must fall inside the period',
        params: { expected: `a moment before ${writeDuration(gate.every)} into the period` },
      });
    }
  });

const stepSchema = z.strictObject({
  name: nameSchema,
  teams: z.array(nameSchema).min(1),
  skill: nameSchema,
  effort: durationOrDistributionSchema.optional(),
  rework: z.strictObject({ probability: probabilitySchema, toStep: nameSchema }).optional(),
  wipLimit: z.number().int().min(1).optional(),
  gate: gateSchema.optional(),
  blocking: z
    .strictObject({ probability: probabilitySchema, duration: durationOrDistributionSchema })
    .optional(),
  exitProbability: probabilitySchema.optional(),
  exitWhen: nameSchema.optional(),
  exitDelivers: z.boolean().default(true),
  skipWhen: nameSchema.optional(),
  onlyWhen: nameSchema.optional(),
  handoffDelay: durationOrDistributionSchema.optional(),
  rediagnosisEffort: durationOrDistributionSchema.optional(),
  misrouting: z
    .strictObject({ probability: probabilitySchema, bounceEffort: durationOrDistributionSchema })
    .optional(),
  restoresValue: z.boolean().default(false),
});

/**
 * A value stream: a name and its steps, in order.
 * @example
 * valueStreamSchema.parse({ name: 'support', steps: [{ name: 'fix', teams: ['desk'], skill: 'apps',
 *   gate: { every: '1w', at: 'Thu 10:00' } }] }).steps[0]?.gate; // => { every: 168, at: 82 }
 */
export const valueStreamSchema = z.strictObject({ name: nameSchema, steps: z.array(stepSchema).min(1) });

/**
 * A parsed value stream.
 * @example
 * const support: ValueStreamSpec = { name: 'support', steps: [] }; // => as parsed (validation wants a step)
 */
export type ValueStreamSpec = z.output<typeof valueStreamSchema>;

/** A parsed step. */
type StepSpec = ValueStreamSpec['steps'][number];

function writeStep(step: StepSpec): Record<string, unknown> {
  return writeFields(step, {
    effort: writeDurationOrDistribution,
    handoffDelay: writeDurationOrDistribution,
    rediagnosisEffort: writeDurationOrDistribution,
    gate: (gate: { every: number; at: number }) => ({
      every: writeDuration(gate.every),
      at: writeTimeInPeriod(gate.at, gate.every),
    }),
    blocking: (blocking: NonNullable<StepSpec['blocking']>) =>
      writeFields(blocking, { duration: writeDurationOrDistribution }),
    misrouting: (misrouting: NonNullable<StepSpec['misrouting']>) =>
      writeFields(misrouting, { bounceEffort: writeDurationOrDistribution }),
  });
}

/**
 * Writes a parsed value stream in the file's notation.
 * @param stream - a parsed value stream
 * @returns the stream as a file would write it
 * @example
 * writeValueStream({ name: 's', steps: [{ name: 'fix', teams: ['desk'], skill: 'apps', effort: 0.5,
 *   exitDelivers: true, restoresValue: false }] }).steps; // => [{ name: 'fix', ..., effort: '30m' }]
 */
export function writeValueStream(stream: ValueStreamSpec): {
  name: string;
  steps: Record<string, unknown>[];
} {
  return { name: stream.name, steps: stream.steps.map(writeStep) };
}
