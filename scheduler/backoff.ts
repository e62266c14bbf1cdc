/** Waits between attempts of a failed send: 1, 5, 15, then 60 minutes. */
const DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
export const MAX_ATTEMPTS = 5;

/** When to try again after the `attempts`-th failed attempt, or undefined to give up. */
export function nextAttemptAt(attempts: number, failedAt: Date, staleAfter: Date): Date | undefined {
  if (attempts >= MAX_ATTEMPTS) return undefined;
  const delay = DELAYS_MS[Math.min(attempts, DELAYS_MS.length) - 1] ?? DELAYS_MS[0]!;
  const next = new Date(failedAt.getTime() + delay);
  return next.getTime() > staleAfter.getTime() ? undefined : next;
}
