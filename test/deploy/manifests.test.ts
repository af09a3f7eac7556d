// The cluster manifests in deploy/ run as written: the Kubernetes Indexed Job's container command and the
// Slurm array script, run here for every index with the environment their schedulers set, write shard
// documents that merge into exactly the unsharded run's result.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const bin = path.join(root, 'cli/bin.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'valueflow-deploy-'));
const SHARDS = 4;
const REPLICATIONS = 8;

/** A small scenario (four weeks of a pooled team), so that eight shard commands take seconds. */
const scenario = path.join(scratch, 'small.yaml');
writeFileSync(
  scenario,
  [
    'name: small',
    'question: Do the shards merge into the whole?',
    'run: { length: 4w, warmUp: 1w, seed: 5 }',
    'teams: [{ name: team, preset: { shape: I, skills: [A], count: 3 } }]',
    'valueStreams: [{ name: stream, steps: [{ name: do, teams: [team], skill: A }] }]',
    'workTypes: [{ name: work, valueStream: stream, arrivals: [{ poisson: { rate: 2/h } }], effort: { A: { exponential: { mean: 1h } } } }]',
  ].join('\n'),
);

function unsharded(): string {
  return execFileSync(
    process.execPath,
    [bin, 'run', scenario, '--reps', String(REPLICATIONS), '--quiet', '--json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

function merged(folder: string): string {
  const files = Array.from({ length: SHARDS }, (_, index) => path.join(folder, `shard-${index + 1}.json`));
  return execFileSync(process.execPath, [bin, 'merge', ...files, '--json'], { cwd: root, encoding: 'utf8' });
}

describe('deploy/kubernetes-indexed-job.yaml', () => {
  it('is an Indexed Job whose pods, run with their JOB_COMPLETION_INDEX, write shards that merge into the whole run', {
    timeout: 180_000,
  }, () => {
    const job = parse(readFileSync(path.join(root, 'deploy/kubernetes-indexed-job.yaml'), 'utf8'));
    expect(job.spec.completionMode).toBe('Indexed');
    const container = job.spec.template.spec.containers[0];
    const shards = container.env.find((variable: { name: string }) => variable.name === 'SHARDS').value;
    expect(Number(shards)).toBe(job.spec.completions);
    const folder = mkdtempSync(path.join(scratch, 'kubernetes-'));
    for (let index = 0; index < SHARDS; index++) {
      const result = spawnSync(container.command[0], [...container.command.slice(1), ...container.args], {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          JOB_COMPLETION_INDEX: String(index),
          SCENARIO: scenario,
          REPLICATIONS: String(REPLICATIONS),
          SHARDS: String(SHARDS),
          RESULTS_DIR: folder,
        },
      });
      expect(result.status, result.stderr).toBe(0);
    }
    expect(merged(folder)).toBe(unsharded());
  });
});

describe('deploy/slurm-array.sh', () => {
  it('run as each array task writes a shard, and the shards merge into the whole run', {
    timeout: 180_000,
  }, () => {
    const folder = mkdtempSync(path.join(scratch, 'slurm-'));
    for (let task = 1; task <= SHARDS; task++) {
      const result = spawnSync('bash', [path.join(root, 'deploy/slurm-array.sh')], {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          SLURM_ARRAY_TASK_ID: String(task),
          SLURM_CPUS_PER_TASK: '2',
          SCENARIO: scenario,
          REPLICATIONS: String(REPLICATIONS),
          SHARDS: String(SHARDS),
          RESULTS_DIR: folder,
        },
      });
      expect(result.status, result.stderr).toBe(0);
    }
    expect(merged(folder)).toBe(unsharded());
  });
});
