// Reading exports through a mapping, on small synthetic files whose answers are counted by hand: the
// event-log grouping, date orders (an ambiguous file refused, then read with its order), value maps, the
// problems said once for many lines, and each warning of what is accepted but suspicious.
import { describe, expect, it } from 'vitest';
import { ExportError, type ExportMapping, readExport } from '../../../scenarios/index.ts';

const at = (day: number, month: number, hour: number, minute = 0): number =>
  Date.UTC(2024, month - 1, day, hour, minute);

/** The mapping of the incident exports below. */
const INCIDENTS: ExportMapping = {
  columns: {
    id: 'number',
    opened: 'opened_at',
    resolved: 'resolved_at',
    priority: 'priority',
    group: 'assignment_group',
    reassignments: 'reassignment_count',
    type: 'category',
  },
  eventLog: true,
};

// Three incidents written as updates. By hand:
// INC1: opened 05-02 09:00 (its second row repeats it), resolved 05-02 11:30 and again, after being
//   reopened, 06-02 10:00 (the last resolved time counts), reassigned twice, last group Network Support.
// INC2: opened 13-02 08:15 (a day past 12: the file is day-first), never resolved.
// INC3: opened 07-02 16:00, resolved 07-02 17:00, never reassigned.
const EVENT_LOG = [
  'number,incident_state,opened_at,resolved_at,priority,reassignment_count,assignment_group,category',
  'INC1,New,05-02-2024 09:00,,3 - Moderate,0,Service Desk,Network',
  'INC1,Active,05-02-2024 09:00,,2 - High,1,Network Support,Network',
  'INC1,Resolved,05-02-2024 09:00,05-02-2024 11:30,2 - High,1,Network Support,Network',
  'INC2,New,13-02-2024 08:15,,4 - Low,0,Service Desk,Inquiry / Help',
  'INC1,Active,05-02-2024 09:00,,2 - High,2,Network Support,Network',
  'INC3,New,07-02-2024 16:00,,3 - Moderate,0,Service Desk,Software',
  'INC1,Resolved,05-02-2024 09:00,06-02-2024 10:00,2 - High,2,Network Support,Network',
  'INC3,Resolved,07-02-2024 16:00,07-02-2024 17:00,3 - Moderate,0,Service Desk,Software',
  '',
].join('\n');

