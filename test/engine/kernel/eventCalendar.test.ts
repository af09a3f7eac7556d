// Tests of the event calendar: order by (time, priority, insertion), lazy cancellation with stale ids,
// growth, bad priorities, and a seeded property check against a plain reference sort.
import { describe, expect, it } from 'vitest';
import { EventCalendar, MAX_EVENT_PRIORITY, MIN_EVENT_PRIORITY } from '../../../engine/kernel/index.ts';
import { stream } from '../../../engine/random/stream.ts';

/** Pops and runs every pending event; returns what the handlers logged, with the time of each pop. */
function drain(calendar: EventCalendar, log: string[]): string[] {
  while (calendar.pop()) {
    log.push(`t=${calendar.poppedTime}`);
    calendar.runPopped();
  }
  return log;
}

describe('EventCalendar', () => {
  it('pops events in time order', () => {
    const calendar = new EventCalendar();
    const log: string[] = [];
    const record = (name: string) => log.push(name);
    calendar.push(3, 0, record, 'c');
    calendar.push(1, 0, record, 'a');
    calendar.push(2, 0, record, 'b');
    expect(drain(calendar, log)).toEqual(['t=1', 'a', 't=2', 'b', 't=3', 'c']);
  });

  it('pops equal-time events in insertion order', () => {
    const calendar = new EventCalendar();
    const log: string[] = [];
    const record = (name: string) => log.push(name);
    for (const name of ['first', 'second', 'third', 'fourth']) calendar.push(5, 0, record, name);
    expect(drain(calendar, log)).toEqual(['t=5', 'first', 't=5', 'second', 't=5', 'third', 't=5', 'fourth']);
  });

  it('runs a lower priority first at the same time, but never before an earlier time', () => {
    const calendar = new EventCalendar();
    const log: string[] = [];
    const record = (name: string) => log.push(name);
    calendar.push(5, 0, record, 'normal');
    calendar.push(5, 1, record, 'late');
    calendar.push(5, -1, record, 'urgent');
    calendar.push(4, MAX_EVENT_PRIORITY, record, 'earlier time, lowest priority');
    calendar.push(5, -1, record, 'urgent, scheduled later');
    expect(drain(calendar, log)).toEqual([
      't=4',
      'earlier time, lowest priority',
      't=5',
      'urgent',
      't=5',
      'urgent, scheduled later',
      't=5',
      'normal',
      't=5',
      'late',
    ]);
  });

  it('accepts the priority bounds and rejects a priority out of range or not an integer', () => {
    const calendar = new EventCalendar();
    const log: string[] = [];
    const record = (name: string) => log.push(name);
    calendar.push(1, MAX_EVENT_PRIORITY, record, 'max');
    calendar.push(1, MIN_EVENT_PRIORITY, record, 'min');
    expect(() => calendar.push(1, 101, record, 'too high')).toThrow(RangeError);
    expect(() => calendar.push(1, -101, record, 'too low')).toThrow(/got -101/);
    expect(() => calendar.push(1, 0.5, record, 'fraction')).toThrow(/integer in \[-100, 100\], got 0\.5/);
    expect(() => calendar.push(1, Number.NaN, record, 'not a number')).toThrow(/got NaN/);
    // The rejected pushes left nothing behind and disturbed nothing.
    expect(calendar.size).toBe(2);
    expect(drain(calendar, log)).toEqual(['t=1', 'min', 't=1', 'max']);
  });

  it('removes a cancelled event, which then never runs', () => {
    const calendar = new EventCalendar();
    const log: string[] = [];
    const record = (name: string) => log.push(name);
    calendar.push(1, 0, record, 'a');
    const middle = calendar.push(2, 0, record, 'b');
    calendar.push(3, 0, record, 'c');
    expect(calendar.cancel(middle)).toBe(true);
    expect(drain(calendar, log)).toEqual(['t=1', 'a', 't=3', 'c']);
  });

  it('drops a cancelled event at the top, so nextTime shows the next live one', () => {
    const calendar = new EventCalendar();
    const first = calendar.push(1, 0, () => {}, undefined);
    calendar.push(2, 0, () => {}, undefined);
    calendar.cancel(first);
    expect(calendar.nextTime()).toBe(2);
    calendar.clear();
    expect(calendar.nextTime()).toBe(Number.POSITIVE_INFINITY);
    expect(calendar.pop()).toBe(false);
  });

  it('returns false when an event is cancelled twice or after it ran', () => {
    const calendar = new EventCalendar();
    const first = calendar.push(1, 0, () => {}, undefined);
    const second = calendar.push(2, 0, () => {}, undefined);
    expect(calendar.cancel(second)).toBe(true);
    expect(calendar.cancel(second)).toBe(false);
    expect(calendar.pop()).toBe(true);
    calendar.runPopped();
    expect(calendar.cancel(first)).toBe(false);
    expect(calendar.pop()).toBe(false);
  });

  it('does not let an old id cancel a new event that reuses its slot', () => {
    const calendar = new EventCalendar();
    const log: string[] = [];
    const record = (name: string) => log.push(name);
    const ran = calendar.push(1, 0, record, 'old');
    calendar.pop();
    calendar.runPopped();
    const cancelled = calendar.push(2, 0, record, 'cancelled');
    calendar.cancel(cancelled);
    calendar.nextTime(); // drops the cancelled entry and frees its slot
    const fresh = calendar.push(3, 0, record, 'new');
    expect(fresh).not.toBe(ran);
    expect(fresh).not.toBe(cancelled);
    expect(calendar.cancel(ran)).toBe(false);
    expect(calendar.cancel(cancelled)).toBe(false);
    expect(drain(calendar, log)).toEqual(['old', 't=3', 'new']);
  });

  it('counts only live events in size', () => {
    const calendar = new EventCalendar();
    expect(calendar.size).toBe(0);
    const ids = [1, 2, 3, 4].map((time) => calendar.push(time, 0, () => {}, undefined));
    expect(calendar.size).toBe(4);
    calendar.cancel(ids[0]!);
    calendar.cancel(ids[2]!);
    expect(calendar.size).toBe(2);
    calendar.pop(); // drops the cancelled event at t=1 and takes t=2
    expect(calendar.poppedTime).toBe(2);
    expect(calendar.size).toBe(1);
    calendar.pop(); // drops t=3 and takes t=4
    expect(calendar.poppedTime).toBe(4);
    expect(calendar.size).toBe(0);
  });

  it('grows past its initial capacity and keeps order and cancellation right', () => {
    const calendar = new EventCalendar();
    const count = 5000; // well past the initial 256 entries, so every array grows several times
    const ids: number[] = [];
    // Scheduled in descending time, the worst case for the heap, half of them at tied times.
    for (let index = 0; index < count; index++) {
      ids.push(calendar.push(Math.floor((count - index) / 2), 0, () => {}, index));
    }
    for (let index = 0; index < count; index += 3) expect(calendar.cancel(ids[index]!)).toBe(true);
    const expectedLive = count - Math.ceil(count / 3);
    expect(calendar.size).toBe(expectedLive);
    const times: number[] = [];
    while (calendar.pop()) times.push(calendar.poppedTime);
    expect(times).toHaveLength(expectedLive);
    expect(times).toEqual([...times].sort((first, second) => first - second));
  });

  it('pops 10 000 random pushes, pops and cancels in the order of a reference sort by (time, priority, seq)', () => {
    const random = stream(1, 0, 'calendar-test');
    const calendar = new EventCalendar();
    interface Entry {
      readonly time: number;
      readonly priority: number;
      readonly sequence: number;
      readonly id: number;
    }
    let live: Entry[] = [];
    const issuedIds: number[] = [];
    const calendarLog: string[] = [];
    const referenceLog: string[] = [];
    let sequence = 0;
    let now = 0;
    const recordPop = (entrySequence: number) => calendarLog.push(`pop ${entrySequence}`);

    const referencePop = (): Entry | undefined => {
      let best: Entry | undefined;
      for (const entry of live) {
        if (
          best === undefined ||
          entry.time < best.time ||
          (entry.time === best.time &&
            (entry.priority < best.priority ||
              (entry.priority === best.priority && entry.sequence < best.sequence)))
        ) {
          best = entry;
        }
      }
      if (best !== undefined) live = live.filter((entry) => entry !== best);
      return best;
    };

    for (let operation = 0; operation < 10_000; operation++) {
      const choice = random();
      if (choice < 0.5) {
        // Integer offsets and five priorities make ties in time and in priority common.
        const time = now + Math.floor(random() * 4);
        const priority = Math.floor(random() * 5) - 2;
        const id = calendar.push(time, priority, recordPop, sequence);
        live.push({ time, priority, sequence, id });
        issuedIds.push(id);
        sequence++;
      } else if (choice < 0.8) {
        const expected = referencePop();
        referenceLog.push(expected === undefined ? 'empty' : `pop ${expected.sequence}`);
        if (calendar.pop()) {
          now = calendar.poppedTime;
          calendar.runPopped();
        } else {
          calendarLog.push('empty');
        }
      } else if (issuedIds.length > 0) {
        // Any id ever issued: live, already run or already cancelled.
        const id = issuedIds[Math.floor(random() * issuedIds.length)]!;
        const wasLive = live.some((entry) => entry.id === id);
        live = live.filter((entry) => entry.id !== id);
        referenceLog.push(`cancel ${wasLive}`);
        calendarLog.push(`cancel ${calendar.cancel(id)}`);
      }
      if (calendar.size !== live.length)
        throw new Error(`size ${calendar.size} != ${live.length} at ${operation}`);
    }
    for (let expected = referencePop(); expected !== undefined; expected = referencePop()) {
      referenceLog.push(`pop ${expected.sequence}`);
    }
    while (calendar.pop()) calendar.runPopped();

    expect(calendarLog).toEqual(referenceLog);
    expect(referenceLog.length).toBeGreaterThan(5000);
  });
});
