// How numbers, shares, intervals and tables read in the terminal summaries of run, compare and sweep:
// a few significant digits, "n/a" for a measure with nothing observed, columns aligned.
import type { Interval } from './acrossReplications.ts';

/**
 * A number with as many decimals as a reader needs: 1 from 100 up (806.2), 2 from 1 up (1.43), 3
 * significant digits below 1 (0.0123); "n/a" for null (nothing observed).
 * @example
 * formatNumber(1.2345); // => '1.23'
 * formatNumber(0.012345); // => '0.0123'
 * formatNumber(null); // => 'n/a'
 */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const size = Math.abs(value);
  if (size >= 100) return value.toFixed(1);
  if (size >= 1) return value.toFixed(2);
  if (size === 0) return '0';
  return value.toPrecision(3);
}

/**
 * An amount of money: whole units with thousands set apart by commas from 1 000 up (1,234,568), as
 * {@link formatNumber} below; "n/a" for null. The grouping is written out rather than left to the
 * locale, so the summary reads the same on every machine.
 * @example
 * formatMoney(1234567.8); // => '1,234,568'
 * formatMoney(-4500); // => '-4,500'
 * formatMoney(12.345); // => '12.35'
 */
export function formatMoney(value: number | null): string {
  if (value === null || !Number.isFinite(value) || Math.abs(value) < 1000) return formatNumber(value);
  const whole = Math.round(Math.abs(value))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${whole}` : whole;
}

/**
 * A share in [0, 1] as a percentage with one decimal; "n/a" for null.
 * @example
 * formatShare(0.8012); // => '80.1%'
 */
export function formatShare(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

/**
 * An interval as "lower to upper", each written by `format`; "no interval" for null (one replication).
 * @example
 * formatInterval([1.01, 1.45]); // => '1.01 to 1.45'
 * formatInterval(null); // => 'no interval'
 */
export function formatInterval(
  interval: Interval | null,
  format: (value: number) => string = formatNumber,
): string {
  return interval === null ? 'no interval' : `${format(interval[0])} to ${format(interval[1])}`;
}

/**
 * Rows as an aligned text table: the first row is the header, the first column is left-aligned and the
 * others right-aligned, columns two spaces apart, trailing spaces trimmed.
 * @example
 * alignedTable([['measure', 'mean'], ['lead time (h)', '1.43']]);
 * // => 'measure        mean\nlead time (h)  1.43'
 */
export function alignedTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const width = widths[column] ?? cell.length;
          return column === 0 ? cell.padEnd(width) : cell.padStart(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
