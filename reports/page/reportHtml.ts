// The report page: one self-contained HTML file with the question, the headline, the key numbers and
// every chart, drawn by vega-embed from scripts inlined in the page, so that it works offline from disk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportChart } from '../charts/reportChart.ts';

/**
 * The text of the vega, vega-lite and vega-embed browser bundles, in load order (each is self-contained;
 * the packages' export maps hide their build folders, so they are found beside the resolved entry).
 * @example
 * browserBundles().length; // => 3
 */
export function browserBundles(): string[] {
  const folder = (name: string) => path.dirname(fileURLToPath(import.meta.resolve(name)));
  return [
    path.join(folder('vega'), 'vega.min.js'),
    path.join(folder('vega-lite'), 'vega-lite.min.js'),
    path.join(folder('vega-embed'), 'vega-embed.min.js'),
  ].map((file) => readFileSync(file, 'utf8'));
}

/**
 * Text safe inside HTML, for element content and attribute values.
 * @example
 * escapeHtml('<a & b>'); // => '&lt;a &amp; b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * A script's text safe to inline: no `</script` can close the element early.
 * @example
 * inlineScript('a = "</script>"'); // => 'a = "<\\/script>"'
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** What the page shows. */
export interface ReportPage {
  readonly title: string;
  readonly question: string | undefined;
  readonly headline: string;
  readonly keyNumbers: readonly (readonly string[])[];
  readonly charts: readonly ReportChart[];
  readonly note: string;
}

/**
 * The page as HTML text. Charts are embedded with vega-embed (`actions: false`: its menu links to online
 * editors) as SVG; each chart's spec sits in a JSON script element with `<` escaped.
 * @example
 * reportHtml(page, browserBundles()).startsWith('<!doctype html>'); // => true
 */
export function reportHtml(page: ReportPage, bundles: readonly string[]): string {
  const [header, ...body] = page.keyNumbers;
  const table = `<table><thead><tr>${(header ?? []).map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>${body
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
  const figures = page.charts
    .map(
      (chart) =>
        `<figure id="chart-${escapeHtml(chart.name)}" class="chart" data-chart="${escapeHtml(chart.name)}"></figure>\n` +
        `<script type="application/json" id="spec-${escapeHtml(chart.name)}">${JSON.stringify(chart.spec).replaceAll('<', '\\u003c')}</script>`,
    )
    .join('\n');
  const draw = `
for (const figure of document.querySelectorAll('figure.chart')) {
  const spec = JSON.parse(document.getElementById('spec-' + figure.dataset.chart).textContent);
  vegaEmbed(figure, spec, { actions: false, renderer: 'svg' })
    .then(() => figure.setAttribute('data-rendered', 'true'))
    .catch((error) => { figure.textContent = 'This chart could not be drawn: ' + error.message; console.error(error); });
}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } .headline { font-size: 1.15rem; background: #f3f6fa; padding: 0.8rem 1rem; border-left: 4px solid #4c78a8; }
table { border-collapse: collapse; margin: 1rem 0 2rem; } th, td { padding: 0.3rem 0.8rem; border-bottom: 1px solid #ddd; text-align: right; }
tbody th { text-align: left; font-weight: normal; } figure.chart { margin: 2rem 0; } .note { color: #555; font-size: 0.9rem; }
</style>
${bundles.map((bundle) => `<script>${inlineScript(bundle)}</script>`).join('\n')}
</head>
<body>
<h1>${escapeHtml(page.question ?? page.title)}</h1>
<p class="headline">${escapeHtml(page.headline)}</p>
${table}
${figures}
<p class="note">${escapeHtml(page.note)}</p>
<script>${inlineScript(draw)}</script>
</body>
</html>
`;
}
