import { describe, expect, it } from 'vitest';
import { NumberTable } from '../../../handlers/policy-qa/engine/number-table.ts';

describe('NumberTable', () => {
  it('numbers keys in the order first added and finds them again', () => {
    const table = new NumberTable();
    expect(table.add(0x5a5a)).toBe(0);
    expect(table.add(2 ** 47 + 12345)).toBe(1);
    expect(table.add(0x5a5a)).toBe(0);
    expect(table.get(2 ** 47 + 12345)).toBe(1);
    expect(table.size).toBe(2);
  });

  it('says -1 for a key never added', () => {
    const table = new NumberTable();
    table.add(7);
    expect(table.get(8)).toBe(-1);
  });

  it('keeps every number as it grows past its first size, keys up to 2^48 included', () => {
    const table = new NumberTable();
    const keys = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? 2 ** 48 - 1 - i * 65_537 : i * 65_537 + 1));
    keys.forEach((k, i) => expect(table.add(k)).toBe(i));
    expect(keys.every((k, i) => table.get(k) === i)).toBe(true);
    expect(table.get(2 ** 48 - 2)).toBe(-1);
  });
});
