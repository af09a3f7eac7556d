// Distributions as scenario files write them, one map key naming the family ({ exponential: { mean: 1h } }):
// of durations (efforts, patience), of plain numbers (values) or of counts (batch sizes); read and written.
import { z } from 'zod';
import { ALSO_WITH_FIELD_PROBLEMS, keysGiven } from './fieldChecks.ts';
import {
  durationSchema,
  positiveDurationSchema,
  positiveRateSchema,
  signedDurationSchema,
  writeDuration,
  writeRate,
} from './units.ts';

/**
 * What a distribution's values are: durations ("2h", rates "2/h"), plain numbers (money, shares) or
 * counts (items per batch).
 * @example
 * const unit: DistributionUnit = 'duration'; // => { exponential: { mean: 2h } }
 */
export type DistributionUnit = 'duration' | 'number' | 'count';

/**
 * The families, in the order the format's table lists them.
 * @example
 * DISTRIBUTION_FAMILIES.length; // => 11
 */
export const DISTRIBUTION_FAMILIES = [
  'constant',
  'exponential',
  'erlang',
  'gamma',
  'lognormal',
  'pert',
  'triangular',
  'truncatedNormal',
  'uniform',
  'weibull',
  'empirical',
] as const;

/** Parameters that are values in the distribution's unit (durations for a duration distribution). */
const VALUE_PARAMETERS: ReadonlySet<string> = new Set(['mean', 'scale', 'min', 'mode', 'max', 'sd']);

/** The schemas of one unit: any value >= 0, a value > 0, a rate > 0 and a value of any sign. */
interface UnitSchemas {
  readonly value: z.ZodType<number, unknown>;
  readonly positiveValue: z.ZodType<number, unknown>;
  readonly rate: z.ZodType<number, unknown>;
  readonly signedValue: z.ZodType<number, unknown>;
}

function unitSchemas(unit: DistributionUnit): UnitSchemas {
  if (unit === 'duration') {
    return {
      value: durationSchema,
      positiveValue: positiveDurationSchema,
      rate: positiveRateSchema,
      signedValue: signedDurationSchema,
    };
  }
  return {
    value: z.number().min(0),
    positiveValue: z.number().positive(),
    rate: z.number().positive(),
    signedValue: z.number(),
  };
}

/**
 * A check that exactly one of a family's parameter sets is given, complete, and nothing of another set
 * beside it, so that `{ mean, rate }` is refused rather than guessed (as the engine's factories do).
 */
function oneForm(family: string, forms: readonly (readonly string[])[]) {
  const accepted = forms.map((form) => `{ ${form.join(', ')} }`).join(' or ');
  return (parameters: Readonly<Record<string, unknown>>, context: z.RefinementCtx): void => {
    const given = (field: string): boolean => parameters[field] !== undefined;
    const complete = forms.filter((form) => form.every(given));
    const chosen = complete.length === 1 ? complete[0]! : undefined;
    const mixed = forms.some((form) => form.some((field) => given(field) && !chosen?.includes(field)));
    if (chosen !== undefined && !mixed) return;
    const written = Object.keys(parameters).filter(given);
    context.addIssue({
      code: 'custom',
      message: complete.length === 0 ? `${family} is missing parameters` : `${family} mixes parameter sets`,
      params: { expected: `either ${accepted}`, received: keysGiven(written) },
    });
  };
}

/** A check that min <= mode <= max and min < max, reported at the field at fault. */
function ordered(withMode: boolean) {
  return (parameters: { min: number; max: number; mode?: number }, context: z.RefinementCtx): void => {
    const { min, mode, max } = parameters;
    if (!(max > min)) {
      context.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'must be above min',
        params: { expected: `> min` },
      });
    } else if (withMode && mode !== undefined && !(mode >= min && mode <= max)) {
      context.addIssue({
        code: 'custom',
        path: ['mode'],
        message: 'must lie between min and max',
        params: { expected: 'min <= mode <= max' },
      });
    }
  };
}

