// batchNotes: what the command says of an interrupted batch, with and without finished replications.
import { describe, expect, it } from 'vitest';
import { batchNotes } from '../../cli/commands/batchNotes.ts';
import type { BatchOutcome } from '../../scenarios/index.ts';

describe('batchNotes', () => {
  it('says how many finished replications an interruption wrote, and that none were when none finished', () => {
    const finished = { summaries: [{}, {}], failures: [], interrupted: true } as unknown as BatchOutcome;
    expect(batchNotes(finished, 'valueflow run desk.yaml')).toEqual([
      'interrupted: 2 finished replications written, marked partial',
    ]);
    const none: BatchOutcome = { summaries: [], failures: [], interrupted: true };
    expect(batchNotes(none, 'valueflow run desk.yaml')).toEqual([
      'interrupted before any replication finished: nothing written',
    ]);
  });
});
