// One replication's value account as a run needs it: the ledger's totals (potential, realised, leakage by
// cause, delay in parts, open at end, cost, return) and the five objectives, and a walk over those figures.
import type { ValueResults } from '../../engine/index.ts';

/**
 * A cause of value leakage, as the engine's ledger names it (`delay`, `outage`, `abandonment`, ...).
 *
 * @example
 * const cause: LeakageCause = 'poorAdoption';
 */
export type LeakageCause = keyof ValueResults['leakage'];

/**
 * A part of delay leakage, as the engine's ledger names it (`waiting`, `handedOver`, `worked`, ...).
 *
 * @example
 * const part: DelayPart = 'waiting';
 */
export type DelayPart = keyof ValueResults['delayParts'];

/**
 * One of the five objectives with the measure the ledger scores it by, and the score (null when there
 * was nothing to measure).
 *
 * @example
 * const score: ObjectiveScore = { objective: 'fast development', measure: '...', value: 0.12 };
 */
export type ObjectiveScore = ValueResults['objectives'][number];

/**
 * One replication's value account over its measured window, in the scenario's money: what crosses from a
 * worker thread and sits in a shard's file. The ledger's per-service and per-work-type lists stay behind,
 * so its size does not grow with the model.
 *
 * @example
 * const value: ReplicationValue = replicationValue(live.results().value);
 * value.potential - value.realised - value.openAtEnd; // => the sum of value.leakage, to rounding
 */
export interface ReplicationValue {
  readonly potential: number;
  readonly realised: number;
  readonly leakage: Readonly<Record<LeakageCause, number>>;
  /** `leakage.delay` in its parts, which add up to it. */
  readonly delayParts: Readonly<Record<DelayPart, number>>;
  readonly openAtEnd: number;
  readonly cost: number;
  readonly return: number;
  /** The five objectives, in the ledger's order. */
  readonly objectives: readonly ObjectiveScore[];
}

/**
 * The value figures of a run or a comparison, one `Figure` each, in the order the JSON lists them.
 *
 * @example
 * const means: ValueFigures<number> = valueFigures(first, (read) => mean(values.map(read)));
 */
export interface ValueFigures<Figure> {
  readonly potential: Figure;
  readonly realised: Figure;
  readonly leakage: Readonly<Record<LeakageCause, Figure>>;
  readonly delayParts: Readonly<Record<DelayPart, Figure>>;
  readonly openAtEnd: Figure;
  readonly cost: Figure;
  readonly return: Figure;
}

/**
 * The totals of a replication's value account, copied out of the ledger's results. O(causes).
 * @param value - the replication's `results().value`
 * @example
 * replicationValue(live.results().value).leakage.delay; // => value lost to waiting for delivery
 */
export function replicationValue(value: ValueResults): ReplicationValue {
  return {
    potential: value.potential,
    realised: value.realised,
    leakage: { ...value.leakage },
    delayParts: { ...value.delayParts },
    openAtEnd: value.openAtEnd,
    cost: value.cost,
    return: value.return,
    objectives: value.objectives.map(({ objective, measure, value: score }) => ({
      objective,
      measure,
      value: score,
    })),
  };
}

/**
 * Makes one figure for each value figure (potential, realised, each leakage cause, each delay part, open
 * at end, cost, return) from a reader of that figure: the mean over replications for a run, the paired
 * difference for a comparison. The causes and parts are those of `shape`, in the ledger's order.
 * @param shape - any replication's value, for the names of its causes and parts
 * @param figure - makes a figure from a reader of one number of a replication's value
 * @example
 * valueFigures(values[0], (read) => meanOverReplications(values.map(read))).leakage.outage; // => { mean, ci95 }
 */
export function valueFigures<Figure>(
  shape: ReplicationValue,
  figure: (read: (value: ReplicationValue) => number) => Figure,
): ValueFigures<Figure> {
  const causes = Object.keys(shape.leakage) as LeakageCause[];
  const parts = Object.keys(shape.delayParts) as DelayPart[];
  return {
    potential: figure((value) => value.potential),
    realised: figure((value) => value.realised),
    leakage: Object.fromEntries(
      causes.map((cause) => [cause, figure((value) => value.leakage[cause])]),
    ) as Record<LeakageCause, Figure>,
    delayParts: Object.fromEntries(
      parts.map((part) => [part, figure((value) => value.delayParts[part])]),
    ) as Record<DelayPart, Figure>,
    openAtEnd: figure((value) => value.openAtEnd),
    cost: figure((value) => value.cost),
    return: figure((value) => value.return),
  };
}
