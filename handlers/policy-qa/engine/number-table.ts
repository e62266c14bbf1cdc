/**
 * Numbers below 2^48 (the classifier's pieces: up to three UTF-16 units) numbered 0, 1, 2… in the
 * order first added, in an open-addressing table of typed arrays. A Map keyed by such numbers
 * keeps each key as a heap number and chains its entries: looking a question's pieces up in it
 * was a twentieth of an answer, and its hundred thousand entries took several megabytes.
 */
export class NumberTable {
  private keys = new Float64Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  size = 0;

  /** The key's number, or -1 when it was never added. */
  get(key: number): number {
    const { keys, mask } = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === -1) return -1;
    }
  }

  /** The key's number, given the next one if it is new. */
  add(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    // At most half full: probes stay short.
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, mask } = this;
    let slot = hash(key) & mask;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.values[slot] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]!;
      if (key === -1) continue;
      let to = hash(key) & this.mask;
      while (this.keys[to] !== -1) to = (to + 1) & this.mask;
      this.keys[to] = key;
      this.values[to] = values[slot]!;
    }
  }
}

/** The low and high parts of the key mixed (a multiplicative hash: neighbouring keys spread apart). */
function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 0x100000000) >>> 0;
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 8;
}