describe('readExport', () => {
  it('groups an event log into tickets: first opened, last resolved, largest reassignment count, last group', () => {
    const reading = readExport(EVENT_LOG, INCIDENTS, 'incidents.csv');
    expect(reading.rowCount).toBe(8);
    expect(reading.dateOrder).toBe('day-first');
    expect(reading.unresolved).toBe(1);
    expect(reading.tickets).toEqual([
      {
        id: 'INC1',
        line: 2,
        opened: at(5, 2, 9),
        resolved: at(6, 2, 10),
        typeName: 'Network',
        priority: 2,
        group: 'Network Support',
        reassignments: 2,
      },
      {
        id: 'INC3',
        line: 7,
        opened: at(7, 2, 16),
        resolved: at(7, 2, 17),
        typeName: 'Software',
        priority: 3,
        group: 'Service Desk',
        reassignments: 0,
      },
      {
        id: 'INC2',
        line: 5,
        opened: at(13, 2, 8, 15),
        typeName: 'Inquiry / Help',
        priority: 4,
        group: 'Service Desk',
        reassignments: 0,
      },
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it('takes every row as a ticket without event-log mode, and warns once about the repeated ids', () => {
    const reading = readExport(EVENT_LOG, { ...INCIDENTS, eventLog: false }, 'incidents.csv');
    expect(reading.tickets).toHaveLength(8);
    expect(reading.warnings).toEqual([
      'repeats a ticket id already seen (5 lines: 3, 4, 6, 8, 9): if each row is an update of a ticket, set eventLog: true',
    ]);
  });

  it('maps priorities and types through their value maps, and reads a leading number otherwise', () => {
    const reading = readExport(
      EVENT_LOG,
      {
        ...INCIDENTS,
        priorities: { '4 - Low': 3 },
        types: { Network: 'incident', Software: 'incident', 'Inquiry / Help': 'request' },
      },
      'incidents.csv',
    );
    expect(reading.tickets.map((ticket) => [ticket.id, ticket.typeName, ticket.priority])).toEqual([
      ['INC1', 'incident', 2],
      ['INC3', 'incident', 3],
      ['INC2', 'request', 3],
    ]);
  });

  it('refuses a file whose dates read both day-first and month-first, and reads it with its order', () => {
    const text = 'number,opened_at,resolved_at\nA,01-02-2024 10:00,03-02-2024 10:00\nB,04-02-2024 09:30,\n';
    const mapping: ExportMapping = {
      columns: { id: 'number', opened: 'opened_at', resolved: 'resolved_at' },
    };
    let refusal: unknown;
    try {
      readExport(text, mapping, 'ambiguous.csv');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ExportError);
    expect((refusal as ExportError).problems).toEqual([
      {
        field: 'dates',
        message:
          'every date reads both day-first and month-first ("01-02-2024 10:00" could be either): say which with dates: day-first or dates: month-first',
      },
    ]);
    const dayFirst = readExport(text, { ...mapping, dates: 'day-first' }, 'ambiguous.csv');
    expect(dayFirst.tickets.map((ticket) => [ticket.opened, ticket.resolved])).toEqual([
      [at(1, 2, 10), at(3, 2, 10)],
      [at(4, 2, 9, 30), undefined],
    ]);
    const monthFirst = readExport(text, { ...mapping, dates: 'month-first' }, 'ambiguous.csv');
    expect(monthFirst.tickets.map((ticket) => ticket.opened)).toEqual([at(2, 1, 10), at(2, 4, 9, 30)]);
  });

  it('reads ISO dates with or without seconds, and day-first dates with seconds', () => {
    const iso = readExport(
      'id,opened\nA,2024-02-05 09:00\nB,2024-02-05T09:00:30Z\n',
      { columns: { id: 'id', opened: 'opened' } },
      'iso.csv',
    );
    expect(iso.dateOrder).toBe('iso');
    expect(iso.tickets.map((ticket) => ticket.opened)).toEqual([at(5, 2, 9), at(5, 2, 9) + 30_000]);
    const seconds = readExport(
      'id,opened\nA,25-12-2024 23:59:59\n',
      { columns: { id: 'id', opened: 'opened' } },
      'seconds.csv',
    );
    expect(seconds.tickets[0]?.opened).toBe(Date.UTC(2024, 11, 25, 23, 59, 59));
  });

  it('says the same problem on many lines once, with the count and the first five lines', () => {
    const rows = Array.from({ length: 8 }, (_, index) => `T${index},05-02-2024 0${index}:00,urgent`);
    const text = ['id,opened,priority', ...rows, 'T9,31-02-2024 10:00,2'].join('\n');
    let refusal: unknown;
    try {
      readExport(text, { columns: { id: 'id', opened: 'opened', priority: 'priority' } }, 'bad.csv');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ExportError);
    expect((refusal as ExportError).message).toBe(
      [
        'bad.csv: column "priority": "urgent" is not a priority: map it under priorities (e.g. "urgent": 3) or write a whole number >= 1 (8 lines: 2, 3, 4, 5, 6 and 3 more)',
        'bad.csv: line 10: column "opened": is not a date written dd-mm-yyyy HH:MM[:SS] (day-first)',
      ].join('\n'),
    );
  });

  it('names a mapped column the header lacks, with the closest one', () => {
    expect(() =>
      readExport(
        'number,opened_at\nA,2024-02-05 09:00\n',
        { columns: { id: 'numbr', opened: 'opened_at' } },
        'x.csv',
      ),
    ).toThrow(
      'x.csv: columns.id names "numbr", which the header does not have (did you mean "number"?); the header has "number", "opened_at"',
    );
  });

  describe('warns about what it accepts but looks wrong', () => {
    const mapping: ExportMapping = { columns: { id: 'id', opened: 'opened', resolved: 'resolved' } };

    it('a header-only file: zero tickets', () => {
      const reading = readExport('id,opened,resolved\n', mapping, 'empty.csv');
      expect(reading.tickets).toEqual([]);
      expect(reading.warnings).toEqual(['the file has a header but no tickets: nothing is replayed']);
    });

    it('an unmapped column whose name is close to a field', () => {
      const reading = readExport('id,opened,resolved,priorty\nA,2024-02-05 09:00,,2\n', mapping, 'x.csv');
      expect(reading.warnings).toEqual([
        'column "priorty" is not read: it looks like "priority", which the mapping does not name (columns.priority: priorty)',
      ]);
    });

    it('an unmapped column named exactly as a field', () => {
      const reading = readExport('id,opened,resolved,Priority\nA,2024-02-05 09:00,,2\n', mapping, 'x.csv');
      expect(reading.warnings).toEqual([
        'column "Priority" is not read: the mapping does not name it (columns.priority: Priority)',
      ]);
    });

    it('tickets resolved before they opened, said once with their lines', () => {
      const text = [
        'id,opened,resolved',
        'A,2024-02-05 09:00,2024-02-05 08:00',
        'B,2024-02-05 10:00,2024-02-05 11:00',
        'C,2024-02-05 12:00,2024-02-04 12:00',
      ].join('\n');
      expect(readExport(text, mapping, 'x.csv').warnings).toEqual([
        'resolved before it opened (2 lines: 2, 4); these lead times are left out of the history',
      ]);
    });

    it('a gap of more than a week between arrivals', () => {
      // Daily arrivals, then nothing from 8 February to 1 March (22 days).
      const days = [5, 6, 7, 8].map((day, index) => `T${index},2024-02-0${day} 09:00,`);
      const text = ['id,opened,resolved', ...days, 'T9,2024-03-01 09:00,', 'T10,2024-03-02 09:00,'].join(
        '\n',
      );
      expect(readExport(text, mapping, 'x.csv').warnings).toEqual([
        'line 6: no ticket opened for more than a week before this one (the longest gap 22.0 days): is part of the export missing?',
      ]);
    });
  });
});
