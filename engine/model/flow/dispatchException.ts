// Exceptions to the pull-dispatch rule (nobody eligible is free while work they can do waits), declared by
// the features that break it on purpose, and the error the rule's check throws when it breaks otherwise.

/**
 * A feature that lets work wait at a step while someone who could do it is free: a request held until
 * several people are free at once, a group that meets at set times. Declared to the dispatcher so that
 * the pull-dispatch rule's assertion knows the exception is deliberate.
 *
 * @example
 * const dailyStandUp: DispatchException = { kind: 'dispatch swarm', allowsIdle: (step) => step === 0 };
 * dailyStandUp.allowsIdle(0, 3); // => true: work may wait at step 0 while person 3 is free
 */
export interface DispatchException {
  /** A name for messages, e.g. "backlog swarm". */
  readonly kind: string;
  /**
   * True when work may wait at `step` while the person with index `person` could take it.
   * @param step - global step index
   * @param person - person index in the model
   */
  allowsIdle(step: number, person: number): boolean;
}

/**
 * Thrown when the pull-dispatch rule breaks: a person who could take waiting work is free.
 * @example
 * dispatcher.assertNobodyIdleWhileWorkWaits();
 * // => throws DispatchInvariantError: dispatch rule broken at time 9: 1 item(s) wait at step "answer" while bo, ...
 */
export class DispatchInvariantError extends Error {
  /** Global index of the step where work waits. */
  readonly step: number;
  /** The free person's index. */
  readonly person: number;

  constructor(
    step: number,
    stepName: string,
    person: number,
    personName: string,
    time: number,
    waiting: number,
  ) {
    super(
      `dispatch rule broken at time ${time}: ${waiting} item(s) wait at step "${stepName}" while ${personName}, who can do it, is free`,
    );
    this.name = 'DispatchInvariantError';
    this.step = step;
    this.person = person;
  }
}
