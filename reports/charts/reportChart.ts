// The chart a report holds (a name for its files, a plain-words title, the Vega-Lite spec) and the look
// every chart shares: one font that the PNG renderer finds, units on axes, scenarios in a fixed order.
import type { TopLevelSpec } from 'vega-lite';

/**
 * One chart of a report: `name` names its files (`charts/NAME.vl.json`, `.svg`, `.png`), `title` is the
 * question it answers in plain words.
 *
 * @example
 * const chart: ReportChart = { name: 'lead-time-cumulative', title: 'How long do items take?', spec };
 */
export interface ReportChart {
  readonly name: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** The font of every chart: installed with Debian's fonts-dejavu-core, so resvg draws the PNG labels. */
export const CHART_FONT = 'DejaVu Sans';

/**
 * The config block of every spec: font, label overlap handled, legend below.
 * @example
 * chartConfig().font; // => 'DejaVu Sans'
 */
export function chartConfig(): NonNullable<TopLevelSpec['config']> {
  return {
    font: CHART_FONT,
    title: { anchor: 'start', fontSize: 15, subtitleFontSize: 12, subtitleColor: '#555' },
    axis: { labelOverlap: 'greedy', titleFontWeight: 'normal' },
    legend: { orient: 'bottom', titleFontWeight: 'normal' },
    view: { stroke: null },
  };
}

/**
 * The colour encoding of the scenarios, in the order given (baseline first), the same in every chart.
 * @example
 * scenarioColour(['two teams', 'one pool']).scale; // => { domain: ['two teams', 'one pool'], scheme: 'tableau10' }
 */
export function scenarioColour(names: readonly string[]) {
  return {
    field: 'scenario',
    type: 'nominal' as const,
    title: 'scenario',
    sort: [...names],
    scale: { domain: [...names], scheme: 'tableau10' },
  };
}

/**
 * The title block of a spec: the question, and a subtitle saying how to read it.
 * @example
 * chartTitle('How long do items take?', 'share of items finished within each time').text; // => 'How long do items take?'
 */
export function chartTitle(text: string, subtitle: string) {
  return { text, subtitle };
}

/**
 * A number rounded to 4 significant digits, so that data in specs are short and the same bytes each run.
 * @example
 * rounded(3.14159265); // => 3.142
 */
export function rounded(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(4)) : value;
}

/** Hours in a week, for time axes in weeks. */
export const HOURS_PER_WEEK = 168;
