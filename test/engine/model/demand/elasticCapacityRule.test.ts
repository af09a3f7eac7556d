// Tests of elasticCapacityRule: the hysteresis band by hand, defaults, and parameter rules.
import { describe, expect, it } from 'vitest';
import {
  type ElasticCapacityRuleParameters,
  elasticCapacityRule,
} from '../../../../engine/model/demand/elasticCapacityRule.ts';
import { expectDemandParameterError } from './demandTestSupport.ts';

describe('elasticCapacityRule', () => {
  it('joins above queueAbove, leaves at queueBelow or below, and holds in between', () => {
    const rule = elasticCapacityRule({ queueAbove: 20, queueBelow: 5, joinDelayHours: 2, costMultiplier: 2 });
    const lengths = [0, 5, 6, 20, 21];
    expect(lengths.map(rule.shouldJoin)).toEqual([false, false, false, false, true]);
    expect(lengths.map(rule.shouldLeave)).toEqual([true, true, false, false, false]);
    expect([rule.joinDelayHours, rule.costMultiplier]).toEqual([2, 2]);
  });

  it('defaults to leaving when the queue is empty, joining at once, at 1.5 times the cost', () => {
    const rule = elasticCapacityRule({ queueAbove: 0 });
    expect([rule.queueBelow, rule.joinDelayHours, rule.costMultiplier]).toEqual([0, 0, 1.5]);
    expect([rule.shouldJoin(1), rule.shouldLeave(0), rule.shouldJoin(0), rule.shouldLeave(1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () =>
      elasticCapacityRule(parameters as ElasticCapacityRuleParameters);
    expectDemandParameterError(build({ queueAbove: -1 }), 'queueAbove', '-1');
    expectDemandParameterError(build({ queueAbove: 2.5 }), 'queueAbove', '2.5');
    expectDemandParameterError(build({ queueAbove: 5, queueBelow: 8 }), 'queueBelow', '8');
    expectDemandParameterError(build({ queueAbove: 5, joinDelayHours: -1 }), 'joinDelayHours', '-1');
    expectDemandParameterError(build({ queueAbove: 5, costMultiplier: 0 }), 'costMultiplier', '0');
    expect(build({ queueAbove: 5, queueBelow: 8 })).toThrow(
      'elasticCapacityRule: queueBelow must be a whole number <= queueAbove (5), got 8',
    );
  });
});
