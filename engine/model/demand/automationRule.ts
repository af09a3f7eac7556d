// An automation rule: a share of a work type is resolved by automation (a self-service reset, an
// auto-remediation script) instead of by people, instantly or after a fixed duration.

import type { Rng } from '../../random/index.ts';
import { _readDemandParameters, _requireInRange, _requireNonNegative } from './demandParameterRules.ts';

/** Parameters of {@link automationRule}. */
export interface AutomationRuleParameters {
  /** Share of the type's items resolved by automation, in [0, 1]. */
  readonly share: number;
  /** Hours automation takes per item, >= 0; default 0 (instant). */
  readonly durationHours?: number;
}

/** An automation rule, consulted once per arriving item of its type. */
export interface AutomationRule {
  readonly kind: 'automation';
  /** Share of items resolved by automation. */
  readonly share: number;
  /** Hours automation takes per item (0: instant). */
  readonly durationHours: number;
  /** True when this item is resolved by automation; reads exactly one uniform. */
  decide(rng: Rng): boolean;
}

/**
 * Builds an automation rule: each item is automated with probability `share`, independently (a
 * Bernoulli trial), and then takes `durationHours` without any person.
 *
 * `decide` reads exactly one uniform u and returns u < share, even when share is 0 or 1, so that
 * scenario variants with different shares draw the same numbers from the same stream (common random
 * numbers: raising the share automates a superset of the items).
 *
 * @param parameters - `{ share, durationHours? }`
 * @returns a frozen rule with `share`, `durationHours` and `decide(rng)`
 * @throws DemandParameterError naming the field and the value (e.g. "automationRule: share must be a
 *   number in [0, 1], got 1.2")
 * @example
 * const passwordResets = automationRule({ share: 0.4 });
 * [passwordResets.decide(() => 0.25), passwordResets.decide(() => 0.75)]; // => [true, false]
 */
export function automationRule(parameters: AutomationRuleParameters): AutomationRule {
  const fields = _readDemandParameters('automationRule', parameters);
  const share = _requireInRange('automationRule', 'share', fields.share, 0, 1);
  const durationHours =
    fields.durationHours === undefined
      ? 0
      : _requireNonNegative('automationRule', 'durationHours', fields.durationHours);
  return Object.freeze({
    kind: 'automation',
    share,
    durationHours,
    decide: (rng: Rng): boolean => rng() < share,
  });
}
