// When a check across a map's fields runs: by default zod skips it once a field has a problem; checks
// that only look at which keys are given run anyway, so that every problem of a file is reported at once.
import type { z } from 'zod';

/**
 * Options for a check that looks only at which keys a map gives ("exactly one family", "mean or rate"):
 * it runs even when a field has its own problem, but not on a value that is not a map, nor on a map with
 * an unknown key (a misspelt key is reported as such, with the key meant, not again as a missing one).
 *
 * @example
 * z.strictObject({ mean: z.number().optional(), rate: z.number().optional() })
 *   .superRefine(checkOneOf, ALSO_WITH_FIELD_PROBLEMS); // => reports "mean or rate" beside field problems
 */
export const ALSO_WITH_FIELD_PROBLEMS = {
  when: (payload: z.core.ParsePayload): boolean =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !Array.isArray(payload.value) &&
    !payload.issues.some((issue) => issue.code === 'unrecognized_keys' && (issue.path ?? []).length === 0),
};

/**
 * How a check shows the keys a map gives: `{ mean, rate }`, or nothing for none.
 * @param keys - the keys given
 * @returns the keys in braces, or undefined for an empty list
 * @example
 * keysGiven(['mean', 'rate']); // => '{ mean, rate }'
 */
export function keysGiven(keys: readonly string[]): string | undefined {
  return keys.length === 0 ? undefined : `{ ${keys.join(', ')} }`;
}
