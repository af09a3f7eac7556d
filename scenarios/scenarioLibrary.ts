// The scenario library shipped with valueflow (scenarios/library/), and the question a scenario file asks,
// read without building it, for `valueflow list`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The folder of the shipped scenarios. */
export const LIBRARY_FOLDER = fileURLToPath(new URL('./library/', import.meta.url));

/**
 * The `question` a scenario file asks, read from its YAML alone (nothing is built or checked); a short
 * note instead when the file has none or cannot be read as YAML.
 * @example
 * readScenarioQuestion('scenarios/library/pooling.yaml'); // => 'Does one pool of six wait less than two teams of three specialists?'
 */
export function readScenarioQuestion(file: string): string {
  try {
    const document: unknown = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
    if (typeof document === 'object' && document !== null) {
      const question = (document as Record<string, unknown>).question;
      if (typeof question === 'string' && question.trim() !== '') return question.trim();
    }
    return '(no question: the file should say which question it answers)';
  } catch {
    return '(not readable as YAML: run valueflow validate on it)';
  }
}
