// What the command says about a batch that did not run whole: each failed replication with the seed and
// the command that reproduces it alone, how many failed, and an interruption; and the marks the JSON gets.
import type { BatchOutcome, ScenarioSource } from '../../scenarios/index.ts';

/**
 * The command that runs one replication of a scenario alone, but for `--rep` and `--seed`: the file, the
 * variant and the `--set` changes it was run with.
 * @example
 * reproducingCommand({ file: 'desk.yaml', variant: 'pooled', overrides: [{ path: 'run.length', value: '8w' }] });
 * // => "valueflow run desk.yaml --variant 'pooled' --set 'run.length=8w'"
 */
export function reproducingCommand(source: ScenarioSource): string {
  const quoted = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
  return [
    'valueflow run',
    source.file,
    ...(source.variant === undefined ? [] : [`--variant ${quoted(source.variant)}`]),
    ...source.overrides.map((override) => `--set ${quoted(`${override.path}=${String(override.value)}`)}`),
  ].join(' ');
}

/**
 * Lines for stderr about the batch's failures and interruption (none for a batch that ran whole); each
 * failure with the command that reproduces it alone.
 * @example
 * batchNotes(outcome, 'valueflow run desk.yaml');
 * // => ['replication 3 (seed 42) failed: ...; run it alone with: valueflow run desk.yaml --rep 3 --seed 42',
 * //     '1 of 20 replications failed; the results cover the other 19']
 */
export function batchNotes(outcome: BatchOutcome, reproduce: string): string[] {
  const notes = outcome.failures.map(
    (failure) =>
      `replication ${failure.replication} (seed ${failure.seed}) failed: ${failure.message}; run it alone with: ${reproduce} --rep ${failure.replication} --seed ${failure.seed}`,
  );
  const total = outcome.summaries.length + outcome.failures.length;
  if (outcome.failures.length > 0) {
    notes.push(
      `${outcome.failures.length} of ${total} replication${total === 1 ? '' : 's'} failed; the results cover the other ${outcome.summaries.length}`,
    );
  }
  if (outcome.interrupted) {
    notes.push(
      outcome.summaries.length === 0
        ? 'interrupted before any replication finished: nothing written'
        : `interrupted: ${outcome.summaries.length} finished replications written, marked partial`,
    );
  }
  return notes;
}

/**
 * The document with `partial: true` and the failed replications when the batch did not run whole;
 * unchanged otherwise, so a whole batch's JSON is exactly the aggregate's.
 * @example
 * withBatchNotes(document, interruptedOutcome).partial; // => true
 */
export function withBatchNotes<Document extends object>(
  document: Document,
  outcome: BatchOutcome,
): Document | (Document & { partial: true; failed: BatchOutcome['failures'] }) {
  if (!outcome.interrupted && outcome.failures.length === 0) return document;
  return { ...document, partial: true, failed: outcome.failures };
}
