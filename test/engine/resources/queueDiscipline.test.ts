// The QueueDiscipline contract across the shipped disciplines: peekLast names the job next() would
// return last, skipping jobs the resource took out, and each discipline's own rule for it.
import { describe, expect, it } from 'vitest';
import {
  fifo,
  Job,
  type JobOptions,
  lifo,
  priorityOrder,
  type QueueDiscipline,
} from '../../../engine/resources/index.ts';

function job(sequence: number, options: JobOptions = {}): Job {
  return new Job(sequence, 0, { work: 1, ...options }, 1);
}

/** Adds #0-#3 (classes 1, 0, 1, 0), requeues #4 (class 1) as if preempted, and drops #3 as if it reneged. */
function fill(discipline: QueueDiscipline): void {
  const jobs = [1, 0, 1, 0, 1].map((priority, sequence) => job(sequence, { priority }));
  for (const waiting of jobs.slice(0, 4)) discipline.add(waiting);
  discipline.requeue(jobs[4]!);
  jobs[3]!.state = 'reneged';
  discipline.remove(jobs[3]!);
}

function drain(discipline: QueueDiscipline): number[] {
  const order: number[] = [];
  for (let next = discipline.next(); next !== undefined; next = discipline.next()) order.push(next.sequence);
  return order;
}

describe('QueueDiscipline.peekLast', () => {
  it('names the back of the line under fifo (the preempted #4 went to the front)', () => {
    const discipline = fifo();
    fill(discipline);
    // Waiting, front to back: #4, #0, #1, #2 (#3 reneged).
    expect(discipline.peekLast()?.sequence).toBe(2);
    expect(drain(discipline)).toEqual([4, 0, 1, 2]);
  });

  it('names the front under lifo (the preempted #4 went to the back, served next)', () => {
    const discipline = lifo();
    fill(discipline);
    expect(discipline.peekLast()?.sequence).toBe(0);
    expect(drain(discipline)).toEqual([4, 2, 1, 0]);
  });

  it('names the highest key, latest arrival among equals, under priorityOrder', () => {
    const discipline = priorityOrder();
    fill(discipline);
    // Class 0: #1 (#3 reneged); class 1: #0, #2, #4 in arrival order. Served last: #4.
    expect(discipline.peekLast()?.sequence).toBe(4);
    expect(drain(discipline)).toEqual([1, 0, 2, 4]);
  });

  it('skips a job the resource took out, and is undefined on an empty queue', () => {
    for (const discipline of [fifo(), lifo(), priorityOrder()]) {
      fill(discipline);
      const last = discipline.peekLast()!;
      last.state = 'pushed-out';
      discipline.remove(last);
      const remaining = drain(discipline);
      expect(remaining, discipline.kind).not.toContain(last.sequence);
      expect(remaining, discipline.kind).toHaveLength(3);
      expect(discipline.peekLast(), discipline.kind).toBeUndefined();
    }
  });
});
