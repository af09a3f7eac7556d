#!/usr/bin/env bash
# A batch of replications split into shards over a Slurm job array: task i (SLURM_ARRAY_TASK_ID, from 1)
# runs shard i of SHARDS on its cores and writes its document; a job that depends on the array merges them.
#   sbatch --export=ALL,SCENARIO=scenarios/library/pooling.yaml,REPLICATIONS=1000 deploy/slurm-array.sh
#   sbatch --dependency=afterok:<array job id> --wrap 'node cli/bin.mjs merge results/shard-*.json --json > result.json'
# The array's size (--array=1-N) and SHARDS must agree. Run it from the repository's folder.
#SBATCH --job-name=valueflow-shards
#SBATCH --array=1-4
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --output=valueflow-shard-%a.log
set -euo pipefail

SCENARIO="${SCENARIO:-scenarios/library/pooling.yaml}"
REPLICATIONS="${REPLICATIONS:-1000}"
SHARDS="${SHARDS:-4}"
RESULTS_DIR="${RESULTS_DIR:-results}"
WORKERS="${SLURM_CPUS_PER_TASK:-1}"
shard="${SLURM_ARRAY_TASK_ID:?run this script as a Slurm array task (sbatch), or set SLURM_ARRAY_TASK_ID}"

mkdir -p "$RESULTS_DIR"
# Written under a temporary name and renamed, so a shard document is whole or absent.
node cli/bin.mjs run "$SCENARIO" --reps "$REPLICATIONS" --shard "$shard/$SHARDS" --workers "$WORKERS" --quiet --json \
  > "$RESULTS_DIR/shard-$shard.json.part"
mv "$RESULTS_DIR/shard-$shard.json.part" "$RESULTS_DIR/shard-$shard.json"
