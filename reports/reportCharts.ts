// Which charts a report holds: every chart whose data the input has, in reading order (the answer
// first, then the why), each answering one question.
import { comparisonIntervals, differenceIntervals } from './charts/comparisonCharts.ts';
import { controlChart } from './charts/controlChart.ts';
import { cumulativeFlow, queueLengthOverTime, throughputRunChart, wipOverTime } from './charts/flowCharts.ts';
import { forecastChart } from './charts/forecastChart.ts';
import { historyArrivals, historyLeadTime, historyReassignments } from './charts/historyCharts.ts';
import { leadTimeByType, leadTimeCumulative, leadTimeHistogram } from './charts/leadTimeCharts.ts';
import { agingWip, serviceLevelChart, utilisationChart } from './charts/peopleAndDeskCharts.ts';
import type { ReportChart } from './charts/reportChart.ts';
import { reassignmentsChart } from './charts/supportCharts.ts';
import { sweepChart, sweepHockeyStick } from './charts/sweepChart.ts';
import { leakageByCause, valueWaterfall } from './charts/valueCharts.ts';
import type { ReportInput } from './reportInput.ts';

/**
 * The charts of a report, in the order the page shows them; a chart without data is left out.
 * Pure: the same input gives the same specs.
 * @example
 * reportCharts({ kind: 'run', runs: [document] }).map((chart) => chart.name); // => ['lead-time-cumulative', ...]
 */
export function reportCharts(input: ReportInput): ReportChart[] {
  const runs = input.runs;
  const first = runs[0];
  const streams = [...new Set(runs.flatMap((run) => Object.keys(run.series.streams)))];
  const hasValue = runs.some((run) => (run.value.potential.mean ?? 0) > 0);
  const charts: (ReportChart | undefined)[] = [
    ...(input.sweep === undefined ? [] : [sweepHockeyStick(input.sweep), sweepChart(input.sweep)]),
    ...(input.compare === undefined
      ? []
      : [differenceIntervals(input.compare), comparisonIntervals(input.compare)]),
    // Where the scenarios have value, the money is the answer and lead time the why.
    ...(hasValue ? [valueWaterfall(runs), leakageByCause(runs)] : []),
    leadTimeCumulative(runs),
    leadTimeHistogram(runs),
    leadTimeByType(runs),
    forecastChart(runs),
    ...(first === undefined
      ? []
      : [historyLeadTime(first), historyArrivals(first), historyReassignments(first)]),
    input.items === undefined || first === undefined
      ? undefined
      : controlChart(input.items, first.scenario, input.itemsReplication ?? 0),
    ...streams.map((stream) => cumulativeFlow(runs, stream)),
    throughputRunChart(runs),
    wipOverTime(runs),
    queueLengthOverTime(runs),
    reassignmentsChart(runs),
    utilisationChart(runs, 'team'),
    utilisationChart(runs, 'person'),
    serviceLevelChart(runs),
    agingWip(runs),
  ];
  return charts.filter((chart): chart is ReportChart => chart !== undefined);
}
