// `npm run bench`: every benchmark in one run, so each compares with a baseline measured on the same
// machine at the same moment; one JSON line per case on stdout. `npm run bench -- montecarlo` runs the
// Monte Carlo batches alone (they take a few minutes); `kernel`, `desk`, `value` and `export` pick the others.
import { runExportImportBenchmark } from './exportImport.ts';
import { runKernelBenchmarks } from './kernel.ts';
import { runMonteCarloBenchmark } from './montecarlo.ts';
import { runServiceDeskBenchmark } from './serviceDesk.ts';
import { runValueLedgerBenchmark } from './valueLedger.ts';

const only = process.argv[2];
if (only === undefined || only === 'kernel') runKernelBenchmarks();
if (only === undefined || only === 'desk') runServiceDeskBenchmark();
if (only === undefined || only === 'value') runValueLedgerBenchmark();
if (only === undefined || only === 'export') runExportImportBenchmark();
if (only === undefined || only === 'montecarlo') await runMonteCarloBenchmark();
