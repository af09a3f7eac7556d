// The whole scenario document: its top-level keys, their defaults, the variants (checked shallowly here and
// in full once merged into the baseline), and the checks that span keys; with its input and output types.
import { z } from 'zod';
import { calendarSchema } from './calendars.ts';
import { closestName } from './didYouMean.ts';
import { durationOrDistributionSchema } from './distributions.ts';
import { ALSO_WITH_FIELD_PROBLEMS } from './fieldChecks.ts';
import { policiesSchema } from './policies.ts';
import { backlogSchema, forecastSchema, runSchema } from './run.ts';
import { teamSchema } from './teams.ts';
import { positiveDurationSchema } from './units.ts';
import { valueStreamSchema } from './valueStreams.ts';
import { workTypeSchema } from './workTypes.ts';

/** The 4 x 4 ITIL-style priority matrix: impact rows, urgency columns, 1 the highest. */
const DEFAULT_PRIORITY_MATRIX = [
  [1, 2, 3, 4],
  [2, 3, 4, 4],
  [3, 4, 4, 4],
  [4, 4, 4, 4],
];

const SLA_KEY = /^P([1-9]\d*)$/;

/**
 * Top-level keys a variant may override: every key but name, question and variants.
 * @example
 * OVERRIDABLE_KEYS.includes('teams'); // => true
 */
export const OVERRIDABLE_KEYS = [
  'description',
  'run',
  'calendars',
  'teams',
  'valueStreams',
  'workTypes',
  'services',
  'parties',
  'priorityMatrix',
  'sla',
  'policies',
  'serviceDesks',
  'backlog',
  'forecast',
] as const;

const slaSchema = z.record(z.string(), positiveDurationSchema).superRefine((sla, context) => {
  for (const key of Object.keys(sla)) {
    if (SLA_KEY.test(key)) continue;
    const suggestion = /^p\d+$/i.test(key) ? key.toUpperCase() : undefined;
    context.addIssue({
      code: 'custom',
      path: [key],
      message: 'not a priority',
      params: { expected: 'a priority P1, P2, ...', received: JSON.stringify(key), suggestion },
    });
  }
}, ALSO_WITH_FIELD_PROBLEMS);

const variantSchema = z
  .strictObject({
    name: z.string().min(1),
    ...Object.fromEntries(OVERRIDABLE_KEYS.map((key) => [key, z.unknown().optional()])),
    question: z.unknown().optional(),
    variants: z.unknown().optional(),
  })
  .superRefine((variant, context) => {
    for (const key of ['question', 'variants'] as const) {
      if (variant[key] === undefined) continue;
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `a variant cannot change ${key === 'question' ? "the question: it is the whole file's" : 'the variants'}`,
        params: { expected: `one of name, ${OVERRIDABLE_KEYS.join(', ')}` },
      });
    }
  }, ALSO_WITH_FIELD_PROBLEMS)
  .meta({ description: 'a named change to the baseline: any top-level keys, merged into it' });

/**
 * A scenario document: what the file says, validated, with units read into hours and every default
 * filled in. `name` defaults to the file's name (the loader supplies it). Variants are checked here only
 * for their names and keys; each is checked in full once merged into the baseline.
 * @example
 * scenarioDocumentSchema.parse({ name: 'pooling', question: 'Does pooling help?', teams: [],
 *   valueStreams: [], workTypes: [] }).run.replications; // => 20
 */
export const scenarioDocumentSchema = z
  .strictObject({
    name: z.string().min(1).optional(),
    question: z.string().min(1),
    description: z.string().optional(),
    run: runSchema.prefault({}),
    calendars: z.record(z.string(), calendarSchema).optional(),
    teams: z.array(teamSchema),
    valueStreams: z.array(valueStreamSchema),
    workTypes: z.array(workTypeSchema),
    services: z
      .array(z.strictObject({ name: z.string().min(1), valuePerHour: z.number().min(0) }))
      .optional(),
    parties: z
      .record(z.string().min(1), z.strictObject({ handoffDelay: durationOrDistributionSchema.optional() }))
      .optional(),
    priorityMatrix: z
      .array(z.array(z.number().int().min(1)).min(1))
      .min(1)
      .default(DEFAULT_PRIORITY_MATRIX),
    sla: slaSchema.optional(),
    policies: policiesSchema.prefault({}),
    serviceDesks: z
      .array(
        z.strictObject({
          valueStream: z.string().min(1),
          step: z.string().min(1),
          answerTarget: positiveDurationSchema,
        }),
      )
      .optional(),
    backlog: backlogSchema.optional(),
    forecast: forecastSchema.optional(),
    variants: z.array(variantSchema).optional(),
  })
  .superRefine((document, context) => {
    const workTypes = document.workTypes.map((type) => type.name);
    document.backlog?.forEach((entry, index) => {
      if (workTypes.includes(entry.workType)) return;
      context.addIssue({
        code: 'custom',
        path: ['backlog', index, 'workType'],
        message: 'no work type has this name',
        params: {
          expected: `a work type of the scenario (${workTypes.join(', ')})`,
          received: JSON.stringify(entry.workType),
          suggestion: closestName(entry.workType, workTypes),
        },
      });
    });
    const backlogless = (key: string, message: string): void => {
      context.addIssue({
        code: 'custom',
        path: key === 'until' ? ['run', 'until'] : [key],
        message,
        params: { expected: 'a backlog of items waiting at time 0' },
      });
    };
    if (document.backlog === undefined || document.backlog.length === 0) {
      const replays = document.workTypes.some((type) =>
        (type.arrivals ?? []).some((source) => source.replay !== undefined),
      );
      if (document.run.until === 'drained' && !replays) {
        context.addIssue({
          code: 'custom',
          path: ['run', 'until'],
          message:
            'drained means "until the backlog and the replayed tickets are done", but there is neither',
          params: { expected: 'a backlog of items waiting at time 0, or a replay' },
        });
      }
      if (document.forecast !== undefined)
        backlogless('forecast', 'a forecast asks about the backlog, but there is no backlog');
    }
    const seen = new Map<string, number>();
    document.variants?.forEach((variant, index) => {
      const earlier = seen.get(variant.name);
      if (variant.name === document.name || earlier !== undefined) {
        const clash = earlier === undefined ? "the baseline's name" : `the name of variant ${earlier + 1}`;
        context.addIssue({
          code: 'custom',
          path: ['variants', index, 'name'],
          message: `is ${clash}; every variant needs a name of its own`,
          params: { received: JSON.stringify(variant.name) },
        });
      } else seen.set(variant.name, index);
    });
  });

/**
 * A scenario document as a file writes it (durations as text, defaults optional).
 * @example
 * const minimal: ScenarioDocumentInput = { question: 'How long do calls wait?', teams: [], valueStreams: [], workTypes: [] };
 */
export type ScenarioDocumentInput = z.input<typeof scenarioDocumentSchema>;

/**
 * A scenario document parsed: units in hours and per hour, days 0 (Monday) to 6, every default filled in.
 * @example
 * const hours: ScenarioDocument['run']['length'] = 8736; // => 52 weeks
 */
export type ScenarioDocument = z.output<typeof scenarioDocumentSchema>;
