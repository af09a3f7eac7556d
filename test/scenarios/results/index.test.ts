// STYLE.md rule 6: the results' public API is the list in scenarios/results/index.ts, guarded here so that
// a change to it is a deliberate diff.
import { describe, expect, it } from 'vitest';
import * as results from '../../../scenarios/results/index.ts';

describe('scenarios/results/index.ts', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(results).sort()).toEqual([
      'DEFAULT_HISTOGRAM_SCHEME',
      'LogHistogram',
      'OPEN_AT_END_NOTE',
      'aggregateRun',
      'backlogForecast',
      'compareRuns',
      'formatComparison',
      'formatRunSummary',
      'formatSweep',
      'leadTimeSentence',
      'mergeHistograms',
      'replicationMeasures',
      'stopWhenBacklogDone',
      'summarizeReplication',
      'sweepDocument',
    ]);
  });
});
