import type { Directory } from '../../data/org/directory.ts';
import type { Staff } from '../../data/org/staff.ts';
import type { BalanceRow } from './balances-view.ts';
import type { UploadRow } from './upload-rows.ts';

/** A problem in the file: its row (as Excel numbers it) and column, when it has them. */
export interface ImportProblem {
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
}

/** One person's balances as the file states them; undefined = the cell was left blank (no change). */
export interface OpeningBalance {
  readonly person: Staff;
  readonly annual?: number;
  readonly comp?: number;
}

export interface BalanceChange {
  readonly person: Staff;
  readonly annual?: { readonly from: number; readonly to: number };
  readonly comp?: { readonly from: number; readonly to: number };
}

/**
 * The columns an opening-balance file may have: the console's own balances export works as is
 * (工号, 姓名, 年假剩余天数, 调休可用小时; other columns ignored), and so do short or English names.
 */
const COLUMNS = {
  id: ['工号', 'id', '员工编号', '编号'],
  name: ['姓名', 'name'],
  annual: ['年假剩余天数', '年假剩余', '年假', '年假天数', 'annual', 'annual_remaining'],
  comp: ['调休可用小时', '调休小时', '调休', '调休剩余小时', 'comp', 'comp_hours'],
} as const;
const LABEL = { id: '工号', name: '姓名', annual: '年假剩余天数', comp: '调休可用小时' } as const;

/** More than this is a typo, not a balance. */
const MAX_DAYS = 366;
const MAX_HOURS = 2000;

function bare(header: string): string {
  return header.replace(/[\s（）()]/g, '').toLowerCase();
}

/** A number in whole halves (年假 0.5 天, 调休 0.5 小时), not negative, not absurd; or the problem. */
function amount(text: string, max: number, unit: string): number | string {
  const n = Number(text.replace(/[天小时h]+$/i, ''));
  if (!/^-?\d+(\.\d+)?[天小时h]*$/i.test(text) || !Number.isFinite(n)) return `「${text}」不是数字`;
  if (n < 0) return '不能为负数';
  if (n * 2 !== Math.round(n * 2)) return `以0.5${unit}为单位`;
  if (n > max) return `超过${max}${unit}，请核对`;
  return n;
}

/**
 * Reads an opening-balance file: a header row, then one row per person. Every row and field
 * problem is collected (unknown or repeated 工号, a 姓名 that is not that person's, a value that
 * is not a number in halves), so HR fixes the file once. A blank cell leaves that balance as it is.
 */
export function readOpeningBalances(
  rows: readonly UploadRow[],
  directory: Directory,
): { ok: true; balances: OpeningBalance[] } | { ok: false; problems: ImportProblem[] } {
  const [head, ...body] = rows;
  if (!head) return { ok: false, problems: [{ message: '文件是空的。' }] };
  const at = (names: readonly string[]) => head.cells.findIndex((h) => names.some((n) => bare(n) === bare(h)));
  const col = { id: at(COLUMNS.id), name: at(COLUMNS.name), annual: at(COLUMNS.annual), comp: at(COLUMNS.comp) };
  const problems: ImportProblem[] = [];
  if (col.id < 0) problems.push({ row: head.row, message: '表头里没有「工号」列。' });
  if (col.annual < 0 && col.comp < 0)
    problems.push({ row: head.row, message: '表头里没有「年假剩余天数」或「调休可用小时」列。' });
  if (problems.length) return { ok: false, problems };
  if (!body.length) return { ok: false, problems: [{ message: '除表头外没有数据行。' }] };

  const seen = new Map<string, number>();
  const balances: OpeningBalance[] = [];
  for (const r of body) {
    const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '') : '');
    const bad = (column: keyof typeof LABEL, message: string) =>
      problems.push({ row: r.row, column: LABEL[column], message });
    const id = cell(col.id);
    const person = id ? (directory.get(id) ?? directory.get(id.toUpperCase())) : undefined;
    if (!id) bad('id', '缺少工号');
    else if (!person) bad('id', `名录里没有工号 ${id}`);
    else if (seen.has(person.id)) bad('id', `工号 ${person.id} 重复（第${seen.get(person.id)}行已有）`);
    const name = cell(col.name);
    if (person && name && name !== person.name) bad('name', `「${name}」与名录不符（${person.id} 是${person.name}）`);
    const read = (column: 'annual' | 'comp') => {
      const text = cell(col[column]);
      if (!text) return undefined;
      const n = column === 'annual' ? amount(text, MAX_DAYS, '天') : amount(text, MAX_HOURS, '小时');
      if (typeof n === 'string') return void bad(column, n);
      return n;
    };
    const annual = read('annual');
    const comp = read('comp');
    if (!person || seen.has(person.id)) continue;
    seen.set(person.id, r.row);
    balances.push({ person, ...(annual !== undefined ? { annual } : {}), ...(comp !== undefined ? { comp } : {}) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, balances };
}

/** What applying the file would change: each stated balance against the one the bot has now. */
export function balanceChanges(
  balances: readonly OpeningBalance[],
  now: ReadonlyMap<string, BalanceRow>,
): BalanceChange[] {
  return balances.flatMap((b) => {
    const current = now.get(b.person.id);
    if (!current) return [];
    const annual =
      b.annual !== undefined && b.annual !== current.annual.remaining
        ? { from: current.annual.remaining, to: b.annual }
        : undefined;
    const comp =
      b.comp !== undefined && b.comp !== current.compHours ? { from: current.compHours, to: b.comp } : undefined;
    if (!annual && !comp) return [];
    return [{ person: b.person, ...(annual ? { annual } : {}), ...(comp ? { comp } : {}) }];
  });
}
