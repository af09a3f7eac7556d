// Every file of a report folder, made in memory before anything is written (so that a chart that fails
// leaves no half-written folder): index.html, each chart's spec, SVG and PNG, the JSON document, and the CSVs.

import { headline, keyNumbers } from './page/keyNumbers.ts';
import { browserBundles, reportHtml } from './page/reportHtml.ts';
import { renderPng, renderSvg } from './render/renderChart.ts';
import { replicationsCsv, type ScenarioReplications } from './replicationsCsv.ts';
import { reportCharts } from './reportCharts.ts';
import type { ReportInput } from './reportInput.ts';

/**
 * One file of a report folder: its path inside the folder and its content.
 * @example
 * const file: ReportFile = { path: 'charts/wip-over-time.svg', content: '<svg ...' };
 */
export interface ReportFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * What a report folder holds beside its charts.
 * @example
 * const extras: ReportExtras = { document, replications: [{ scenario: 'pooling', summaries }] };
 */
export interface ReportExtras {
  /** The `--json` document, written as summary.json. */
  readonly document: unknown;
  readonly replications: readonly ScenarioReplications[];
  /** The item records CSV, written as items.csv when item records were asked for. */
  readonly itemsCsv?: string;
}

/**
 * The files of a report, in a fixed order; the same input gives the same bytes.
 * @throws ChartError when a chart does not compile without warnings or does not render
 * @example
 * (await reportFiles(input, extras)).map((file) => file.path)[0]; // => 'index.html'
 */
export async function reportFiles(input: ReportInput, extras: ReportExtras): Promise<ReportFile[]> {
  const charts = reportCharts(input);
  const files: ReportFile[] = [];
  for (const chart of charts) {
    const svg = await renderSvg(chart.name, chart.spec);
    files.push(
      { path: `charts/${chart.name}.vl.json`, content: `${JSON.stringify(chart.spec, null, 2)}\n` },
      { path: `charts/${chart.name}.svg`, content: svg },
      { path: `charts/${chart.name}.png`, content: renderPng(svg) },
    );
  }
  const name = input.sweep?.scenario ?? input.runs[0]?.scenario ?? 'valueflow';
  const html = reportHtml(
    {
      title: `${name}: valueflow report`,
      question: input.question,
      headline: headline(input),
      keyNumbers: keyNumbers(input),
      charts,
      note:
        'Means over seeded replications with 95% t intervals; comparisons are paired by replication (common random numbers). ' +
        'Lead times and waits cover finished items only. summary.json holds every figure; charts/ holds each chart as a Vega-Lite spec, SVG and PNG.',
    },
    browserBundles(),
  );
  return [
    { path: 'index.html', content: html },
    ...files,
    { path: 'summary.json', content: `${JSON.stringify(extras.document, null, 2)}\n` },
    { path: 'replications.csv', content: replicationsCsv(extras.replications) },
    ...(extras.itemsCsv === undefined ? [] : [{ path: 'items.csv', content: extras.itemsCsv }]),
  ];
}
