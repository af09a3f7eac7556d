// Teams as scenario files write them: named people with skill levels, a skill-shape preset (I, T, Pi, comb,
// generalist) with its shape's defaults filled in, a default calendar, handover, a charge per ticket and
// elastic on-call capacity.
import { z } from 'zod';
import { durationSchema, writeDuration } from './units.ts';
import { writeFields } from './writeFields.ts';

/**
 * Most people one preset may generate: a bound that keeps a typo such as 5000000 from exhausting memory.
 * @example
 * MOST_PEOPLE_PER_PRESET; // => 10000
 */
export const MOST_PEOPLE_PER_PRESET = 10_000;

const nameSchema = z.string().min(1);

/**
 * A skill level: none, knowledgeable, expert, or a number >= 0 (an expert-equivalent speed).
 * @example
 * skillLevelSchema.parse('expert'); // => 'expert'
 */
export const skillLevelSchema = z.union([z.enum(['none', 'knowledgeable', 'expert']), z.number().min(0)]);

/** Fields a person has and a preset copies onto each person it generates. */
const commonPersonFields = {
  performance: z
    .record(
      z.string(),
      z.strictObject({
        speed: z.number().positive().optional(),
        firstTimeSuccess: z.number().gt(0).max(1).optional(),
      }),
    )
    .optional(),
  maxInHand: z.number().int().min(1).optional(),
  contextSwitchPenalty: z.array(z.number().min(0).lt(1)).min(1).optional(),
  calendar: nameSchema.optional(),
  costPerHour: z.number().min(0).optional(),
  onCall: z.boolean().optional(),
};

const personSchema = z.strictObject({
  name: nameSchema,
  skills: z.record(z.string(), skillLevelSchema),
  ...commonPersonFields,
});

const presetSchema = z
  .strictObject({
    shape: z.enum(['I', 'T', 'Pi', 'comb', 'generalist']),
    skills: z.array(nameSchema).min(1),
    count: z.number().int().min(0).max(MOST_PEOPLE_PER_PRESET),
    namePrefix: z.string().optional(),
    knowledgeableIn: z.number().int().min(0).optional(),
    expertIn: z.number().int().min(3).optional(),
    arrangement: z.enum(['chain', 'spread']).optional(),
    generalistLevel: skillLevelSchema.optional(),
    ...commonPersonFields,
  })
  .transform((preset) => {
    // The shape's own defaults, as the engine applies them, written out so that `show` says them.
    switch (preset.shape) {
      case 'T':
        return { ...preset, knowledgeableIn: preset.knowledgeableIn ?? preset.skills.length - 1 };
      case 'Pi':
        return {
          ...preset,
          knowledgeableIn: preset.knowledgeableIn ?? 0,
          arrangement: preset.arrangement ?? 'chain',
        };
      case 'comb':
        return { ...preset, knowledgeableIn: preset.knowledgeableIn ?? 0, expertIn: preset.expertIn ?? 3 };
      case 'generalist':
        return { ...preset, generalistLevel: preset.generalistLevel ?? 'knowledgeable' };
      default:
        return preset;
    }
  });

const elasticSchema = z
  .strictObject({
    queueAbove: z.number().int().min(0),
    queueBelow: z.number().int().min(0).default(0),
    joinDelay: durationSchema.prefault('0s'),
    costMultiplier: z.number().positive().default(1.5),
  })
  .superRefine((elastic, context) => {
    if (elastic.queueBelow > elastic.queueAbove) {
      context.addIssue({
        code: 'custom',
        path: ['queueBelow'],
        message: 'must not be above queueAbove',
        params: { expected: `a whole number <= queueAbove (${elastic.queueAbove})` },
      });
    }
  });

/**
 * A team: named people, a preset of `count` people of one skill shape, or both (listed people first), a
 * calendar for members without their own, whether work in hand goes back to the queue at a shift's end,
 * a charge per ticket (money for each step visit it takes on, as a vendor bills; default 0), and elastic
 * capacity (its on-call people join when its queues grow).
 * @example
 * teamSchema.parse({ name: 'desk', preset: { shape: 'generalist', skills: ['A', 'B'], count: 2 } }).preset;
 * // => { shape: 'generalist', skills: ['A', 'B'], count: 2, generalistLevel: 'knowledgeable' }
 */
export const teamSchema = z.strictObject({
  name: nameSchema,
  calendar: nameSchema.optional(),
  handoverAtShiftEnd: z.boolean().default(false),
  costPerTicket: z.number().min(0).default(0),
  party: nameSchema.optional(),
  preset: presetSchema.optional(),
  people: z.array(personSchema).optional(),
  elastic: elasticSchema.optional(),
});

/**
 * A parsed team.
 * @example
 * const desk: TeamSpec = { name: 'desk', handoverAtShiftEnd: false, costPerTicket: 0, people: [{ name: 'ana', skills: { apps: 'expert' } }] };
 */
export type TeamSpec = z.output<typeof teamSchema>;

/**
 * Writes a parsed team in the file's notation (the elastic join delay as a duration).
 * @param team - a parsed team
 * @returns the team as a file would write it
 * @example
 * writeTeam({ name: 'desk', handoverAtShiftEnd: false, costPerTicket: 0, elastic: { queueAbove: 4, queueBelow: 0, joinDelay: 0.5, costMultiplier: 1.5 } }).elastic;
 * // => { queueAbove: 4, queueBelow: 0, joinDelay: '30m', costMultiplier: 1.5 }
 */
export function writeTeam(team: TeamSpec): Record<string, unknown> {
  return writeFields(team, {
    elastic: (elastic: NonNullable<TeamSpec['elastic']>) =>
      writeFields(elastic, { joinDelay: writeDuration }),
  });
}
