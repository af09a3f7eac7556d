// Call-centre measures of one step: service level (share answered within the target), average speed of
// answer, probability of waiting, in aggregate and by the hour of the day the contact arrived.
import type { ServiceDeskMeasure } from '../definition/modelDefinition.ts';

/**
 * Counts of contacts answered at a service desk step. "Answered" means work started; the wait is the
 * time in the step's queue before that.
 *
 * @example
 * desk.serviceLevel; // => 0.8 (80% answered within the target)
 */
export class DeskMetrics {
  readonly measure: ServiceDeskMeasure;
  /** Global index of the step measured. */
  readonly step: number;
  /** Contacts answered. */
  answeredCount = 0;
  /** Contacts answered within the target. */
  withinTarget = 0;
  /** Contacts that waited at all. */
  waitedCount = 0;
  /** Sum of waits before answer, hours. */
  waitSum = 0;
  /** By hour of day (0..23) of arrival at the step: answered, within target, wait sum. */
  readonly answeredByHour = new Float64Array(24);
  readonly withinTargetByHour = new Float64Array(24);
  readonly waitSumByHour = new Float64Array(24);

  constructor(measure: ServiceDeskMeasure, step: number) {
    this.measure = measure;
    this.step = step;
  }

  /** Records an answer: the contact reached the step at `arrivedAt` and waited `wait` hours. */
  answered(arrivedAt: number, wait: number): void {
    const hour = Math.floor(arrivedAt - 24 * Math.floor(arrivedAt / 24));
    const within = wait <= this.measure.answerTargetHours ? 1 : 0;
    this.answeredCount++;
    this.withinTarget += within;
    if (wait > 0) this.waitedCount++;
    this.waitSum += wait;
    this.answeredByHour[hour]!++;
    this.withinTargetByHour[hour]! += within;
    this.waitSumByHour[hour]! += wait;
  }

  /** Share answered within the target. */
  get serviceLevel(): number {
    return this.withinTarget / this.answeredCount;
  }

  /** Average speed of answer, hours. */
  get averageSpeedOfAnswer(): number {
    return this.waitSum / this.answeredCount;
  }

  /** Probability that a contact waits at all. */
  get probabilityOfWaiting(): number {
    return this.waitedCount / this.answeredCount;
  }

  /** Restarts the counts (end of the warm-up). */
  reset(): void {
    this.answeredCount = 0;
    this.withinTarget = 0;
    this.waitedCount = 0;
    this.waitSum = 0;
    this.answeredByHour.fill(0);
    this.withinTargetByHour.fill(0);
    this.waitSumByHour.fill(0);
  }
}
