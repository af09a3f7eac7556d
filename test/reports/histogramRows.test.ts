// The display forms of a log-binned histogram, checked on a hand-made one whose shares are known:
// ten items at each of 1, 2, ..., 10 hours.
import { describe, expect, it } from 'vitest';
import { cumulativePoints, displayBins } from '../../reports/charts/histogramRows.ts';
import { handMadeHistory } from './reportFixtures.ts';

const histogram = handMadeHistory().leadTimeHistogram;

describe('displayBins', () => {
  it('regroups the items into the bins asked for, their shares adding up to one', () => {
    const bins = displayBins(histogram, 20);
    expect(bins).toHaveLength(20);
    expect(bins.reduce((sum, bin) => sum + bin.share, 0)).toBeCloseTo(1, 3);
    expect(bins[0]?.lower).toBe(1);
    expect(bins.at(-1)?.upper).toBeCloseTo(10, 1);
  });

  it('is empty for an empty histogram', () => {
    expect(displayBins({ ...histogram, count: 0, bins: [], min: null, max: null })).toEqual([]);
  });
});

describe('cumulativePoints', () => {
  it('rises by a tenth at each whole hour and ends at one at the largest value', () => {
    const points = cumulativePoints(histogram);
    expect(points.map((point) => point.share)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    // Each point sits at the upper edge of the 1% bin holding its hour (the last at the exact maximum).
    points.slice(0, -1).forEach((point, index) => {
      expect(point.hours).toBeGreaterThan(index + 1);
      expect(point.hours).toBeLessThanOrEqual((index + 1) * 1.0101);
    });
    expect(points.at(-1)?.hours).toBe(10);
  });
});
