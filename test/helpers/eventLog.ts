// Records the job events a simulation announces as short strings ("1.5 start #2"), so tests can assert
// a whole event log worked out by hand, SimPy-style.
import type { Simulation, TraceEvent } from '../../engine/kernel/index.ts';

interface JobEventLike extends TraceEvent {
  readonly job?: number;
  readonly capacity?: number;
}

/** Subscribes to the simulation's events and returns the growing log of "time kind #job" lines. */
export function recordEventLog(simulation: Simulation): string[] {
  const log: string[] = [];
  simulation.events$.subscribe((event: JobEventLike) => {
    if (event.kind.startsWith('job-')) log.push(`${event.time} ${event.kind.slice(4)} #${event.job}`);
    else if (event.kind === 'capacity-changed') log.push(`${event.time} capacity ${event.capacity}`);
  });
  return log;
}
