// The JSON Schema editors use: an object describing every top-level key, serialisable, and accepting every
// library scenario (checked with a small validator of the keywords zod emits) while refusing misspelt keys.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioJsonSchema } from '../../../scenarios/schema/jsonSchema.ts';

type Schema = Readonly<Record<string, unknown>>;

/**
 * The places where `value` breaks `schema`: a validator of the JSON Schema keywords zod emits (type,
 * properties, required, additionalProperties, items, anyOf, enum, const, pattern, bounds, lengths,
 * property counts and names, $ref into $defs). Enough to check the schema against real files, cheaply.
 */
function violations(value: unknown, schema: Schema, root: Schema, at = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')];
    return target === undefined ? [`${at}: unknown $ref`] : violations(value, target, root, at);
  }
  if (Array.isArray(schema.anyOf)) {
    const passes = (schema.anyOf as Schema[]).some(
      (option) => violations(value, option, root, at).length === 0,
    );
    return passes ? [] : [`${at}: matches no alternative`];
  }
  const found: string[] = [];
  const fail = (why: string) => found.push(`${at}: ${why}`);
  const types: Record<string, (candidate: unknown) => boolean> = {
    object: (candidate) => typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate),
    array: Array.isArray,
    string: (candidate) => typeof candidate === 'string',
    number: (candidate) => typeof candidate === 'number',
    integer: Number.isInteger,
    boolean: (candidate) => typeof candidate === 'boolean',
  };
  if (typeof schema.type === 'string' && !types[schema.type]?.(value)) return [`${at}: not ${schema.type}`];
  if (schema.const !== undefined && value !== schema.const) fail(`not ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    fail(`not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
      fail(`does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('below minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('above maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      fail('not above minimum');
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
      fail('not below maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many items');
    const itemSchema = schema.items as Schema | undefined;
    if (itemSchema !== undefined) {
      for (const [index, item] of value.entries())
        found.push(...violations(item, itemSchema, root, `${at}[${index}]`));
    }
  }
  if (types.object?.(value)) {
    const map = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in map)) fail(`missing ${key}`);
    if (typeof schema.minProperties === 'number' && Object.keys(map).length < schema.minProperties)
      fail('too few keys');
    if (typeof schema.maxProperties === 'number' && Object.keys(map).length > schema.maxProperties)
      fail('too many keys');
    for (const [key, item] of Object.entries(map)) {
      if (schema.propertyNames !== undefined)
        found.push(...violations(key, schema.propertyNames as Schema, root, `${at}.${key} (key)`));
      const itemSchema = properties[key] ?? (schema.additionalProperties as Schema | boolean | undefined);
      if (itemSchema === false) fail(`unknown key ${key}`);
      else if (typeof itemSchema === 'object')
        found.push(...violations(item, itemSchema, root, `${at}.${key}`));
    }
  }
  return found;
}

const libraryFolder = path.join(import.meta.dirname, '../../../scenarios/library');
const libraryFiles = readdirSync(libraryFolder).filter((file) => file.endsWith('.yaml'));

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();

  it('is an object schema with a title, a description and a property for every top-level key', () => {
    expect(schema.type).toBe('object');
    expect(schema.title).toBe('valueflow scenario');
    expect(typeof schema.description).toBe('string');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'name',
        'question',
        'run',
        'calendars',
        'teams',
        'valueStreams',
        'workTypes',
        'policies',
        'variants',
      ]),
    );
    expect(schema.required).toEqual(['question', 'teams', 'valueStreams', 'workTypes']);
  });

  it('serialises to JSON and back unchanged', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('describes durations as strings with units, and shows the defaults the loader fills in', () => {
    const run = schema.properties.run as { properties: Record<string, Schema> };
    expect(run.properties.length).toMatchObject({ default: '52w' });
    expect(JSON.stringify(run.properties.length)).toContain('pattern');
    expect(run.properties.replications).toMatchObject({ default: 20 });
  });

  it('describes the value fields: a value life as a duration, shares and money with bounds and defaults', () => {
    type Items = { items: { properties: Record<string, Schema> } };
    const workType = (schema.properties.workTypes as Items).items.properties;
    const team = (schema.properties.teams as Items).items.properties;
    expect(JSON.stringify(workType.valueLife)).toContain('pattern');
    expect(workType.adoptionShortfall).toMatchObject({ type: 'number', minimum: 0, maximum: 1, default: 0 });
    expect(workType.slaBreachPenalty).toMatchObject({ type: 'number', minimum: 0, default: 0 });
    expect(workType.reworkPenalty).toMatchObject({ type: 'number', minimum: 0, default: 0 });
    expect(team.costPerTicket).toMatchObject({ type: 'number', minimum: 0, default: 0 });
  });

  it.each(libraryFiles)('accepts the library scenario %s', (file) => {
    const document = parse(readFileSync(path.join(libraryFolder, file), 'utf8')) as unknown;
    expect(violations(document, schema, schema)).toEqual([]);
  });

  it('refuses a misspelt key and a bare number where a duration belongs', () => {
    const document = parse(readFileSync(path.join(libraryFolder, 'pooling.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(violations({ ...document, run: { warmup: '1w' } }, schema, schema)).toEqual([
      '$.run: unknown key warmup',
    ]);
    expect(violations({ ...document, run: { length: 52 } }, schema, schema)).toEqual([
      '$.run.length: matches no alternative',
    ]);
  });
});
