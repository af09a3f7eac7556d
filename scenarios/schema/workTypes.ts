// Work types as scenario files write them: how demand arrives, which value stream it follows, what its items
// need and are worth, and the rules that shape it (intake limits, deferral, automation); read and written.
import { z } from 'zod';
import { arrivalSchema, writeArrival } from './arrivals.ts';
import { dayOfWeekSchema, hourOfDaySchema, writeDay } from './clockTimes.ts';
import {
  type DistributionSpec,
  durationOrDistributionSchema,
  numberDistributionSchema,
  numberOrDistributionSchema,
  writeDistribution,
  writeDurationOrDistribution,
} from './distributions.ts';
import { durationSchema, positiveDurationSchema, writeDuration } from './units.ts';
import { writeFields } from './writeFields.ts';

const nameSchema = z.string().min(1);
const probabilitySchema = z.number().min(0).max(1);
/** An amount of money in the scenario's currency: a penalty, a price. */
const moneySchema = z.number().min(0);
const weightsSchema = z.array(z.number().min(0)).min(1);

const intakeSchema = z
  .strictObject({
    perRequester: z.number().int().min(1).optional(),
    perPeriod: z
      .strictObject({
        count: z.number().int().min(1),
        period: positiveDurationSchema,
        scope: z.enum(['all', 'each-requester']).default('all'),
      })
      .optional(),
  })
  .superRefine((intake, context) => {
    if (intake.perRequester === undefined && intake.perPeriod === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'sets no limit',
        params: { expected: 'perRequester, perPeriod or both' },
      });
    }
  });

const deferralSchema = z
  .strictObject({
    cutoffHour: hourOfDaySchema,
    releaseHour: hourOfDaySchema.prefault(9),
    workingDays: z.array(dayOfWeekSchema).min(1).prefault(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']),
  })
  .superRefine((deferral, context) => {
    if (deferral.cutoffHour === 0) {
      context.addIssue({
        code: 'custom',
        path: ['cutoffHour'],
        message: 'must be after 00:00',
        params: { expected: 'an hour in (0, 24]' },
      });
    }
    if (deferral.releaseHour === 24) {
      context.addIssue({
        code: 'custom',
        path: ['releaseHour'],
        message: 'must be before 24:00',
        params: { expected: 'an hour in [0, 24)' },
      });
    }
  });

/**
 * A work type: the kind of demand, its value stream, its arrival sources (several add up), effort per
 * skill, the weights its items' impact, urgency, class of service and entitlement are drawn from, value
 * (a rate, and for deliverables a value life, the share never used, penalties for SLA breaches and
 * rework), cost of delay, deadline, patience, the service it hits, boolean attributes, and demand shaping
 * rules. Defaults are filled: category service-request, 1 000 requesters, no value, no value life (not a
 * deliverable), no adoption shortfall, no penalties, none resolvable at first line.
 * @example
 * workTypeSchema.parse({ name: 'incident', valueStream: 'support', arrivals: [{ poisson: { rate: '3/h' } }],
 *   patience: { exponential: { mean: '10m' } } }).patience; // => { exponential: { mean: 0.16666666666666666 } }
 */
export const workTypeSchema = z.strictObject({
  name: nameSchema,
  category: nameSchema.default('service-request'),
  valueStream: nameSchema,
  arrivals: z.array(arrivalSchema).default([]),
  effort: z.record(z.string(), durationOrDistributionSchema).optional(),
  impactWeights: weightsSchema.optional(),
  urgencyWeights: weightsSchema.optional(),
  classOfServiceWeights: z
    .strictObject({
      expedite: z.number().min(0).optional(),
      'fixed-date': z.number().min(0).optional(),
      standard: z.number().min(0).optional(),
      intangible: z.number().min(0).optional(),
    })
    .optional(),
  entitlementWeights: weightsSchema.optional(),
  requesters: z.number().int().min(1).default(1000),
  valuePerHour: numberOrDistributionSchema.default(0),
  valueLife: positiveDurationSchema.optional(),
  adoptionShortfall: probabilitySchema.default(0),
  slaBreachPenalty: moneySchema.default(0),
  reworkPenalty: moneySchema.default(0),
  costOfDelayPerHour: numberOrDistributionSchema.optional(),
  deadline: durationOrDistributionSchema.optional(),
  firstLineResolvable: probabilitySchema.default(0),
  patience: durationOrDistributionSchema.optional(),
  service: z
    .strictObject({ name: nameSchema, impact: z.union([probabilitySchema, numberDistributionSchema]) })
    .optional(),
  attributes: z.record(z.string(), probabilitySchema).optional(),
  needs: z.record(z.string(), probabilitySchema).optional(),
  problems: z
    .strictObject({
      raiseAfter: z.number().int().min(1),
      problemType: nameSchema,
      knownErrorEffect: probabilitySchema,
    })
    .optional(),
  intake: intakeSchema.optional(),
  deferral: deferralSchema.optional(),
  automation: z
    .strictObject({ share: probabilitySchema, duration: durationSchema.prefault('0s') })
    .optional(),
});

/**
 * A parsed work type.
 * @example
 * const call: WorkTypeSpec['name'] = 'call'; // => the name of a parsed work type
 */
export type WorkTypeSpec = z.output<typeof workTypeSchema>;

const writeNumberOrDistribution = (value: number | DistributionSpec): unknown =>
  typeof value === 'number' ? value : writeDistribution(value, 'number');

/**
 * Writes a parsed work type in the file's notation, every default written out.
 * @param type - a parsed work type
 * @returns the work type as a file would write it
 * @example
 * writeWorkType(workTypeSchema.parse({ name: 'call', valueStream: 's', deadline: '2w' })).deadline; // => '2w'
 */
export function writeWorkType(type: WorkTypeSpec): Record<string, unknown> {
  type Part<Key extends keyof WorkTypeSpec> = NonNullable<WorkTypeSpec[Key]>;
  return writeFields(type, {
    arrivals: (arrivals: Part<'arrivals'>) => arrivals.map(writeArrival),
    effort: (effort: Part<'effort'>) =>
      Object.fromEntries(
        Object.entries(effort).map(([skill, value]) => [skill, writeDurationOrDistribution(value)]),
      ),
    valuePerHour: writeNumberOrDistribution,
    valueLife: writeDuration,
    costOfDelayPerHour: writeNumberOrDistribution,
    deadline: writeDurationOrDistribution,
    patience: writeDurationOrDistribution,
    service: (service: Part<'service'>) => ({
      name: service.name,
      impact: writeNumberOrDistribution(service.impact),
    }),
    intake: (intake: Part<'intake'>) =>
      writeFields(intake, {
        perPeriod: (limit: NonNullable<Part<'intake'>['perPeriod']>) => ({
          ...limit,
          period: writeDuration(limit.period),
        }),
      }),
    deferral: (deferral: Part<'deferral'>) => ({
      ...deferral,
      workingDays: deferral.workingDays.map(writeDay),
    }),
    automation: (automation: Part<'automation'>) => ({
      share: automation.share,
      duration: writeDuration(automation.duration),
    }),
  });
}
