// Call-centre measures of one step: service level (share answered within the target), average speed of
// answer, probability of waiting, in aggregate and by the hour of the day the contact arrived; and the
// contacts that gave up before an answer.
import type { ServiceDeskMeasure } from '../definition/modelDefinition.ts';

/**
 * Counts of contacts at a service desk step since the window started. "Answered" means work started; the
 * wait is the time in the step's queue before that. "Abandoned" means the requester gave up waiting
 * first. Answered and abandoned contacts together are every contact that left the queue.
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
  /** Contacts that gave up before an answer. */
  abandonedCount = 0;
  /** Sum of the waits of contacts that gave up, hours. */
  abandonedWaitSum = 0;
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
    // hour is in 0..23, and the lists have 24 entries.
    this.answeredByHour[hour]!++;
    this.withinTargetByHour[hour]! += within;
    this.waitSumByHour[hour]! += wait;
  }

  /** Records a contact that gave up after waiting `wait` hours without an answer. */
  abandoned(wait: number): void {
    this.abandonedCount++;
    this.abandonedWaitSum += wait;
  }

  /** Restarts the counts (end of the warm-up). */
  reset(): void {
    this.answeredCount = 0;
    this.withinTarget = 0;
    this.waitedCount = 0;
    this.waitSum = 0;
    this.abandonedCount = 0;
    this.abandonedWaitSum = 0;
    this.answeredByHour.fill(0);
    this.withinTargetByHour.fill(0);
    this.waitSumByHour.fill(0);
  }
}