function familySchemas(unit: DistributionUnit) {
  const { value, positiveValue, rate, signedValue } = unitSchemas(unit);
  const positive = z.number().positive();
  return {
    constant: value,
    exponential: z
      .strictObject({ mean: positiveValue.optional(), rate: rate.optional() })
      .superRefine(oneForm('exponential', [['mean'], ['rate']]), ALSO_WITH_FIELD_PROBLEMS),
    erlang: z
      .strictObject({ shape: z.number().int().min(1), mean: positiveValue.optional(), rate: rate.optional() })
      .superRefine(
        oneForm('erlang', [
          ['shape', 'mean'],
          ['shape', 'rate'],
        ]),
        ALSO_WITH_FIELD_PROBLEMS,
      ),
    gamma: z
      .strictObject({
        mean: positiveValue.optional(),
        cv: positive.optional(),
        shape: positive.optional(),
        scale: positiveValue.optional(),
      })
      .superRefine(
        oneForm('gamma', [
          ['mean', 'cv'],
          ['shape', 'scale'],
        ]),
        ALSO_WITH_FIELD_PROBLEMS,
      ),
    lognormal: z
      .strictObject({
        mean: positiveValue.optional(),
        cv: positive.optional(),
        mu: z.number().optional(),
        sigma: positive.optional(),
      })
      .superRefine(
        oneForm('lognormal', [
          ['mean', 'cv'],
          ['mu', 'sigma'],
        ]),
        ALSO_WITH_FIELD_PROBLEMS,
      ),
    pert: z
      .strictObject({ min: value, mode: value, max: value, lambda: z.number().min(0).default(4) })
      .superRefine(ordered(true)),
    triangular: z.strictObject({ min: value, mode: value, max: value }).superRefine(ordered(true)),
    truncatedNormal: z.strictObject({ mean: signedValue, sd: positiveValue }),
    uniform: z.strictObject({ min: value, max: value }).superRefine(ordered(false)),
    weibull: z.strictObject({ shape: positive, scale: positiveValue }),
    empirical: z.array(value).min(1),
  };
}

/** Builds the schema of a distribution of one unit: a map with exactly one family key. */
function distributionSchema(unit: DistributionUnit) {
  const families = familySchemas(unit);
  const example = unit === 'duration' ? '{ exponential: { mean: 2h } }' : '{ uniform: { min: 1, max: 5 } }';
  return z
    .strictObject(
      {
        constant: families.constant.optional(),
        exponential: families.exponential.optional(),
        erlang: families.erlang.optional(),
        gamma: families.gamma.optional(),
        lognormal: families.lognormal.optional(),
        pert: families.pert.optional(),
        triangular: families.triangular.optional(),
        truncatedNormal: families.truncatedNormal.optional(),
        uniform: families.uniform.optional(),
        weibull: families.weibull.optional(),
        empirical: families.empirical.optional(),
      },
      { error: (issue) => (issue.code === 'invalid_type' ? `a distribution such as ${example}` : undefined) },
    )
    .superRefine((distribution, context) => {
      const named = Object.keys(distribution).filter((key) => distribution[key as Family] !== undefined);
      if (named.length === 1) return;
      context.addIssue({
        code: 'custom',
        message: named.length === 0 ? 'names no distribution family' : 'names several distribution families',
        params: {
          expected: `one of ${DISTRIBUTION_FAMILIES.join(', ')}`,
          received: keysGiven(named),
        },
      });
    }, ALSO_WITH_FIELD_PROBLEMS)
    .meta({ minProperties: 1, maxProperties: 1, description: `a distribution of ${unit}s, e.g. ${example}` });
}

type Family = (typeof DISTRIBUTION_FAMILIES)[number];

