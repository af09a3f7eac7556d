// The terminal summaries' pieces: numbers with a few significant digits, intervals, aligned tables, and the
// shape of a run summary built from real replications.
import { describe, expect, it } from 'vitest';
import { aggregateRun } from '../../../scenarios/results/aggregateRun.ts';
import { formatRunSummary } from '../../../scenarios/results/formatRunSummary.ts';
import {
  alignedTable,
  formatInterval,
  formatMoney,
  formatNumber,
  formatShare,
} from '../../../scenarios/results/terminalText.ts';
import { runReplications, twoStepModel } from './replicationRuns.ts';

describe('formatNumber', () => {
  it('writes 1 decimal from 100 up, 2 from 1 up, 3 significant digits below, n/a for null', () => {
    expect([806.24, 1.2345, 0.012345, 0, -2.5, null].map(formatNumber)).toEqual([
      '806.2',
      '1.23',
      '0.0123',
      '0',
      '-2.50',
      'n/a',
    ]);
    expect(formatShare(0.80123)).toBe('80.1%');
    expect(formatInterval([1.011, 1.449])).toBe('1.01 to 1.45');
    expect(formatInterval(null)).toBe('no interval');
  });
});

describe('formatMoney', () => {
  it('writes whole units with commas between thousands from 1 000 up, as formatNumber below', () => {
    expect([1234567.8, -4500, 1000, 999.94, 12.345, -0.5, null].map(formatMoney)).toEqual([
      '1,234,568',
      '-4,500',
      '1,000',
      '999.9',
      '12.35',
      '-0.500',
      'n/a',
    ]);
  });
});

describe('alignedTable', () => {
  it('aligns the first column left and the others right', () => {
    expect(
      alignedTable([
        ['measure', 'mean'],
        ['lead time (h)', '1.43'],
        ['wait', '12.00'],
      ]),
    ).toBe('measure         mean\nlead time (h)   1.43\nwait           12.00');
  });
});

describe('formatRunSummary', () => {
  it('shows the headline metrics with intervals and says when items were still open', () => {
    const runs = runReplications(twoStepModel(), { seed: 2, replications: 3, hours: 300, warmUpHours: 24 });
    const document = aggregateRun({
      scenario: 'two steps',
      seed: 2,
      summaries: runs.summaries,
      serviceDesks: [{ answerTargetHours: 0.25 }],
    });
    const text = formatRunSummary(document);
    const lines = text.split('\n');
    expect(lines[0]).toBe('two steps: 3 replications, seed 2');
    expect(lines[2]).toMatch(/^measure +mean +95% CI +p50 +p85 +p95$/);
    expect(lines[3]).toMatch(/^lead time \(h\) +\d+\.\d\d +\d+\.\d\d to \d+\.\d\d( +\d+\.\d+){3}$/);
    expect(text).toMatch(/utilisation +\d+\.\d% +\d+\.\d% to \d+\.\d%/);
    expect(text).toMatch(/service level within 0\.250 h/);
    expect(document.openAtEnd.mean).toBeGreaterThan(0); // a run cut off at 300 h leaves work in hand
    expect(text).toMatch(
      /\d+\.\d\d items were still open at the end on average; the times above cover finished items only\./,
    );
  });
});
