// Parsing a scenario file's YAML: nodes located by path (the nearest ancestor for a missing key), syntax
// errors, duplicate keys, alias bombs, deep nesting and odd keys refused as problems with their place.
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../scenarios/load/yamlSource.ts';

function sourceOf(text: string) {
  const parsing = parseYamlSource(text, 'test.yaml');
  if (!parsing.ok) throw new Error(JSON.stringify(parsing.problems));
  return parsing.source;
}

function problemsOf(text: string) {
  const parsing = parseYamlSource(text, 'test.yaml');
  if (parsing.ok) throw new Error('expected problems');
  return parsing.problems;
}

describe('parseYamlSource', () => {
  const text = 'name: x\nteams:\n  - name: desk\n    preset: { shape: I, count: 5 }\n';

  it('reads the document as plain data', () => {
    expect(sourceOf(text).value).toEqual({
      name: 'x',
      teams: [{ name: 'desk', preset: { shape: 'I', count: 5 } }],
    });
  });

  it('locates the value of a path, or its key', () => {
    const source = sourceOf(text);
    // `    preset: { shape: I, count: 5 }`: the 5 comes after 31 characters.
    expect(source.locate(['teams', 0, 'preset', 'count'])).toEqual({ line: 4, column: 32 });
    expect(source.locate(['teams', 0, 'preset'], 'key')).toEqual({ line: 4, column: 5 });
    expect(source.locate([])).toEqual({ line: 1, column: 1 });
  });

  it('locates a missing key at its nearest existing ancestor', () => {
    expect(sourceOf(text).locate(['teams', 0, 'preset', 'skills'])).toEqual({ line: 4, column: 13 });
    expect(sourceOf(text).locate(['teams', 3, 'name'])).toEqual({ line: 3, column: 3 });
  });

  it('reports a syntax error with its line and column', () => {
    expect(problemsOf('name: x\nrun: [1, 2\nseed: 3\n')[0]).toMatchObject({
      file: 'test.yaml',
      line: 3,
      message: expect.stringMatching(/^YAML: /),
    });
    // An unclosed quote is found where the input ends.
    expect(problemsOf('name: "open\n')[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('Missing closing "quote'),
    });
  });

  it('reports a duplicate key at the second one', () => {
    expect(problemsOf('run:\n  seed: 1\n  seed: 2\n')[0]).toMatchObject({
      line: 3,
      column: 3,
      path: ['run', 'seed'],
    });
  });

  it('refuses an alias bomb without expanding it, and accepts a few aliases', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${new Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    expect(problemsOf(`${levels.join('\n')}\n`)[0]?.message).toMatch(/^aliases expand to too much data/);
    expect(sourceOf('office: &office { businessHours: {} }\nother: *office\n').value).toEqual({
      office: { businessHours: {} },
      other: { businessHours: {} },
    });
  });

  it('refuses nesting deeper than 64 levels, keys that are lists, an empty file and a file that is not a map', () => {
    expect(problemsOf(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`)[0]?.message).toBe(
      'nested more than 64 levels deep',
    );
    expect(problemsOf('? [a, b]\n: 1\n')[0]?.message).toBe('a key must be a plain name, not a list or a map');
    expect(problemsOf('sla:\n  __proto__: 4h\n')[0]).toMatchObject({
      line: 2,
      column: 3,
      path: ['sla', '__proto__'],
    });
    expect(problemsOf('')[0]?.message).toBe('the file is empty');
    expect(problemsOf('- a\n- b\n')[0]?.message).toBe(
      'a scenario file is a map of keys (name, question, teams, ...)',
    );
  });

  it('refuses more than one document in a file', () => {
    expect(problemsOf('name: a\n---\nname: b\n')[0]?.message).toMatch(/multiple documents/);
  });
});
