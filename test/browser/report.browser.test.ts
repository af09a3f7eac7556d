// The report page in a real browser (`npm run test:browser`, not part of `npm test`): Debian's headless
// Chromium, driven by playwright-core, opens index.html from disk with every request that is not a file
// aborted, and must see no console error and every chart drawn as an SVG with marks. It saves a
// screenshot of the whole page in test/browser/output/ for a person to look at.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeReportFolder } from '../../cli/reportFolder.ts';
import { reportFiles } from '../../reports/index.ts';
import { handMadeHistory, valueLeakageComparison, valueLeakageRun } from '../reports/reportFixtures.ts';

/** The executable Debian's chromium package installs (the binary, not the /usr/bin wrapper script). */
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file) => existsSync(file));
const OUTPUT = new URL('./output/', import.meta.url).pathname;

async function openReport(input: Parameters<typeof reportFiles>[0], screenshot: string) {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'valueflow-browser-')), 'report');
  const files = await reportFiles(input, { document: {}, replications: [] });
  writeReportFolder(folder, files);
  const chartCount = files.filter((file) => file.path.endsWith('.vl.json')).length;
  if (CHROMIUM === undefined) throw new Error('no chromium: apt-get install -y chromium');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    // A string, run in the page: this test is compiled without the DOM's types.
    await page.waitForFunction(
      `document.querySelectorAll('figure.chart[data-rendered="true"]').length === ${chartCount}`,
      undefined,
      { timeout: 60_000 },
    );
    const drawn = await page.$$eval('figure.chart', (figures) =>
      figures.map((figure) => ({
        name: figure.getAttribute('data-chart'),
        marks: figure.querySelectorAll('svg .mark-rect path, svg path, svg line, svg circle').length,
      })),
    );
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, screenshot), fullPage: true });
    return { errors, blocked, drawn, chartCount };
  } finally {
    await browser.close();
  }
}

describe('index.html in headless Chromium, offline', () => {
  it('draws every chart of a comparison with no console error and no network request', {
    timeout: 120_000,
  }, async () => {
    const { errors, blocked, drawn, chartCount } = await openReport(
      valueLeakageComparison(),
      'compare-value-leakage.png',
    );
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(drawn.length).toBe(chartCount);
    for (const chart of drawn) expect(chart.marks, String(chart.name)).toBeGreaterThan(0);
  });

  it('draws a run with a ticket export history and a control chart', { timeout: 120_000 }, async () => {
    const items = Array.from({ length: 300 }, (_, index) => ({
      workType: index % 3 === 0 ? 'feature' : 'incident',
      finishHours: 168 + index * 3,
      leadTimeHours: 0.5 + (index % 23),
    }));
    const { errors, blocked, drawn, chartCount } = await openReport(
      {
        kind: 'run',
        question: 'A run with history',
        runs: [{ ...valueLeakageRun(), history: handMadeHistory() }],
        items,
      },
      'run-with-history.png',
    );
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(drawn.length).toBe(chartCount);
    expect(drawn.map((chart) => chart.name)).toContain('history-lead-time');
    for (const chart of drawn) expect(chart.marks, String(chart.name)).toBeGreaterThan(0);
  });
});
