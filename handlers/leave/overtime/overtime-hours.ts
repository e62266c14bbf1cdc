/** Credited hours: the minutes worked, rounded down to the rules' step (30 minutes → 3.5 hours for 3h40). */
export function creditedHours(minutes: number, roundingMinutes: number): number {
  if (minutes <= 0) return 0;
  return (Math.floor(minutes / roundingMinutes) * roundingMinutes) / 60;
}

/** Minutes since midnight of 'HH:mm' ('24:00' is the end of the day). */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether two clock ranges on the same day overlap (an end past midnight runs to 24:00 here). */
export function timesOverlap(
  a: { start: string; end: string; crossesMidnight: boolean },
  b: { start: string; end: string; crossesMidnight: boolean },
): boolean {
  const range = (r: typeof a) =>
    [minutesOf(r.start), r.crossesMidnight ? 24 * 60 + minutesOf(r.end) : minutesOf(r.end)] as const;
  const [as, ae] = range(a);
  const [bs, be] = range(b);
  return as < be && bs < ae;
}
