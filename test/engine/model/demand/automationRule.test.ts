// Tests of automationRule: the decision by hand, the automated share within sampling error, one uniform
// per decision whatever the share, and parameter rules.
import { describe, expect, it } from 'vitest';
import {
  type AutomationRuleParameters,
  automationRule,
} from '../../../../engine/model/demand/automationRule.ts';
import { stream } from '../../../../engine/random/index.ts';
import {
  countingStream,
  expectDemandParameterError,
  expectWithinInterval,
  TEST_SEED,
} from './demandTestSupport.ts';

describe('automationRule', () => {
  it('automates when the uniform is below the share', () => {
    const rule = automationRule({ share: 0.4, durationHours: 0.25 });
    expect([rule.decide(() => 0.39), rule.decide(() => 0.4), rule.decide(() => 0.9)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([rule.kind, rule.share, rule.durationHours]).toEqual(['automation', 0.4, 0.25]);
    expect(automationRule({ share: 1 }).durationHours).toBe(0);
  });

  it('automates the configured share of 100 000 items within sampling error', () => {
    // Binomial(n, p): the automated count has standard deviation √(n·p·(1 − p)).
    const items = 100_000;
    const rule = automationRule({ share: 0.3 });
    const rng = stream(TEST_SEED, 0, 'automation share');
    let automated = 0;
    for (let item = 0; item < items; item++) if (rule.decide(rng)) automated++;
    expectWithinInterval(automated, 0.3 * items, Math.sqrt(items * 0.3 * 0.7), 'automated items');
  });

  it('reads exactly one uniform per decision, even at share 0 and 1', () => {
    const counter = countingStream('automation count');
    for (const share of [0, 0.5, 1]) automationRule({ share }).decide(counter.rng);
    expect(counter.read()).toBe(3);
    expect(automationRule({ share: 0 }).decide(() => 0)).toBe(false);
    expect(automationRule({ share: 1 }).decide(() => 1 - 2 ** -53)).toBe(true);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => automationRule(parameters as AutomationRuleParameters);
    expectDemandParameterError(build({ share: 1.2 }), 'share', '1.2');
    expectDemandParameterError(build({ share: -0.1 }), 'share', '-0.1');
    expectDemandParameterError(build({ share: 0.5, durationHours: -1 }), 'durationHours', '-1');
    expect(build({ share: 1.2 })).toThrow('automationRule: share must be a number in [0, 1], got 1.2');
  });
});
