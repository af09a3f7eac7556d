// The value block of the terminal summaries of `valueflow run` and `compare`: potential, realised, the
// causes that leaked something, open at end, cost and return, and where delay leakage came from.
import type { Difference } from './compareRuns.ts';
import type { DelayPart, LeakageCause, ValueFigures } from './replicationValue.ts';
import { hasPotentialValue, type RunValue } from './runValue.ts';
import { alignedTable, formatInterval, formatMoney, formatShare } from './terminalText.ts';

// Records, so that the compiler asks for a label when the ledger gains a cause or a part.
const CAUSE_LABELS: Readonly<Record<LeakageCause, string>> = {
  delay: 'delay',
  outage: 'outage',
  abandonment: 'abandonment',
  refused: 'refused',
  stopped: 'stopped',
  poorAdoption: 'poor adoption',
  nonConformance: 'non-conformance',
};

const PART_LABELS: Readonly<Record<DelayPart, string>> = {
  waiting: 'waiting',
  handedOver: 'handed over',
  worked: 'worked',
  blocked: 'blocked',
  other: 'other',
};

/** The leakage causes of a run whose mean is not 0, in the ledger's order. */
function causesWithLeakage(value: RunValue): LeakageCause[] {
  return (Object.keys(value.leakage) as LeakageCause[]).filter(
    (cause) => (value.leakage[cause].mean ?? 0) !== 0,
  );
}

/**
 * The value block of a run's summary: a table of potential, realised, each cause that leaked something,
 * open at end, cost and return (means over replications with 95% intervals), then how delay leakage
 * splits into its parts. Empty for a run with no potential value, so scenarios that value nothing read
 * as before.
 * @example
 * valueLines(document.value);
 * // => ['value (money)    mean     95% CI', 'potential  1,234,568  1,230,000 to 1,239,000', ..., 'Delay leakage: 62.0% waiting, ...']
 */
export function valueLines(value: RunValue): string[] {
  if (!hasPotentialValue(value)) return [];
  const row = (label: string, figure: RunValue['potential']): string[] => [
    label,
    formatMoney(figure.mean),
    formatInterval(figure.ci95, formatMoney),
  ];
  const rows = [
    ['value (money)', 'mean', '95% CI'],
    row('potential', value.potential),
    row('realised', value.realised),
    ...causesWithLeakage(value).map((cause) => row(`leaked: ${CAUSE_LABELS[cause]}`, value.leakage[cause])),
    row('open at end', value.openAtEnd),
    row('cost', value.cost),
    row('return', value.return),
  ];
  const lines = [alignedTable(rows)];
  const delay = value.leakage.delay.mean ?? 0;
  if (delay > 0) {
    const parts = (Object.keys(value.delayParts) as DelayPart[])
      .filter((part) => (value.delayParts[part].mean ?? 0) > 0)
      .map((part) => `${formatShare((value.delayParts[part].mean ?? 0) / delay)} ${PART_LABELS[part]}`);
    lines.push(`Delay leakage: ${parts.join(', ')}.`);
  }
  return lines;
}

/** A signed amount of money: "+1,234" or "-1,234". */
function signedMoney(amount: number): string {
  return amount > 0 ? `+${formatMoney(amount)}` : formatMoney(amount);
}

function differencePhrase(label: string, difference: Difference | null): string {
  if (difference === null) return `${label} n/a`;
  return `${label} ${signedMoney(difference.mean)} (95% CI ${formatInterval(difference.ci95, signedMoney)})`;
}

/**
 * The value part of a comparison: each scenario's potential, realised, leaked (all causes), open at end,
 * cost and return side by side, and one sentence per variant on its paired change in realised value, in
 * the leakage cause that changed most, and in return. Empty when no scenario had potential value.
 * @param variants - the comparison's scenarios, the baseline first (its `diff` null)
 * @example
 * valueComparisonLines(document.variants);
 * // => ['scenario  potential  realised  ...', ..., 'Variant twice the people: realised +52,300 (95% CI +50,100 to +54,500), delay leakage -48,000 (...), return +12,000 (...).']
 */
export function valueComparisonLines(
  variants: readonly {
    readonly scenario: string;
    readonly value: RunValue;
    readonly diff: { readonly value: ValueFigures<Difference | null> } | null;
  }[],
): string[] {
  if (!variants.some((variant) => hasPotentialValue(variant.value))) return [];
  const header = ['value (money, means)', 'potential', 'realised', 'leaked', 'open at end', 'cost', 'return'];
  const rows = variants.map(({ scenario, value }) => {
    const leaked = Object.values(value.leakage).reduce((sum, figure) => sum + (figure.mean ?? 0), 0);
    return [
      scenario,
      formatMoney(value.potential.mean),
      formatMoney(value.realised.mean),
      formatMoney(leaked),
      formatMoney(value.openAtEnd.mean),
      formatMoney(value.cost.mean),
      formatMoney(value.return.mean),
    ];
  });
  const sentences = variants.flatMap(({ scenario, diff }) => {
    if (diff === null) return [];
    const leakage = diff.value.leakage;
    const largest = (Object.keys(leakage) as LeakageCause[]).reduce((best, cause) =>
      Math.abs(leakage[cause]?.mean ?? 0) > Math.abs(leakage[best]?.mean ?? 0) ? cause : best,
    );
    const phrases = [differencePhrase('realised', diff.value.realised)];
    if ((leakage[largest]?.mean ?? 0) !== 0) {
      phrases.push(differencePhrase(`${CAUSE_LABELS[largest]} leakage`, leakage[largest]));
    }
    phrases.push(differencePhrase('return', diff.value.return));
    return [`Variant ${scenario}: ${phrases.join(', ')}.`];
  });
  return [alignedTable([header, ...rows]), ...(sentences.length > 0 ? ['', ...sentences] : [])];
}
