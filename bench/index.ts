// `npm run bench`: every benchmark in one run, so each compares with a baseline measured on the same
// machine at the same moment; one JSON line per case on stdout.
import { runKernelBenchmarks } from './kernel.ts';
import { runServiceDeskBenchmark } from './serviceDesk.ts';

runKernelBenchmarks();
runServiceDeskBenchmark();
