import { atShanghai, parseLocalDate } from '../../../data/time/index.ts';

/** `2026-12-24 09:00`, `2026-12-24T09:00`, or `2026-12-24` (09:00), read as Beijing time. */
export function parseTimeCommand(arg: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(arg.trim());
  if (!m) return undefined;
  const date = parseLocalDate(m[1]!);
  if (!date) return undefined;
  const hh = m[2] ? Number(m[2]) : 9;
  const mm = m[3] ? Number(m[3]) : 0;
  if (hh > 23 || mm > 59) return undefined;
  return atShanghai(date, `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`);
}

/**
 * `npm start -- --start …`: the simulated time the terminal chat opens at, as `/time` reads it
 * (`2026-12-24 09:00`, Beijing time) or as an ISO time with its offset (`2026-12-24T09:00:00+08:00`).
 */
export function parseStartOption(arg: string): Date | undefined {
  const local = parseTimeCommand(arg);
  if (local) return local;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(arg.trim())) return undefined;
  const d = new Date(arg.trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}
