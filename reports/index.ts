// The public API of reports: Vega-Lite chart specs built from the JSON documents of run, compare and
// sweep (pure: data in, spec out), their rendering to SVG and PNG, and the files of a report folder.

export type { ReportChart } from './charts/reportChart.ts';
export { headline, keyNumbers } from './page/keyNumbers.ts';
export { browserBundles, reportHtml } from './page/reportHtml.ts';
export { ChartError, compileChart, renderPng, renderSvg } from './render/renderChart.ts';
export type { ScenarioReplications } from './replicationsCsv.ts';
export { replicationsCsv } from './replicationsCsv.ts';
export { reportCharts } from './reportCharts.ts';
export type { ReportExtras, ReportFile } from './reportFiles.ts';
export { reportFiles } from './reportFiles.ts';
export type { HistogramData, HistoryBlock, ItemPoint, ReportInput, ReportRun } from './reportInput.ts';
