// Tests of replayArrivals: recorded tickets offered at their times with their attributes, the type
// filter, late starts, the weekly mean rate, and row checks; fed from parseTicketCsv as the model will be.
import { describe, expect, it } from 'vitest';
import { parseTicketCsv } from '../../../../engine/model/demand/parseTicketCsv.ts';
import { type ReplayRow, replayArrivals } from '../../../../engine/model/demand/replayArrivals.ts';
import { expectDemandParameterError, runSource } from './demandTestSupport.ts';

const EXPORT = [
  'timestamp,type,priority,effort',
  '2024-03-06T10:00Z,incident,2,1.5',
  '2024-03-04T09:00Z,request,,',
  '2024-03-06T10:00Z,incident,1,',
  '2024-03-12T16:30Z,change,3,4',
].join('\n');

describe('replayArrivals', () => {
  it('offers each row at its time with its recorded type, priority and effort', () => {
    const source = replayArrivals(parseTicketCsv(EXPORT).rows);
    const { offered, simulation } = runSource(source, 1000, 'unused');
    expect(offered).toEqual([
      { time: 9, arrival: { count: 1, typeName: 'request' } },
      { time: 58, arrival: { count: 1, typeName: 'incident', priority: 2, effortHours: 1.5 } },
      { time: 58, arrival: { count: 1, typeName: 'incident', priority: 1 } },
      { time: 208.5, arrival: { count: 1, typeName: 'change', priority: 3, effortHours: 4 } },
    ]);
    expect(simulation.pendingEvents).toBe(0);
    // 4 tickets over weeks 0 and 1.
    expect([source.rowCount, source.meanRatePerHour]).toEqual([4, 4 / 336]);
  });

  it('replays one type only when asked, and skips rows before the clock', () => {
    const rows = parseTicketCsv(EXPORT).rows;
    const incidents = replayArrivals(rows, { typeName: 'incident' });
    expect(runSource(incidents, 1000, 'unused').offered.map(({ time }) => time)).toEqual([58, 58]);
    const late = runSource(replayArrivals(rows), 1000, 'unused', { startAt: 58 });
    expect(late.offered.map(({ time, arrival }) => `${time} ${arrival.typeName}`)).toEqual([
      '58 incident',
      '58 incident',
      '208.5 change',
    ]);
  });

  it('sorts rows built in code by time, stably', () => {
    const rows: ReplayRow[] = [
      { time: 5, typeName: 'b' },
      { time: 1, typeName: 'a' },
      { time: 5, typeName: 'c' },
    ];
    const { offered } = runSource(replayArrivals(rows), 10, 'unused');
    expect(offered.map(({ arrival }) => arrival.typeName)).toEqual(['a', 'b', 'c']);
  });

  it('offers nothing for no rows', () => {
    const empty = replayArrivals([]);
    expect([runSource(empty, 10, 'unused').offered.length, empty.meanRatePerHour]).toEqual([0, 0]);
  });

  it('rejects bad rows with a message naming the row, the field and the value', () => {
    const build = (rows: unknown, options?: unknown) => () =>
      replayArrivals(rows as ReplayRow[], (options ?? {}) as { typeName?: string });
    expectDemandParameterError(
      build([
        { time: 1, typeName: 'a' },
        { time: -1, typeName: 'a' },
      ]),
      'rows[1].time',
      '-1',
    );
    expectDemandParameterError(build([{ time: 1, typeName: '' }]), 'rows[0].typeName', '""');
    expectDemandParameterError(build([{ time: 1, typeName: 'a', priority: 0 }]), 'rows[0].priority', '0');
    expectDemandParameterError(
      build([{ time: 1, typeName: 'a', effortHours: -2 }]),
      'rows[0].effortHours',
      '-2',
    );
    expectDemandParameterError(build('rows'), 'rows', '"rows"');
    expectDemandParameterError(build([], { typeName: 3 }), 'options.typeName', '3');
  });
});
