// Working calendars at run time: work pauses at the end of the working day and resumes the next morning,
// items wait for a shift to start, and with hand-over at shift end a colleague on the next shift continues.
import { describe, expect, it } from 'vitest';
import {
  type PersonDefinition,
  summarizeService,
  WorkingCalendar,
} from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// Time 0 is Monday 00:00; office hours are Monday to Friday 09:00-17:00.
function officeDesk(effortHours: number): ServiceModelDefinition {
  return {
    calendars: { office: WorkingCalendar.businessHours() },
    teams: [{ name: 'desk', calendar: 'office', people: [{ name: 'ana', skills: { support: 'expert' } }] }],
    valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
    workTypes: [
      { name: 'call', valueStream: 'support', arrivals: [], effort: { support: hours(effortHours) } },
    ],
  };
}

describe('ServiceSystem working calendars', () => {
  it('pauses work at 17:00 and resumes at 09:00: Monday 16:00 plus 3 h finishes Tuesday 11:00 (t = 35)', () => {
    const system = startScenario(officeDesk(3));
    const call = offerAt(system, 16, 'call');
    system.run(48);
    // 1 h on Monday (16-17), 2 h on Tuesday (33-35).
    expect(recordLines(only(call))).toEqual([
      '16 arrive -1',
      '16 enqueue 0',
      '16 start 0 ana',
      '17 pause 0 ana',
      '33 resume 0 ana',
      '35 finish-step 0 ana',
      '35 complete 0',
    ]);
    expect(only(call)).toMatchObject({ touchTime: 3, queueTime: 0 });
    const results = summarizeService(system);
    // In [0, 48) Ana works Monday 9-17 and Tuesday 33-41: 16 h available, 3 h busy, 32 h off shift.
    expect(results.people[0]).toMatchObject({ busyHours: 3, availableHours: 16, offShiftHours: 32 });
    expect(results.people[0]?.utilisation).toBeCloseTo(3 / 16, 12);
  });

  it('leaves an item that arrives after hours in the queue until the next shift starts', () => {
    const system = startScenario(officeDesk(1));
    const call = offerAt(system, 20, 'call');
    system.run(48);
    // Monday 20:00: nobody works; Tuesday 09:00 (33) Ana takes it, done at 34.
    expect(recordLines(only(call))).toEqual([
      '20 arrive -1',
      '20 enqueue 0',
      '33 start 0 ana',
      '34 finish-step 0 ana',
      '34 complete 0',
    ]);
    expect(only(call).queueTime).toBe(13);
  });

  it('finishes work that ends exactly at 17:00 without pausing it', () => {
    const system = startScenario(officeDesk(3));
    const call = offerAt(system, 14, 'call');
    system.run(48);
    // 14-17 is 3 working hours: done as the day closes.
    expect(recordLines(only(call))).toEqual([
      '14 arrive -1',
      '14 enqueue 0',
      '14 start 0 ana',
      '17 finish-step 0 ana',
      '17 complete 0',
    ]);
  });
});

describe('ServiceSystem hand-over at shift end', () => {
  // Dana works 09:00-17:00 every day, Nick 17:00-09:00 (a 16 h night, for the example). With
  // handoverAtShiftEnd the team gives work in hand back to its queue when a shift ends.
  const dana: PersonDefinition = { name: 'dana', calendar: 'day', skills: { operations: 'expert' } };
  const nick: PersonDefinition = { name: 'nick', calendar: 'night', skills: { operations: 'expert' } };
  function dayAndNight(people: readonly PersonDefinition[]): ServiceModelDefinition {
    return {
      calendars: {
        day: WorkingCalendar.cycle({ length: 24, intervals: [{ start: 9, end: 17 }] }),
        night: WorkingCalendar.cycle({ length: 24, intervals: [{ start: 17, end: 33 }] }),
      },
      teams: [{ name: 'ops', handoverAtShiftEnd: true, people }],
      valueStreams: [{ name: 'ops', steps: [{ name: 'fix', teams: ['ops'], skill: 'operations' }] }],
      workTypes: [{ name: 'alert', valueStream: 'ops', arrivals: [], effort: { operations: hours(3) } }],
    };
  }

  it('gives unfinished work back to the queue at 17:00, where the night-shift colleague continues it', () => {
    const system = startScenario(dayAndNight([dana, nick]));
    const alert = offerAt(system, 16, 'alert');
    system.run(24);
    // Dana 16-17 (1 h done), hand-over at 17; Nick continues the remaining 2 h: 17-19.
    expect(recordLines(only(alert))).toEqual([
      '16 arrive -1',
      '16 enqueue 0',
      '16 start 0 dana',
      '17 enqueue 0',
      '17 handoff 0 nick',
      '17 start 0 nick',
      '19 finish-step 0 nick',
      '19 complete 0',
    ]);
    expect(only(alert)).toMatchObject({ handoffs: 1, touchTime: 3, queueTime: 0 });
  });

  it('does not hand over work that is finished exactly at the end of the shift', () => {
    const system = startScenario(dayAndNight([dana, nick]));
    const alert = offerAt(system, 14, 'alert');
    system.run(24);
    // Dana 14-17 is the whole 3 h: she finishes it at 17 herself.
    expect(recordLines(only(alert))).toEqual([
      '14 arrive -1',
      '14 enqueue 0',
      '14 start 0 dana',
      '17 finish-step 0 dana',
      '17 complete 0',
    ]);
    expect(only(alert).handoffs).toBe(0);
  });

  it('keeps handed-over work in the queue when nobody is on the next shift', () => {
    const system = startScenario(dayAndNight([dana]));
    const alert = offerAt(system, 16, 'alert');
    system.run(48);
    // Dana 16-17, back to the queue at 17, taken again by Dana at 09:00 next day (33): 33-35.
    expect(recordLines(only(alert))).toEqual([
      '16 arrive -1',
      '16 enqueue 0',
      '16 start 0 dana',
      '17 enqueue 0',
      '33 start 0 dana',
      '35 finish-step 0 dana',
      '35 complete 0',
    ]);
    expect(only(alert)).toMatchObject({ handoffs: 0, queueTime: 16 });
  });
});