/**
 * A distribution of durations: values are durations ("30m") and rates are rates ("2/h"); read into hours.
 * @example
 * durationDistributionSchema.parse({ exponential: { mean: '30m' } }); // => { exponential: { mean: 0.5 } }
 */
export const durationDistributionSchema = distributionSchema('duration');

/**
 * A distribution of plain numbers >= 0 (money per hour, a share).
 * @example
 * numberDistributionSchema.parse({ uniform: { min: 10, max: 30 } }); // => { uniform: { min: 10, max: 30 } }
 */
export const numberDistributionSchema = distributionSchema('number');

/**
 * A distribution of counts (items per batch or storm; samples are rounded to whole numbers >= 1).
 * @example
 * countDistributionSchema.parse({ constant: 20 }); // => { constant: 20 }
 */
export const countDistributionSchema = distributionSchema('count');

/**
 * A parsed distribution: one family key with its parameters in engine units (hours, per hour).
 * @example
 * const spec: DistributionSpec = { lognormal: { mean: 2, cv: 1 } }; // => read from { lognormal: { mean: 2h, cv: 1 } }
 */
export type DistributionSpec = z.output<typeof durationDistributionSchema>;

/**
 * A duration, or a distribution of durations (a plain duration stands for a constant).
 * @example
 * durationOrDistributionSchema.parse('2h'); // => 2
 */
export const durationOrDistributionSchema = z.union([durationSchema, durationDistributionSchema]);

/**
 * A number >= 0, or a distribution of numbers.
 * @example
 * numberOrDistributionSchema.parse(50); // => 50
 */
export const numberOrDistributionSchema = z.union([z.number().min(0), numberDistributionSchema]);

/**
 * A whole number >= 1, or a distribution of counts.
 * @example
 * countOrDistributionSchema.parse(20); // => 20
 */
export const countOrDistributionSchema = z.union([z.number().int().min(1), countDistributionSchema]);

/**
 * The family a parsed distribution names, with its parameters.
 * @param spec - a parsed distribution
 * @returns the family and its parameters (a number for `constant`, a list for `empirical`)
 * @example
 * familyOf({ exponential: { mean: 2 } }); // => ['exponential', { mean: 2 }]
 */
export function familyOf(spec: DistributionSpec): readonly [Family, unknown] {
  for (const family of DISTRIBUTION_FAMILIES) {
    if (spec[family] !== undefined) return [family, spec[family]];
  }
  // Validation guarantees one family; an empty spec can only come from code that skipped it.
  throw new RangeError('a distribution names no family');
}

/**
 * Writes a parsed distribution in the file's notation: for a duration distribution, values as
 * durations and rates as rates; other units as plain numbers.
 *
 * @param spec - a parsed distribution
 * @param unit - what its values are
 * @returns the distribution as a file would write it
 * @example
 * writeDistribution({ exponential: { rate: 2 } }, 'duration'); // => { exponential: { rate: '2/h' } }
 */
export function writeDistribution(spec: DistributionSpec, unit: DistributionUnit): Record<string, unknown> {
  const [family, parameters] = familyOf(spec);
  const writeValue = (value: number): string | number => (unit === 'duration' ? writeDuration(value) : value);
  if (typeof parameters === 'number') return { [family]: writeValue(parameters) };
  if (Array.isArray(parameters)) return { [family]: parameters.map((value: number) => writeValue(value)) };
  const written: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameters as Record<string, number>)) {
    if (unit === 'duration' && name === 'rate') written[name] = writeRate(value);
    else written[name] = VALUE_PARAMETERS.has(name) ? writeValue(value) : value;
  }
  return { [family]: written };
}

/**
 * Writes a parsed "duration or distribution": a number as a duration, a distribution as one.
 * @example
 * writeDurationOrDistribution(0.5); // => '30m'
 */
export function writeDurationOrDistribution(value: number | DistributionSpec): unknown {
  return typeof value === 'number' ? writeDuration(value) : writeDistribution(value, 'duration');
}
