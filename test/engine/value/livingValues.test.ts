// LivingValues against hand sums: what has flowed by a moment, what is still to come, and pruning.
import { describe, expect, it } from 'vitest';
import { LivingValues } from '../../../engine/value/livingValues.ts';

describe('LivingValues', () => {
  it('splits each row at a moment into value flowed and value to come', () => {
    const living = new LivingValues();
    living.add(4, 100, 10, 0); // by 50: 10 x 46 flowed, 10 x 50 to come
    living.add(60, 80, 2, 1); // by 50: nothing flowed, 2 x 20 to come
    const splits: number[][] = [];
    living.forEachSplit(50, (type, flowed, toCome) => splits.push([type, flowed, toCome]));
    expect(splits).toEqual([
      [0, 460, 500],
      [1, 0, 40],
    ]);
  });

  it('grows past its first capacity and prunes only the rows whose life has ended', () => {
    const living = new LivingValues();
    for (let index = 0; index < 200; index++) living.add(index, index + 10, 1, index % 3);
    const ended: number[][] = [];
    living.prune(105, (type, value) => ended.push([type, value]));
    // Rows 0..95 end by 105 (end = index + 10), each worth 10.
    expect(ended).toHaveLength(96);
    expect(ended.every(([, value]) => value === 10)).toBe(true);
    expect(living.size).toBe(104);
    let first = Number.NaN;
    living.forEachSplit(0, (_type, _flowed, toCome) => {
      if (Number.isNaN(first)) first = toCome;
    });
    expect(first).toBe(10); // row 96 kept whole
  });
});
