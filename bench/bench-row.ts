/** One line of the benchmark table. */
export interface BenchRow {
  readonly name: string;
  readonly value: string;
  /** The target, as text (e.g. "≥ 95%"), and whether the value meets it. */
  readonly target?: string;
  readonly ok?: boolean;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
