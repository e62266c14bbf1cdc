const OFFSET_MS = 8 * 3_600_000;

/**
 * An instant as ISO 8601 on Beijing time, `2026-12-01T09:00:00+08:00`: the way `simulate`'s
 * input is written, so its output reads the same (milliseconds only when there are any).
 */
export function shanghaiIso(d: Date): string {
  const iso = new Date(d.getTime() + OFFSET_MS).toISOString();
  const ms = iso.slice(19, 23);
  return `${iso.slice(0, 19)}${ms === '.000' ? '' : ms}+08:00`;
}
