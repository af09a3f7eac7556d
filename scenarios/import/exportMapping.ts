// How a ticket export's columns and values map onto tickets: which column holds the id, the opened and
// resolved times, the type, priority, group, reassignment count and effort; how dates are written; value
// maps for priorities and types; and whether rows are events of tickets (one row per update).

import type { DateOrder } from './exportDates.ts';

/** The fields a mapping can name a column for. */
export const MAPPED_FIELDS = [
  'id',
  'opened',
  'resolved',
  'type',
  'priority',
  'group',
  'reassignments',
  'effort',
] as const;

/** One field a mapping can name a column for. */
export type MappedField = (typeof MAPPED_FIELDS)[number];

/**
 * A mapping from an export's columns to tickets. Only `opened` is required.
 * @example
 * const mapping: ExportMapping = {
 *   columns: { id: 'number', opened: 'opened_at', resolved: 'resolved_at', priority: 'priority' },
 *   dates: 'day-first',
 *   eventLog: true,
 *   priorities: { '1 - Critical': 1 },
 *   types: { Network: 'incident' },
 * };
 */
export interface ExportMapping {
  /** Column names by field; matched case-insensitively. */
  readonly columns: { readonly opened: string } & { readonly [Field in MappedField]?: string | undefined };
  /** How the dates are written; when left out the file decides, and a file both orders read is refused. */
  readonly dates?: DateOrder | undefined;
  /** Rows are updates of tickets: group them by id (needs `columns.id`). */
  readonly eventLog?: boolean | undefined;
  /** Priority as written to priority number (1 the most urgent); unmapped values read their leading number. */
  readonly priorities?: Readonly<Record<string, number>> | undefined;
  /** Type as written (a category, say) to work type name; unmapped values keep their own name. */
  readonly types?: Readonly<Record<string, string>> | undefined;
}
