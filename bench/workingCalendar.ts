// WorkingCalendar benchmark, one JSON line per case: addWorkingHours on several calendars, against a plain
// `time + hours` loop and a naive period-by-period walk timed in the same run. Run: npx tsx bench/workingCalendar.ts
import { WorkingCalendar } from '../engine/model/index.ts';
import { stream } from '../engine/random/index.ts';

const CALLS = 2_000_000;
const SEED = 20240601;

/** Draws the (start time, working hours) pairs once, so every case times the same inputs. */
function inputs(): { times: Float64Array; hours: Float64Array } {
  const rng = stream(SEED, 0, 'bench:calendar');
  const times = new Float64Array(CALLS);
  const hours = new Float64Array(CALLS);
  for (let index = 0; index < CALLS; index++) {
    times[index] = rng() * 8760; // a year
    hours[index] = -Math.log(1 - rng()) * 4; // exponential service times, mean 4 h
  }
  return { times, hours };
}

/** The naive rival: walk business-hours periods one day at a time. */
function naiveBusinessHours(time: number, hours: number): number {
  let remaining = hours;
  let day = Math.floor(time / 24);
  let from = time;
  for (;;) {
    const weekday = ((day % 7) + 7) % 7;
    if (weekday < 5) {
      const start = Math.max(from, day * 24 + 9);
      const end = day * 24 + 17;
      if (start < end) {
        if (end - start >= remaining) return start + remaining;
        remaining -= end - start;
      }
    }
    day++;
    from = day * 24;
  }
}

function time(name: string, addHours: (time: number, hours: number) => number): void {
  const { times, hours } = inputs();
  let checksum = 0;
  for (let index = 0; index < 100_000; index++) checksum += addHours(times[index]!, hours[index]!); // warm-up
  const start = process.hrtime.bigint();
  for (let index = 0; index < CALLS; index++) checksum += addHours(times[index]!, hours[index]!);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const record = {
    case: name,
    calls: CALLS,
    seconds: Number(seconds.toFixed(4)),
    nanosecondsPerCall: Number(((seconds * 1e9) / CALLS).toFixed(1)),
    checksum: Number(checksum.toFixed(3)),
  };
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

const always = WorkingCalendar.always();
const office = WorkingCalendar.businessHours();
const nights = WorkingCalendar.weekly(
  [0, 1, 2, 3, 4].map((day) => ({ day, start: 22, end: 30 })),
  {
    timeZoneOffset: 5.5,
  },
);
const leave = Array.from({ length: 20 }, (_, week) => ({ start: week * 400 + 30, end: week * 400 + 60 }));
const officeWithLeave = office.withAbsences(leave);
time('baseline: time + hours', (start, hours) => start + hours);
time('baseline: naive day-by-day walk (business hours)', naiveBusinessHours);
time('always()', (start, hours) => always.addWorkingHours(start, hours));
time('businessHours()', (start, hours) => office.addWorkingHours(start, hours));
time('night shift, +5.5 h time zone', (start, hours) => nights.addWorkingHours(start, hours));
time('businessHours() with 20 absences', (start, hours) => officeWithLeave.addWorkingHours(start, hours));
