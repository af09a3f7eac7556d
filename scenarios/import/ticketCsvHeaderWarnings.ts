// A warning for a ticket CSV's column that is not read but is close to one that would be ("priorty"):
// the engine's reader ignores unknown columns, so without this the misspelt column is lost in silence.
import { closestName } from '../schema/didYouMean.ts';
import { readCsvTable } from './csvTable.ts';

const KNOWN_COLUMNS = ['timestamp', 'type', 'priority', 'effort'];

/**
 * Warnings for the header of a ticket CSV (`timestamp, type, priority, effort`): each column whose name
 * is not one of these but close to one.
 * @param text - the file
 * @param source - its name, for messages
 * @returns one warning per such column
 * @example
 * ticketCsvHeaderWarnings('timestamp,type,priorty\n1,incident,2\n', 'tickets.csv');
 * // => ['tickets.csv: column "priorty" is not read: did you mean "priority"?']
 */
export function ticketCsvHeaderWarnings(text: string, source: string): string[] {
  const firstLines = text.slice(0, text.search(/\r?\n\s*[^\s]/) + 1 || text.length);
  const header = readCsvTable(firstLines).header;
  const lowered = new Set(header.map((name) => name.toLowerCase()));
  return header.flatMap((name) => {
    if (KNOWN_COLUMNS.includes(name.toLowerCase())) return [];
    const near = closestName(name.toLowerCase(), KNOWN_COLUMNS);
    return near === undefined || lowered.has(near)
      ? []
      : [`${source}: column "${name}" is not read: did you mean "${near}"?`];
  });
}
