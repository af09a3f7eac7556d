// Tests of parseTicketCsv: a good file in each time unit, free column order and case, sorting, and every
// malformed case with its exact line/column message, all reported together in one TicketCsvError.
import { describe, expect, it } from 'vitest';
import { DemandParameterError } from '../../../../engine/model/demand/demandParameterError.ts';
import { parseTicketCsv, type TicketCsvOptions } from '../../../../engine/model/demand/parseTicketCsv.ts';
import { TicketCsvError } from '../../../../engine/model/demand/ticketCsvError.ts';

/** The lines of the TicketCsvError that parsing `text` throws (after its first, summary line). */
function problemLines(text: string, options: TicketCsvOptions = { source: 'tickets.csv' }): string[] {
  try {
    parseTicketCsv(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(TicketCsvError);
    const lines = (error as TicketCsvError).message.split('\n');
    expect(lines[0]).toBe(`tickets.csv has ${lines.length - 1} problem${lines.length === 2 ? '' : 's'}:`);
    return lines.slice(1);
  }
  throw new Error('parseTicketCsv did not throw');
}

describe('parseTicketCsv', () => {
  it('reads ISO times as hours since the Monday 00:00 UTC of the first ticket’s week', () => {
    // 2024-03-04 was a Monday. Wednesday 10:00 = 2·24 + 10 = 58; 11:30+01:00 is 10:30 UTC = 58.5;
    // next Monday 08:00 = 168 + 8 = 176.
    const text = [
      'Ticket,Type,TIMESTAMP,Priority,Effort,Summary',
      '101,incident,2024-03-06T10:00:00Z,P2,1.5,"Mail down, again"',
      '',
      '102,change,2024-03-11T08:00Z,,,"Patch ""db01"""',
      '103,incident,2024-03-06T11:30:00+01:00,1,0,',
    ].join('\n');
    const tickets = parseTicketCsv(text, { source: 'tickets.csv' });
    expect(tickets.rows).toEqual([
      { line: 2, time: 58, typeName: 'incident', priority: 2, effortHours: 1.5 },
      { line: 5, time: 58.5, typeName: 'incident', priority: 1, effortHours: 0 },
      { line: 4, time: 176, typeName: 'change' },
    ]);
    expect([tickets.timeUnit, tickets.weekStart, tickets.reordered, tickets.source]).toEqual([
      'iso',
      '2024-03-04',
      true,
      'tickets.csv',
    ]);
  });

  it('reads plain hours, keeps rows at equal times in file order, and reports no reordering when sorted', () => {
    const text = 'type,timestamp\nincident,0.5\nrequest,9\nchange,9\nincident,1e2\n';
    const tickets = parseTicketCsv(text);
    expect(tickets.rows.map((row) => [row.time, row.typeName])).toEqual([
      [0.5, 'incident'],
      [9, 'request'],
      [9, 'change'],
      [100, 'incident'],
    ]);
    expect([tickets.timeUnit, tickets.weekStart, tickets.reordered, tickets.source]).toEqual([
      'hours',
      undefined,
      false,
      'ticket data',
    ]);
  });

  it('reads semicolon- and tab-separated exports, with decimal commas there', () => {
    // A spreadsheet export in a locale that writes 1,5: fields separated by semicolons.
    const semicolons = 'Timestamp;Type;Effort;Note\n1,5;incident;0,25;"disk; full"\n3;change;2;\n';
    const tickets = parseTicketCsv(semicolons);
    expect(tickets.separator).toBe(';');
    expect(tickets.rows).toEqual([
      { line: 2, time: 1.5, typeName: 'incident', effortHours: 0.25 },
      { line: 3, time: 3, typeName: 'change', effortHours: 2 },
    ]);
    const tabs = parseTicketCsv('timestamp\ttype\n2,5\tincident\n');
    expect([tabs.separator, tabs.rows[0]?.time]).toEqual(['\t', 2.5]);
    // In a comma-separated file, 1,5 is two fields, and the row is reported as such.
    expect(problemLines('timestamp,type\n1,5,incident\n')).toEqual([
      'tickets.csv line 2: has 3 fields but the header has 2 (a field holding a comma needs "double quotes")',
    ]);
    expect(problemLines('timestamp;type\n1;incident;x\n')).toEqual([
      'tickets.csv line 2: has 3 fields but the header has 2 (a field holding a semicolon needs "double quotes")',
    ]);
  });

  it('accepts a header with no rows, and rows are frozen', () => {
    expect(parseTicketCsv('timestamp,type\n').rows).toEqual([]);
    expect(Object.isFrozen(parseTicketCsv('timestamp,type\n3,incident').rows[0])).toBe(true);
  });

  it('reports a timestamp that is neither ISO 8601 nor hours with its line and column', () => {
    const text = [
      'timestamp,type',
      '1,incident',
      '2,incident',
      '3,incident',
      '4,incident',
      '5,incident',
      '2024-13-45,incident',
    ].join('\n');
    expect(problemLines(text)).toEqual([
      'tickets.csv line 7, column "timestamp": "2024-13-45" is not a valid ISO 8601 time or number of hours',
    ]);
  });

  it('reports every problem of the file at once, in line order', () => {
    const text = [
      'Timestamp,Type,Priority,Effort',
      '2024-03-04T09:00Z,incident,P1,2',
      '2024-02-30T09:00Z,incident,2,1', // line 3: no 30 February
      '2024-03-04T10:00Z,,3,1', // line 4: no type
      '2024-03-04T11:00Z,request,high,1', // line 5: priority not a number
      '2024-03-04T12:00Z,request,0,1', // line 6: priority 0
      '2024-03-04T13:00Z,request,1.5,1', // line 7: priority not whole
      '2024-03-04T14:00Z,change,2,-2', // line 8: negative effort
      '2024-03-04T15:00Z,change,2,lots', // line 9: effort not a number
      '2024-03-04T16:00Z,change,2', // line 10: a field missing
      '2024-03-04T17:00Z,change,2,1,extra', // line 11: a field too many
      ',change,2,1', // line 12: no time
      '12.5,change,2,1', // line 13: hours in an ISO file
      '"2024-03-04T18:00Z"x,change,2,1', // line 14: text after a closing quote
      'soon,"","",-1', // line 15: three problems on one line
    ].join('\n');
    expect(problemLines(text)).toEqual([
      'tickets.csv line 3, column "timestamp": "2024-02-30T09:00Z" is not a valid ISO 8601 time or number of hours',
      'tickets.csv line 4, column "type": is empty; every ticket needs a type',
      'tickets.csv line 5, column "priority": "high" is not a priority; write a whole number >= 1 (1 = P1, the most urgent)',
      'tickets.csv line 6, column "priority": "0" is not a priority; write a whole number >= 1 (1 = P1, the most urgent)',
      'tickets.csv line 7, column "priority": "1.5" is not a priority; write a whole number >= 1 (1 = P1, the most urgent)',
      'tickets.csv line 8, column "effort": "-2" is not an effort; write a number of hours >= 0',
      'tickets.csv line 9, column "effort": "lots" is not an effort; write a number of hours >= 0',
      'tickets.csv line 10: has 3 fields but the header has 4 (a field holding a comma needs "double quotes")',
      'tickets.csv line 11: has 5 fields but the header has 4 (a field holding a comma needs "double quotes")',
      'tickets.csv line 12, column "timestamp": is empty; every ticket needs a time',
      'tickets.csv line 13, column "timestamp": "12.5" is a number of hours, but this file\'s times are in ISO 8601 (as on line 2)',
      'tickets.csv line 14: unexpected "x" after a closing quote (write "" for a quote inside quotes)',
      'tickets.csv line 15, column "timestamp": "soon" is not a valid ISO 8601 time or number of hours',
      'tickets.csv line 15, column "type": is empty; every ticket needs a type',
      'tickets.csv line 15, column "effort": "-1" is not an effort; write a number of hours >= 0',
    ]);
  });

  it('gives the problems as data: line, column and message', () => {
    let thrown: unknown;
    try {
      parseTicketCsv('timestamp,type,priority\n-3,incident,\n', { source: 'tickets.csv' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TicketCsvError);
    expect((thrown as TicketCsvError).issues).toEqual([
      {
        line: 2,
        column: 'timestamp',
        message: '"-3" is not a number of hours >= 0 (time 0 is Monday 00:00 of the first week)',
      },
    ]);
    expect((thrown as TicketCsvError).source).toBe('tickets.csv');
  });

  it('holds every row to the time unit given in the options', () => {
    expect(
      problemLines('timestamp,type\n2024-03-04T09:00Z,incident\n7,incident', {
        source: 'tickets.csv',
        timeUnit: 'hours',
      }),
    ).toEqual([
      'tickets.csv line 2, column "timestamp": "2024-03-04T09:00Z" is an ISO 8601 time, but timeUnit is \'hours\'',
    ]);
    expect(
      problemLines('timestamp,type\n7,incident\nnever,incident', { source: 'tickets.csv', timeUnit: 'iso' }),
    ).toEqual([
      'tickets.csv line 2, column "timestamp": "7" is a number of hours, but timeUnit is \'iso\'',
      'tickets.csv line 3, column "timestamp": "never" is not a valid ISO 8601 time',
    ]);
    expect(
      problemLines('timestamp,type\nnever,incident', { source: 'tickets.csv', timeUnit: 'hours' }),
    ).toEqual(['tickets.csv line 2, column "timestamp": "never" is not a number of hours']);
  });

  it('names a missing required column, and a column given twice', () => {
    expect(problemLines('Time,Kind,Effort\n1,incident,2')).toEqual([
      'tickets.csv line 1, column "timestamp": required column is missing (the header has "Time", "Kind", "Effort")',
      'tickets.csv line 1, column "type": required column is missing (the header has "Time", "Kind", "Effort")',
    ]);
    expect(problemLines('timestamp,type,Type\n1,incident,change')).toEqual([
      'tickets.csv line 1, column "type": appears twice in the header (columns 2 and 3)',
    ]);
  });

  it('reports an empty file and a quote that is never closed', () => {
    expect(problemLines('\n\n')).toEqual([
      'tickets.csv line 1: the file has no header row (expected columns timestamp, type, priority, effort)',
    ]);
    expect(problemLines('timestamp,type\n1,"incident\n2,change\n')).toEqual([
      'tickets.csv line 2: a quoted field starts here and is never closed',
    ]);
  });

  it('rejects invalid options with a DemandParameterError', () => {
    expect(() => parseTicketCsv('timestamp,type', { timeUnit: 'days' as 'hours' })).toThrow(
      DemandParameterError,
    );
    expect(() => parseTicketCsv('timestamp,type', { timeUnit: 'days' as 'hours' })).toThrow(
      "parseTicketCsv: options.timeUnit must be 'hours' or 'iso', got \"days\"",
    );
  });
});
