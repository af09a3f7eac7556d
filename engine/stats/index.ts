// The public API of the statistics layer: streaming accumulators and pure functions, listed one by one.
// It imports nothing from other engine layers; see ARCHITECTURE.md for the layer order.

export type { ConfidenceInterval, SampleSummary } from './confidenceInterval.ts';
export { confidenceInterval, confidenceIntervalFromTally, pairedDifference } from './confidenceInterval.ts';
export { regularizedIncompleteBeta } from './incompleteBeta.ts';
export { logBeta } from './logBeta.ts';
export { normalQuantile } from './normalQuantile.ts';
export { P2Quantile, quantiles, quantilesInPlace } from './quantiles.ts';
export { studentTQuantile } from './studentTQuantile.ts';
export { Tally } from './tally.ts';
export { TimeWeightedAverage } from './timeWeightedAverage.ts';
export { TimeWeightedDistribution } from './timeWeightedDistribution.ts';
