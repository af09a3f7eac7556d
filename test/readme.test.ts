// Runs the README's code examples as a newcomer would, and checks what they print against numbers fixed
// by hand (Erlang C, offered load), so the README cannot drift from the code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

function runExample(code: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
  });
}

describe('README', () => {
  it('has two TypeScript examples', () => {
    expect(examples.length).toBe(2);
  });

  it('has a queue example that prints a mean wait close to Erlang C', { timeout: 60_000 }, () => {
    const meanWait = Number(runExample(examples[0]!).trim());
    // Two servers, 1.5 calls per hour, 1 hour each: Wq = C(2, 1.5) / (2 - 1.5) = 1.2857 h. One run of
    // 100 000 h lands within a few per cent; 10% allows for the single replication's noise.
    expect(Math.abs(meanWait / 1.2857142857 - 1)).toBeLessThan(0.1);
  });

  it('has a service-model example that runs, conserves items and loads its teams plausibly', {
    timeout: 60_000,
  }, () => {
    const [holds, meanLeadTime, deskUtilisation, appsUtilisation] = runExample(examples[1]!)
      .trim()
      .split(/[\s,[\]']+/)
      .filter((field) => field.length > 0);
    expect(holds).toBe('true');
    expect(Number(meanLeadTime)).toBeGreaterThan(0);
    // Offered load by hand: desk 3/h x 0.5 h = 1.5 of 4 people (0.375); apps 3/h x 40% escalated x 2 h =
    // 2.4 of 3 people (0.8). T-shaped desk staff (knowledgeable in apps) may take some apps work.
    expect(Number(deskUtilisation)).toBeGreaterThan(0.3);
    expect(Number(appsUtilisation)).toBeGreaterThan(0.6);
    expect(Number(appsUtilisation)).toBeLessThan(0.85);
  });

  it('opens with the install-and-run and install-and-test commands', () => {
    const commands = [...readme.matchAll(/```sh\n(.*?)\n```/g)].map((match) => match[1]);
    expect(commands[0]).toMatch(/^npm ci && npm start/);
    expect(commands[1]).toMatch(/^npm ci && npm test/);
  });
});
