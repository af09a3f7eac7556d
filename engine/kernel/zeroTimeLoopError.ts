// The error a run stops with when it cannot leave one instant: a loop in the model that takes no time.

/**
 * Thrown by `Simulation.run` when more than `maxEventsAtOneTime` events run at one instant: the
 * model is in a loop that takes no time (rework with probability 1 between steps of zero effort, an
 * event that reschedules itself with delay 0), and the clock would never reach the end of the run.
 *
 * @example
 * const again = (): void => { simulation.schedule(0, again); };
 * simulation.schedule(1, again);
 * simulation.run({ until: 2 }); // => throws ZeroTimeLoopError: stuck at time 1
 */
export class ZeroTimeLoopError extends Error {
  /** The instant the simulation is stuck at, hours. */
  readonly time: number;

  constructor(time: number, limit: number) {
    super(
      `the simulation ran more than ${limit} events at time ${time} h without the clock moving on: ` +
        'something loops without taking time (for example rework with probability 1 between steps of ' +
        'zero effort, or an event that reschedules itself with delay 0). Give the loop a duration or an ' +
        'exit, or raise simulation.maxEventsAtOneTime if that many events at one instant are intended',
    );
    this.name = 'ZeroTimeLoopError';
    this.time = time;
  }
}
