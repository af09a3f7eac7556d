// Runs the README's code example as a newcomer would, and checks that what it prints agrees with the
// Erlang C value its comment promises, so the README cannot drift from the code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { erlangWaitInQueue } from '../engine/resources/index.ts';

describe('README', () => {
  it('has a code example that runs and prints a mean wait close to Erlang C', { timeout: 60_000 }, () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'a ```ts block in README.md').toBeDefined();
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', example!],
      {
        cwd: new URL('..', import.meta.url),
        encoding: 'utf8',
      },
    );
    const meanWait = Number(output.trim());
    // Two servers, 1.5 calls per hour, 1 hour each: Wq = C(2, 1.5) / (2 - 1.5) = 1.2857 h. One run of
    // 100 000 h lands within a few per cent; 10% allows for the single replication's noise.
    expect(Math.abs(meanWait / erlangWaitInQueue(2, 1.5, 1) - 1)).toBeLessThan(0.1);
  });

  it('opens with the install-and-run and install-and-test commands', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const commands = [...readme.matchAll(/```sh\n(.*?)\n```/g)].map((match) => match[1]);
    expect(commands[0]).toMatch(/^npm ci && npm start/);
    expect(commands[1]).toMatch(/^npm ci && npm test/);
  });
});
