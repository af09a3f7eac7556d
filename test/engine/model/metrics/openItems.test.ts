import { describe, expect, it } from 'vitest';
import { OpenItems } from '../../../../engine/model/metrics/openItems.ts';
import type { WorkItem } from '../../../../engine/model/work/workItem.ts';

const item = (id: number): WorkItem => ({ id }) as WorkItem;
const ids = (open: OpenItems): number[] => [...open.values()].map((entry) => entry.id);

describe('OpenItems', () => {
  it('lists the open items oldest first and answers has() by id', () => {
    const open = new OpenItems();
    const items = [0, 1, 2, 5, 9].map(item);
    for (const entry of items) open.add(entry);
    expect(open.delete(items[1]!)).toBe(true);
    expect(open.delete(items[1]!)).toBe(false);
    expect(ids(open)).toEqual([0, 2, 5, 9]);
    expect(open.size).toBe(4);
    expect([0, 1, 2, 3, 5, 9, 10].map((id) => open.has(id))).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('refuses an id that is not above every id added before', () => {
    const open = new OpenItems();
    open.add(item(3));
    expect(() => open.add(item(3))).toThrow('open items: item 3 added after item 3');
  });

  it('matches a reference set under random churn, with a long-lived item holding the front', () => {
    // A simple deterministic generator (a test may not use Math.random): the Park-Miller LCG.
    let state = 12345;
    const next = (): number => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
    const open = new OpenItems();
    const reference = new Map<number, WorkItem>();
    let nextId = 0;
    const oldest = item(nextId++);
    open.add(oldest);
    reference.set(oldest.id, oldest);
    for (let round = 0; round < 20_000; round++) {
      if (next() < 0.52 || reference.size <= 1) {
        const entry = item(nextId++);
        open.add(entry);
        reference.set(entry.id, entry);
      } else {
        const candidates = [...reference.values()].filter((entry) => entry !== oldest);
        const victim = candidates[Math.floor(next() * candidates.length)]!;
        expect(open.delete(victim)).toBe(true);
        reference.delete(victim.id);
      }
      if (round % 997 === 0) {
        expect(ids(open)).toEqual([...reference.keys()]);
        expect(open.size).toBe(reference.size);
      }
    }
    expect(ids(open)).toEqual([...reference.keys()]);
    for (let id = 0; id < nextId; id += 7) expect(open.has(id)).toBe(reference.has(id));
  });
});
