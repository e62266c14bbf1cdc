/**
 * The send time of something HR wants out "now": one millisecond after `now`. The scheduler
 * plans each job over (watermark, now]; a run may already have planned up to this very
 * instant, and an occurrence due exactly at its watermark would never be seen.
 */
export function justAfter(now: Date): Date {
  return new Date(now.getTime() + 1);
}
