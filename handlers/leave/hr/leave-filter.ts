import { addDays, daysInMonth, localDateParts, makeLocalDate, type LocalDate } from '../../../data/time/index.ts';
import type { Directory } from '../../../data/org/directory.ts';
import type { LeaveStatus } from '../../../data/repos/leave-requests-repo.ts';

export interface LeaveFilter {
  readonly month?: { year: number; month: number };
  readonly staffIds?: string[];
  readonly team?: string;
  readonly statuses?: LeaveStatus[];
  /** A readable label of the filter, e.g. "2026年11月 · 长者服务组 · 已批准". */
  readonly label: string;
}

const STATUS: Record<string, LeaveStatus[]> = {
  待审批: ['pending'],
  审批中: ['pending'],
  已批准: ['approved'],
  已驳回: ['rejected'],
  已撤回: ['withdrawn'],
};

/** "2026-11 长者服务组 已批准", "郑雨", "上月": each word is a month, a status, a team or department, or a person. */
export function parseLeaveFilter(
  text: string,
  directory: Directory,
  today: LocalDate,
): LeaveFilter | { error: string } {
  const words = text.split(/[\s,，、]+/).filter(Boolean);
  const now = localDateParts(today);
  let month: { year: number; month: number } | undefined;
  const labels: string[] = [];
  let staffIds: string[] | undefined;
  let team: string | undefined;
  let statuses: LeaveStatus[] | undefined;
  for (const w of words) {
    const iso = /^(\d{4})[-./年](\d{1,2})月?$/.exec(w);
    const m = /^(\d{1,2})月$/.exec(w);
    if (iso || m) {
      month = iso ? { year: Number(iso[1]), month: Number(iso[2]) } : { year: now.year, month: Number(m![1]) };
      if (month.month < 1 || month.month > 12) return { error: w };
    } else if (w === '本月' || w === '上月' || w === '下月') {
      const shift = w === '本月' ? 0 : w === '上月' ? -1 : 1;
      const index = now.year * 12 + now.month - 1 + shift;
      month = { year: Math.floor(index / 12), month: (index % 12) + 1 };
    } else if (STATUS[w]) {
      statuses = STATUS[w];
      labels.push(w);
    } else if (directory.teams().includes(w) || directory.departments().includes(w)) {
      team = w;
      labels.push(w);
    } else {
      // Two people of that name: both are listed (each line names its person), neither is picked.
      const people = directory.matching(w);
      if (!people.length) return { error: w };
      staffIds = [...(staffIds ?? []), ...people.map((p) => p.id)];
      labels.push(people[0]!.name);
    }
  }
  if (!month && !staffIds) month = { year: now.year, month: now.month };
  if (month) labels.unshift(`${month.year}年${month.month}月`);
  return {
    ...(month ? { month } : {}),
    ...(staffIds ? { staffIds } : {}),
    ...(team ? { team } : {}),
    ...(statuses ? { statuses } : {}),
    label: labels.join(' · '),
  };
}

/** The first and last day of a month. */
export function monthRange(year: number, month: number): { from: LocalDate; to: LocalDate } {
  const from = makeLocalDate(year, month, 1)!;
  return { from, to: addDays(from, daysInMonth(year, month) - 1) };
}
