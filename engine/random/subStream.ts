// A cheap child stream seeded from a parent stream: each work item gets its own generator for the
// decisions it meets later (rework, success, exits), so those stay tied to the item across variants.
import type { Rng } from './stream.ts';

/**
 * The four 32-bit words that seed a child stream, each held as an int32. They are drawn from the parent
 * when the child is made (the parent's sequence must not depend on whether the child is ever used); the
 * generator itself can be built later, when first needed, with {@link subStreamFromSeed}. A work item
 * carries its words as four number fields: most items never draw, and then no generator is allocated.
 */
export interface SubStreamSeed {
  readonly seedA: number;
  readonly seedB: number;
  readonly seedC: number;
  readonly seedCounter: number;
}

/**
 * Draws one seed word from the parent: the top 32 bits of one draw, as an int32.
 * @example
 * const parent = stream(42, 0, 'items:incident');
 * const seed = { seedA: subStreamSeedWord(parent), seedB: subStreamSeedWord(parent),
 *   seedC: subStreamSeedWord(parent), seedCounter: subStreamSeedWord(parent) };
 */
export function subStreamSeedWord(parent: Rng): number {
  return (parent() * 4294967296) | 0;
}

/**
 * Builds an independent generator (sfc32, Chris Doty-Humphrey's Small Fast Counting generator, from
 * PractRand) seeded by four 32-bit words drawn from `parent`. Much cheaper to create than a named
 * `stream()` (no string hashing: about 0.05 µs against 5 µs), for one stream per work item.
 *
 * Why: an item's later random decisions must not depend on how many draws other items made, so that
 * two scenario variants run with the same seed treat the same item alike (common random numbers).
 *
 * @param parent - the stream the seed words are drawn from (consumes exactly 4 draws)
 * @returns uniform numbers in [0, 1) with 32 random bits (fine for decisions and inversion)
 * @example
 * const attributes = stream(42, 0, 'items:incident');
 * const itemDecisions = subStream(attributes);
 * itemDecisions() < 0.3; // => a rework decision tied to this item
 */
export function subStream(parent: Rng): Rng {
  return subStreamFromSeed({
    seedA: subStreamSeedWord(parent),
    seedB: subStreamSeedWord(parent),
    seedC: subStreamSeedWord(parent),
    seedCounter: subStreamSeedWord(parent),
  });
}

/**
 * Builds the child stream for seed words drawn earlier: the numbers `subStream` gives after the same
 * four parent draws.
 * @example
 * const decisions = subStreamFromSeed(item); // an item carries its seed words
 * decisions() < 0.3; // => a rework decision tied to this item
 */
export function subStreamFromSeed(seed: SubStreamSeed): Rng {
  const state = new Sfc32State(seed);
  // Returned without a name: tools that keep function names (tsx, esbuild) would otherwise wrap every
  // closure made here, once per work item.
  return () => state.next();
}

/**
 * The generator's four 32-bit words; a class so V8 keeps one hidden shape for all items' streams.
 *
 * The 12 mixing rounds wait for the first draw: the rounds are a pure function of the words, so
 * deferring them changes no number.
 */
class Sfc32State {
  // Declared with a number, not left undefined until the constructor: V8 would keep undefined-first
  // fields tagged, and then every step would allocate heap numbers.
  private a = 0;
  private b = 0;
  private c = 0;
  private counter = 0;
  private mixed = false;

  constructor(seed: SubStreamSeed) {
    this.a = seed.seedA >>> 0;
    this.b = seed.seedB >>> 0;
    this.c = seed.seedC >>> 0;
    this.counter = seed.seedCounter >>> 0;
  }

  next(): number {
    if (!this.mixed) this.mix();
    return this.step();
  }

  // Mix the fresh state, as sfc32's reference seeding does, so similar seeds diverge at once.
  private mix(): void {
    this.mixed = true;
    for (let round = 0; round < 12; round++) this.step();
  }

  private step(): number {
    const sum = (((this.a + this.b) | 0) + this.counter) | 0;
    this.counter = (this.counter + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + sum) | 0;
    return (sum >>> 0) / 4294967296;
  }
}
