// Where each part of a model definition came from in the scenario document, so that the engine's problems
// (whose paths are definition paths) are reported at the document's node: a team's elastic, the SLA table.
import type { ModelProblem } from '../../engine/index.ts';
import type { DocumentPath, DocumentProblem } from '../schema/index.ts';
import { closestName } from '../schema/index.ts';

/** One recorded rename: the definition's path prefix and the document path it was built from. */
interface TraceEntry {
  readonly definitionPath: DocumentPath;
  readonly documentPath: DocumentPath;
}

/**
 * The build's record of where the definition's parts came from. The definition mostly mirrors the
 * document (teams[0].people[2] is teams[0].people[2] in both), so only the parts that moved are recorded:
 * a team's `elastic` is the definition's `elastic.<team>`, `sla.P1` is `slaHours[0]`, `policies.queueOrder`
 * is `queueOrder`. A path no entry covers is the same in both.
 *
 * @example
 * const trace = new DefinitionTrace();
 * trace.record(['elastic', 'desk'], ['teams', 0, 'elastic']);
 * trace.documentPathOf(['elastic', 'desk']); // => ['teams', 0, 'elastic']
 */
export class DefinitionTrace {
  private readonly entries: TraceEntry[] = [];

  /**
   * Records that the definition's part at `definitionPath` (and everything under it) was built from the
   * document's value at `documentPath`.
   */
  record(definitionPath: DocumentPath, documentPath: DocumentPath): void {
    this.entries.push({ definitionPath, documentPath });
  }

  /**
   * The document path of a definition path: the longest recorded prefix replaced by its document path,
   * the rest kept; the same path where nothing was recorded.
   * @example
   * trace.documentPathOf(['slaHours', 1]); // => ['sla', 'P2'] once the build recorded it
   */
  documentPathOf(definitionPath: DocumentPath): DocumentPath {
    let best: TraceEntry | undefined;
    for (const entry of this.entries) {
      const covers = entry.definitionPath.every((key, index) => definitionPath[index] === key);
      if (covers && entry.definitionPath.length <= definitionPath.length) {
        if (best === undefined || entry.definitionPath.length > best.definitionPath.length) best = entry;
      }
    }
    if (best === undefined) return definitionPath;
    return [...best.documentPath, ...definitionPath.slice(best.definitionPath.length)];
  }

  /**
   * An engine problem as a document problem: its path traced back, and for a name that is not one of the
   * names listed in `expected` ("a team of the model (desk, apps)"), the closest of them as a suggestion.
   * @example
   * trace.documentProblemOf({ path: ['valueStreams', 0, 'steps', 0, 'teams', 0], message: '...',
   *   expected: 'a team of the model (desk, apps)', received: '"dsk"' }).suggestion; // => 'desk'
   */
  documentProblemOf(problem: ModelProblem): DocumentProblem {
    const located: DocumentProblem = { ...problem, path: this.documentPathOf(problem.path) };
    const listed = /\(([^()]*)\)$/.exec(problem.expected ?? '')?.[1];
    const received = problem.received;
    if (listed === undefined || received === undefined || !received.startsWith('"')) return located;
    const written = JSON.parse(received) as unknown;
    if (typeof written !== 'string') return located;
    const suggestion = closestName(written, listed.split(', '));
    return suggestion === undefined ? located : { ...located, suggestion };
  }
}
