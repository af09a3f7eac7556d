// The policies a scenario file chooses: the order of every queue (a name, or a map for orders with options:
// ageing, closest to SLA breach, one order then another) and who takes an item; read and written back.
import { z } from 'zod';
import { ALSO_WITH_FIELD_PROBLEMS } from './fieldChecks.ts';
import { positiveDurationSchema, writeDuration } from './units.ts';

/**
 * Queue orders that take no options (closestToSlaBreach may take some, in the map form).
 * @example
 * SIMPLE_QUEUE_ORDERS.includes('triage'); // => true
 */
export const SIMPLE_QUEUE_ORDERS = [
  'firstInFirstOut',
  'lastInFirstOut',
  'shortestFirst',
  'longestFirst',
  'highestValueFirst',
  'costOfDelay',
  'weightedShortestJobFirst',
  'classOfServiceOrder',
  'entitlementTiers',
  'triage',
  'byResourceAvailability',
  'closestToSlaBreach',
] as const;

/** Queue orders with options, as the keys that name them. */
const QUEUE_ORDERS_WITH_OPTIONS = ['ageing', 'closestToSlaBreach', 'thenBy'] as const;

/**
 * The assignment policies, by the names a file uses.
 * @example
 * ASSIGNMENT_POLICIES[0]; // => 'bestSkilled'
 */
export const ASSIGNMENT_POLICIES = ['bestSkilled', 'leastLoaded', 'roundRobin', 'random'] as const;

/**
 * A parsed queue order: a name, or one order with options (ageing threshold in hours).
 * @example
 * const order: QueueOrderSpec = { thenBy: ['triage', { ageing: { threshold: 24, levelsPerThreshold: 1 } }] };
 */
export type QueueOrderSpec =
  | (typeof SIMPLE_QUEUE_ORDERS)[number]
  | {
      readonly ageing?: { readonly threshold: number; readonly levelsPerThreshold: number } | undefined;
      readonly closestToSlaBreach?: { readonly expediteFirst: boolean } | undefined;
      readonly thenBy?: readonly QueueOrderSpec[] | undefined;
    };

/** A queue order as a file writes it (durations as text). */
type QueueOrderInput =
  | (typeof SIMPLE_QUEUE_ORDERS)[number]
  | {
      readonly ageing?:
        | { readonly threshold: string; readonly levelsPerThreshold?: number | undefined }
        | undefined;
      readonly closestToSlaBreach?: { readonly expediteFirst?: boolean | undefined } | undefined;
      readonly thenBy?: readonly QueueOrderInput[] | undefined;
    };

/**
 * A queue order: one of {@link SIMPLE_QUEUE_ORDERS}, `{ ageing: { threshold, levelsPerThreshold } }`,
 * `{ closestToSlaBreach: { expediteFirst } }` or `{ thenBy: [first, second, ...] }` (each order breaks the
 * ties of the ones before it).
 * @example
 * queueOrderSchema.parse({ ageing: { threshold: '1d' } }); // => { ageing: { threshold: 24, levelsPerThreshold: 1 } }
 */
export const queueOrderSchema: z.ZodType<QueueOrderSpec, QueueOrderInput> = z.lazy(() =>
  z.union([
    z.enum(SIMPLE_QUEUE_ORDERS),
    z
      .strictObject(
        {
          ageing: z
            .strictObject({
              threshold: positiveDurationSchema,
              levelsPerThreshold: z.number().positive().default(1),
            })
            .optional(),
          closestToSlaBreach: z.strictObject({ expediteFirst: z.boolean().default(false) }).optional(),
          thenBy: z.array(queueOrderSchema).min(2).optional(),
        },
        {
          error: (issue) =>
            issue.code === 'invalid_type'
              ? 'a queue order with options, such as { ageing: { threshold: 1d } }'
              : undefined,
        },
      )
      .superRefine((order, context) => {
        const named = QUEUE_ORDERS_WITH_OPTIONS.filter((name) => order[name] !== undefined);
        if (named.length === 1) return;
        context.addIssue({
          code: 'custom',
          message: named.length === 0 ? 'names no queue order' : 'names several queue orders',
          params: { expected: `one of ${QUEUE_ORDERS_WITH_OPTIONS.join(', ')}` },
        });
      }, ALSO_WITH_FIELD_PROBLEMS),
  ]),
);

/**
 * The policies: the order of every queue (default triage: by priority, then first in first out) and who
 * takes an item when several people could (default best skilled).
 * @example
 * policiesSchema.parse({}); // => { queueOrder: 'triage', assignment: 'bestSkilled' }
 */
export const policiesSchema = z.strictObject({
  queueOrder: queueOrderSchema.prefault('triage'),
  assignment: z.enum(ASSIGNMENT_POLICIES).default('bestSkilled'),
});

/**
 * Writes a parsed queue order in the file's notation.
 * @param order - a parsed queue order
 * @returns the order as a file would write it
 * @example
 * writeQueueOrder({ ageing: { threshold: 24, levelsPerThreshold: 1 } }); // => { ageing: { threshold: '1d', levelsPerThreshold: 1 } }
 */
export function writeQueueOrder(order: QueueOrderSpec): unknown {
  if (typeof order === 'string') return order;
  if (order.ageing !== undefined) {
    return {
      ageing: {
        threshold: writeDuration(order.ageing.threshold),
        levelsPerThreshold: order.ageing.levelsPerThreshold,
      },
    };
  }
  if (order.thenBy !== undefined) return { thenBy: order.thenBy.map(writeQueueOrder) };
  return { closestToSlaBreach: { ...order.closestToSlaBreach } };
}
