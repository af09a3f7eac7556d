// What the build steps share: the trace of where the definition's parts came from, the problems found,
// a guard that turns an engine factory's refusal into a problem at the document's node, and file reading.
import { ModelError, TicketCsvError } from '../../engine/index.ts';
import type { ExportReading } from '../import/readExport.ts';
import type { DocumentPath, DocumentProblem } from '../schema/index.ts';
import type { DefinitionTrace } from './definitionTrace.ts';

/**
 * Reads a file a scenario names (a replayed ticket CSV), relative to the scenario file's folder.
 * @throws Error with a readable message when the file cannot be read (missing, too large)
 * @example
 * const readFile: ReadScenarioFile = (file) => readFileSync(path.join(folder, file), 'utf8');
 */
export type ReadScenarioFile = (file: string) => string;

/**
 * A replayed file as the build found it: its name, the hours of its last replayed arrival (the end of
 * the window with demand), and, for an export read through a mapping, what was read (for its history).
 * @example
 * const replay: ReplayFound = { file: 'incidents.csv', lastArrivalHours: 2_180.5 };
 */
export interface ReplayFound {
  readonly file: string;
  readonly lastArrivalHours: number;
  readonly reading?: ExportReading;
  /** The mapping it was read with, as JSON: a file read the same way twice is read once. */
  readonly mappingKey?: string;
}

/**
 * The state of one build: the trace, the problems so far, how files are read, the replays found and the
 * warnings about what was accepted but looks wrong.
 * @example
 * const context: BuildContext = { trace: new DefinitionTrace(), problems: [], readFile, replays: [], warnings: [] };
 */
export interface BuildContext {
  readonly trace: DefinitionTrace;
  readonly problems: DocumentProblem[];
  readonly readFile: ReadScenarioFile;
  readonly replays: ReplayFound[];
  readonly warnings: string[];
}

/**
 * Calls an engine factory; if it refuses its parameters (a RangeError such as DistributionParameterError,
 * DemandParameterError or WorkingCalendarError, a TicketCsvError, a ModelError), the refusal becomes a
 * problem at `path` and undefined is returned. Validation makes this rare: it catches what the schema
 * cannot see, such as a mean so small that its rate overflows. Any other error is a bug and is thrown on.
 *
 * @param context - the build
 * @param path - the document path of the value the factory is given
 * @param make - calls the factory
 * @returns what the factory made, or undefined after recording the problem
 * @example
 * attempt(context, ['workTypes', 0, 'patience'], () => exponential({ mean: 1e-320 }));
 * // => undefined; context.problems gains "exponential: mean must be such that rate = 1 / mean is finite ..."
 */
export function attempt<Made>(context: BuildContext, path: DocumentPath, make: () => Made): Made | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof TicketCsvError) {
      for (const issue of error.issues) {
        const column = issue.column === undefined ? '' : `, column "${issue.column}"`;
        context.problems.push({
          path,
          message: `${error.source} line ${issue.line}${column}: ${issue.message}`,
        });
      }
    } else if (error instanceof ModelError) {
      for (const problem of error.problems) context.problems.push({ ...problem, path });
    } else if (error instanceof RangeError) {
      context.problems.push({ path, message: error.message });
    } else throw error;
    return undefined;
  }
}
