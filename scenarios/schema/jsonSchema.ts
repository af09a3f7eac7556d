// The JSON Schema of scenario files, for editors (completion, hover text, red squiggles): what a user may
// write, durations and rates as patterned strings, with the defaults the loader fills in.
import { z } from 'zod';
import { scenarioDocumentSchema } from './scenarioDocument.ts';

/**
 * The JSON Schema (draft 2020-12) of a scenario file as a user writes it (`io: 'input'`: defaulted keys
 * optional, durations as strings), titled and described, ready to serialise for an editor's YAML
 * language server (`# yaml-language-server: $schema=valueflow.schema.json`).
 *
 * @returns a plain, serialisable object
 * @example
 * Object.keys(scenarioJsonSchema().properties); // => ['name', 'question', 'description', 'run', ...]
 */
export function scenarioJsonSchema(): Record<string, unknown> & {
  readonly properties: Record<string, unknown>;
} {
  const schema = z.toJSONSchema(scenarioDocumentSchema, { io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  return {
    ...schema,
    title: 'valueflow scenario',
    description:
      'A valueflow scenario file: a baseline organisation (teams, value streams, work types, policies) and named variants that change parts of it. Durations are written with units ("15m", "2h", "1d 4h", "1w"), rates as "4/h" or "12/day". See scenarios/README.md.',
  };
}
