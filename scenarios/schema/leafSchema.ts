// A schema for one value written with units ("2h", "4/h", "Thu 10:00"): a reader function turns what the
// file says into engine units or explains what is wrong; the JSON Schema editors see is given beside it.
import { z } from 'zod';

/**
 * What a reader made of a value: the value in engine units, or why it cannot be read.
 *
 * `wrongType` marks a value of the wrong kind altogether (a list where a duration belongs), as opposed to
 * a value of the right kind that breaks a rule (a duration without a unit). Where a value may be one of
 * several things, a wrong type is what tells the alternatives apart.
 *
 * @example
 * const reading: LeafReading<number> = { ok: true, value: 2.5 }; // => "2h30m" read
 */
export type LeafReading<Value> =
  | { readonly ok: true; readonly value: Value }
  | {
      readonly ok: false;
      readonly message: string;
      readonly expected: string;
      readonly wrongType?: boolean;
      /** For a misspelt name, the name most likely meant. */
      readonly suggestion?: string;
    };

/**
 * A fragment of JSON Schema describing what a user may write for a leaf, for editors.
 *
 * @example
 * const fragment: JsonSchemaFragment = { type: 'string', description: 'a duration' };
 */
export type JsonSchemaFragment = Readonly<Record<string, unknown>>;

/**
 * Wraps a reader as a zod schema. A value the reader refuses becomes a `custom` issue whose `params`
 * carry `expected` and `wrongType`, which {@link documentProblemsOf} turns into a problem.
 *
 * Built on `z.unknown()` so that the reader sees every value, numbers included, and can say "write 2h,
 * not 2" rather than zod's "expected string". The declared input type and the JSON Schema fragment say
 * what the file holds (a string with a pattern), which `z.unknown()` alone would not: hence the cast.
 *
 * @param read - reads one value: its engine-unit value, or the problem
 * @param jsonSchema - what the JSON Schema says about the value (`type`, `pattern`, `description`, ...)
 * @returns a schema whose input type is `Input` and output type `Output`
 * @example
 * const percent = leafSchema<number, string>((input) =>
 *   typeof input === 'string' && /^\d+%$/.test(input)
 *     ? { ok: true, value: Number.parseFloat(input) / 100 }
 *     : { ok: false, message: 'not a percentage', expected: 'a percentage such as "20%"' },
 *   { type: 'string', pattern: '^\\d+%$' });
 * percent.parse('20%'); // => 0.2
 */
export function leafSchema<Output, Input>(
  read: (input: unknown) => LeafReading<Output>,
  jsonSchema: JsonSchemaFragment,
): z.ZodType<Output, Input> {
  const schema = z
    .unknown()
    .transform((input, context) => {
      // A missing value is reported as missing, whatever the reader would say about it.
      const reading: LeafReading<Output> =
        input === undefined
          ? {
              ok: false,
              message: 'missing',
              expected: String(jsonSchema.description ?? 'a value'),
              wrongType: true,
            }
          : read(input);
      if (reading.ok) return reading.value;
      context.issues.push({
        code: 'custom',
        input,
        message: reading.message,
        params: {
          expected: reading.expected,
          wrongType: reading.wrongType ?? false,
          ...(reading.suggestion === undefined ? {} : { suggestion: reading.suggestion }),
        },
      });
      return z.NEVER;
    })
    .meta(jsonSchema);
  return schema as unknown as z.ZodType<Output, Input>;
}

/**
 * The reading of a value of the wrong kind altogether.
 *
 * @param expected - what belongs there, e.g. `a duration such as "2h"`
 * @returns a refusal marked `wrongType`
 * @example
 * wrongType('a duration such as "2h"').message; // => 'wrong type'
 */
export function wrongType(expected: string): LeafReading<never> {
  return { ok: false, message: 'wrong type', expected, wrongType: true };
}
