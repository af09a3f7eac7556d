// Batches on worker threads through the `valueflow` binary: the same bytes whatever the number of workers
// or shards, a failing replication or a dying worker reported with what reproduces it while the others'
// results are kept, and Ctrl-C writing the replications finished so far, marked partial, with exit 130.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../cli/bin.mjs', import.meta.url).pathname;
const pooling = new URL('../../scenarios/library/pooling.yaml', import.meta.url).pathname;
const scratch = mkdtempSync(path.join(tmpdir(), 'valueflow-batches-'));
/** Eight replications of eight weeks: long enough to spread over workers, short enough for the suite. */
const SHORT = ['--reps', '8', '--set', 'run.length=8w', '--set', 'run.warmUp=1w', '--quiet'];

function valueflow(args: readonly string[], environment: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...environment },
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('run --json across workers and shards', () => {
  it('prints the same bytes with 1, 2 and 4 workers, and from 4 shards merged', { timeout: 180_000 }, () => {
    const outputs = ['1', '2', '4'].map((workers) => {
      const { status, stdout, stderr } = valueflow([
        'run',
        pooling,
        ...SHORT,
        '--json',
        '--workers',
        workers,
      ]);
      expect(status, stderr).toBe(0);
      return stdout;
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const shards = [1, 2, 3, 4].map((index) => {
      const file = path.join(scratch, `shard-${index}.json`);
      const { status, stdout, stderr } = valueflow([
        'run',
        pooling,
        ...SHORT,
        '--json',
        '--shard',
        `${index}/4`,
      ]);
      expect(status, stderr).toBe(0);
      writeFileSync(file, stdout);
      return file;
    });
    const shard = JSON.parse(readFileSync(shards[1]!, 'utf8')) as { replications: { replication: number }[] };
    expect(shard.replications.map((summary) => summary.replication)).toEqual([1, 5]);
    const merged = valueflow(['merge', shards[3]!, shards[0]!, shards[2]!, shards[1]!, '--json']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(outputs[0]);
  });

  it('refuses shards of another batch, and a missing or repeated shard', { timeout: 120_000 }, () => {
    const other = path.join(scratch, 'other-seed.json');
    const { stdout } = valueflow(['run', pooling, ...SHORT, '--json', '--shard', '2/4', '--seed', '9']);
    writeFileSync(other, stdout);
    const first = path.join(scratch, 'shard-1.json');
    const wrongBatch = valueflow(['merge', first, other]);
    expect(wrongBatch.status).toBe(1);
    expect(wrongBatch.stderr).toMatch(/comes from another batch: its (fingerprint|seed)/);
    const missing = valueflow(['merge', first, first]);
    expect(missing.stderr).toMatch(/missing 2\/4, 3\/4, 4\/4; repeated 1\/4/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('faults in a batch', () => {
  for (const fault of ['throw:3', 'exit:3']) {
    it(`reports replication 3 and its seed when it ${fault.startsWith('throw') ? 'throws' : 'kills its worker'}, and keeps the other seven`, {
      timeout: 120_000,
    }, () => {
      const { status, stdout, stderr } = valueflow(['run', pooling, ...SHORT, '--json', '--workers', '2'], {
        VALUEFLOW_TEST_FAULT: fault,
      });
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /replication 3 \(seed 42\) failed: .*run it alone with: valueflow run .*pooling\.yaml .*--set .run\.length=8w. .*--rep 3 --seed 42/,
      );
      expect(stderr).toMatch(/1 of 8 replications failed; the results cover the other 7/);
      const document = JSON.parse(stdout) as {
        reps: number;
        partial: boolean;
        failed: { replication: number; seed: number }[];
      };
      expect(document.reps).toBe(7);
      expect(document.partial).toBe(true);
      expect(document.failed.map((failure) => [failure.replication, failure.seed])).toEqual([[3, 42]]);
    });
  }
});

describe('Ctrl-C', () => {
  it('writes the replications finished so far, marked partial, and exits 130', {
    timeout: 120_000,
  }, async () => {
    // Interrupted after a wait long enough for the workers to start and finish a few replications, far
    // shorter than the batch; on a loaded machine none may have finished yet (the command then says so and
    // writes no document), so the wait doubles until some have.
    let interrupted = await interruptAfter(6_000);
    for (
      let wait = 12_000;
      /before any replication finished/.test(interrupted.stderr) && wait <= 24_000;
      wait *= 2
    ) {
      interrupted = await interruptAfter(wait);
    }
    const { code, stdout, stderr } = interrupted;
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted: \d+ finished replications written, marked partial/);
    const document = JSON.parse(stdout) as { reps: number; partial: boolean };
    expect(document.partial).toBe(true);
    expect(document.reps).toBeGreaterThan(0);
    expect(document.reps).toBeLessThan(400);
  });
});

/** Runs a 400-replication batch on 2 workers, sends Ctrl-C after `waitMs`, and gives what it printed. */
async function interruptAfter(
  waitMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [bin, 'run', pooling, '--reps', '400', '--set', 'run.length=26w', '--json', '--quiet', '--workers', '2'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}
