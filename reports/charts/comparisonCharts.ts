// Comparison charts: each headline measure's mean with its 95% interval per scenario, and each variant's
// paired difference from the baseline with its interval, against zero.
import type { CompareDocument } from '../../scenarios/index.ts';
import { chartConfig, chartTitle, type ReportChart, rounded, scenarioColour } from './reportChart.ts';

/** The measures compared, with their words and units. */
const MEASURES = [
  ['leadTime', 'lead time (h)'],
  ['waitTime', 'wait (h)'],
  ['throughput', 'throughput (items/week)'],
  ['utilisation', 'utilisation (share)'],
  ['handoffs', 'handoffs per item'],
  ['serviceLevel', 'service level (share)'],
] as const;

/**
 * Each measure's mean over replications with its 95% t interval, one panel per measure, one point per
 * scenario. Undefined for a document without variants.
 * @example
 * comparisonIntervals(document)?.name; // => 'comparison-intervals'
 */
export function comparisonIntervals(document: CompareDocument): ReportChart | undefined {
  if (document.variants.length < 2) return undefined;
  const names = document.variants.map((variant) => variant.scenario);
  // A measure that is zero everywhere (no handoffs in a one-step stream) has nothing to compare.
  const measured = MEASURES.filter(([key]) =>
    document.variants.some((variant) => (variant.metrics[key]?.mean ?? 0) !== 0),
  );
  const rows = document.variants.flatMap((variant) =>
    measured.flatMap(([key, words]) => {
      const figure = variant.metrics[key];
      if (figure === undefined || figure.mean === null) return [];
      return [
        {
          scenario: variant.scenario,
          measure: words,
          mean: rounded(figure.mean),
          low: rounded(figure.ci95?.[0] ?? figure.mean),
          high: rounded(figure.ci95?.[1] ?? figure.mean),
        },
      ];
    }),
  );
  const title = 'How do the scenarios compare on each measure?';
  return {
    name: 'comparison-intervals',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, 'Mean over replications with its 95% interval; each panel in its own unit'),
      config: chartConfig(),
      data: { values: rows },
      facet: {
        row: {
          field: 'measure',
          type: 'nominal',
          title: null,
          sort: MEASURES.map(([, words]) => words),
          header: { labelAngle: 0, labelAlign: 'left' },
        },
      },
      spec: {
        width: 420,
        height: { step: 18 },
        encoding: {
          y: { field: 'scenario', type: 'nominal', title: null, sort: names, axis: null },
          color: scenarioColour(names),
        },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2 },
            encoding: {
              x: {
                field: 'low',
                type: 'quantitative',
                title: 'mean and 95% interval',
                scale: { zero: false },
              },
              x2: { field: 'high' },
            },
          },
          {
            mark: { type: 'point', filled: true, size: 60 },
            encoding: { x: { field: 'mean', type: 'quantitative' } },
          },
        ],
      },
      resolve: { scale: { x: 'independent' } },
    },
  };
}

/**
 * Each variant's difference from the baseline, paired by replication, with its 95% interval and a line
 * at zero: an interval that crosses zero may be chance. Relative differences, so that every measure fits
 * one axis. Undefined without a variant difference.
 * @example
 * differenceIntervals(document)?.name; // => 'difference-intervals'
 */
export function differenceIntervals(document: CompareDocument): ReportChart | undefined {
  const baseline = document.baseline;
  const rows = document.variants.flatMap((variant) =>
    variant.diff === null
      ? []
      : [...MEASURES, ['leadTimeP85', 'lead time p85 (h)'] as const].flatMap(([key, words]) => {
          const difference = variant.diff?.[key];
          const baselineMean = document.variants[0]?.metrics[key === 'leadTimeP85' ? 'leadTime' : key];
          if (difference === undefined || difference === null || difference.relative === null) return [];
          const base =
            key === 'leadTimeP85'
              ? null
              : ((baselineMean as { mean: number | null } | undefined)?.mean ?? null);
          const scale =
            difference.mean !== 0
              ? difference.relative / difference.mean
              : base !== null && base !== 0
                ? 1 / base
                : 0;
          return [
            {
              scenario: variant.scenario,
              measure: words,
              relative: rounded(difference.relative),
              low: rounded((difference.ci95?.[0] ?? difference.mean) * scale),
              high: rounded((difference.ci95?.[1] ?? difference.mean) * scale),
              absolute: rounded(difference.mean),
            },
          ];
        }),
  );
  if (rows.length === 0) return undefined;
  const names = document.variants.map((variant) => variant.scenario);
  const measured = [...MEASURES.map(([, words]) => words), 'lead time p85 (h)'].filter((words) =>
    rows.some((row) => row.measure === words),
  );
  const rowEncoding = {
    y: { field: 'measure', type: 'nominal' as const, title: null, sort: measured },
    yOffset: { field: 'scenario', sort: names },
    color: { ...scenarioColour(names), legend: { values: names.slice(1) } },
  };
  const title = `What changes against ${baseline}?`;
  return {
    name: 'difference-intervals',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        `Each variant's difference from ${baseline}, paired by replication, relative to ${baseline}'s mean, with its 95% interval`,
      ),
      config: chartConfig(),
      data: { values: rows },
      width: 480,
      height: { step: 16 },
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            ...rowEncoding,
            x: {
              field: 'low',
              type: 'quantitative',
              title: `difference from ${baseline}`,
              axis: { format: '+~%' },
            },
            x2: { field: 'high' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 50 },
          encoding: {
            ...rowEncoding,
            x: { field: 'relative', type: 'quantitative' },
            tooltip: [{ field: 'measure' }, { field: 'absolute', title: 'difference' }],
          },
        },
        {
          data: { values: [{ zero: 0 }] },
          mark: { type: 'rule', color: '#333' },
          encoding: { x: { field: 'zero', type: 'quantitative' } },
        },
      ],
    },
  };
}
