// Elastic capacity: when a queue grows past a threshold, on-call people (contractors) join after a
// delay at a higher cost, and leave once it has shrunk; two thresholds give hysteresis.
import { DemandParameterError } from './demandParameterError.ts';
import {
  _readDemandParameters,
  _requireNonNegative,
  _requirePositive,
  _requireWholeNumber,
} from './demandParameterRules.ts';

/** Parameters of {@link elasticCapacityRule}. */
export interface ElasticCapacityRuleParameters {
  /** On-call people join when the queue is longer than this, a whole number >= 0. */
  readonly queueAbove: number;
  /** They leave when the queue is this long or shorter, a whole number in [0, queueAbove]; default 0. */
  readonly queueBelow?: number;
  /** Hours between the call and the person starting work, >= 0; default 0. */
  readonly joinDelayHours?: number;
  /** Cost per hour of an on-call person relative to a regular one, > 0; default 1.5. */
  readonly costMultiplier?: number;
}

/** An elastic capacity rule: validated thresholds that the runtime applies to on-call people. */
export interface ElasticCapacityRule {
  readonly kind: 'elastic-capacity';
  readonly queueAbove: number;
  readonly queueBelow: number;
  readonly joinDelayHours: number;
  readonly costMultiplier: number;
  /** True when the queue is longer than queueAbove: call on-call people in. */
  shouldJoin(queueLength: number): boolean;
  /** True when the queue is queueBelow long or shorter: let on-call people go. */
  shouldLeave(queueLength: number): boolean;
}

/**
 * Builds an elastic capacity rule with hysteresis: join when the queue exceeds `queueAbove`, leave when
 * it has fallen to `queueBelow` or fewer. Between the two nothing changes, so capacity does not flap
 * when the queue hovers around one threshold; queueBelow <= queueAbove ensures no queue length asks for
 * both. The rule is plain data: the runtime decides whom to call, applies the join delay, and charges
 * `costMultiplier` × the regular hourly cost for on-call hours.
 *
 * @param parameters - `{ queueAbove, queueBelow?, joinDelayHours?, costMultiplier? }`
 * @returns a frozen rule with the thresholds, `shouldJoin(queueLength)` and `shouldLeave(queueLength)`
 * @throws DemandParameterError naming the field and the value (e.g. "elasticCapacityRule: queueBelow must
 *   be a whole number <= queueAbove (5), got 8")
 * @example
 * const contractors = elasticCapacityRule({ queueAbove: 20, queueBelow: 5, joinDelayHours: 2 });
 * [contractors.shouldJoin(21), contractors.shouldJoin(20), contractors.shouldLeave(5), contractors.costMultiplier];
 * // => [true, false, true, 1.5]
 */
export function elasticCapacityRule(parameters: ElasticCapacityRuleParameters): ElasticCapacityRule {
  const fields = _readDemandParameters('elasticCapacityRule', parameters);
  const queueAbove = _requireWholeNumber('elasticCapacityRule', 'queueAbove', fields.queueAbove, 0);
  const queueBelow =
    fields.queueBelow === undefined
      ? 0
      : _requireWholeNumber('elasticCapacityRule', 'queueBelow', fields.queueBelow, 0);
  if (queueBelow > queueAbove) {
    throw new DemandParameterError(
      'elasticCapacityRule',
      'queueBelow',
      `a whole number <= queueAbove (${queueAbove})`,
      queueBelow,
    );
  }
  const joinDelayHours =
    fields.joinDelayHours === undefined
      ? 0
      : _requireNonNegative('elasticCapacityRule', 'joinDelayHours', fields.joinDelayHours);
  const costMultiplier =
    fields.costMultiplier === undefined
      ? 1.5
      : _requirePositive('elasticCapacityRule', 'costMultiplier', fields.costMultiplier);
  return Object.freeze({
    kind: 'elastic-capacity',
    queueAbove,
    queueBelow,
    joinDelayHours,
    costMultiplier,
    shouldJoin: (queueLength: number): boolean => queueLength > queueAbove,
    shouldLeave: (queueLength: number): boolean => queueLength <= queueBelow,
  });
}
