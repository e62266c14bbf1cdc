import { WEEK_OFFSETS } from './tokenize.ts';
import type { DateSpec, Token } from './tokens.ts';

type DateToken = Extract<Token, { kind: 'date' }>;
type HalfToken = Extract<Token, { kind: 'half' }>;

/** One date as written, with the half day and the 开始/起 that belong to it. */
export interface Point {
  kind: 'point';
  /** Null for an end that names only a half day: the "下午" of 明天上午到下午. */
  date: DateToken | null;
  spec: DateSpec | null;
  half: HalfToken | null;
  startMark: boolean;
  start: number;
  end: number;
}

export type Element = Point | Exclude<Token, DateToken | HalfToken> | (HalfToken & { orphan: true });

/** Characters allowed between a date and its half day or its 开始: 明天的下午, 明天下午开始. */
const MAX_GAP = 1;

const WEEK_WORD = /^(下下个?|下个?|这个?|本|上上个?|上个?)(周|星期|礼拜)$/;
/**
 * Groups tokens: a date takes the half day and the 开始/起 right after it; "下周" followed by a
 * bare 周一 becomes 下周一; a half day right after a separator is an end on the start's day.
 */
export function readPoints(tokens: readonly Token[]): Element[] {
  const out: Element[] = [];
  let pendingWeek: { offset: number; end: number } | null = null;
  for (const t of tokens) {
    const last = out.at(-1);
    if (t.kind === 'date') {
      let spec = t.spec;
      if (pendingWeek !== null && spec.type === 'weekday' && spec.week === 'bare' && t.start - pendingWeek.end <= 3) {
        spec = { ...spec, week: pendingWeek.offset };
        if (last?.kind === 'vague') out.pop();
      }
      pendingWeek = null;
      out.push({ kind: 'point', date: t, spec, half: null, startMark: false, start: t.start, end: t.end });
      continue;
    }
    const weekWord = t.kind === 'vague' ? WEEK_WORD.exec(t.text) : null;
    pendingWeek = weekWord ? { offset: WEEK_OFFSETS[weekWord[1] ?? ''] ?? 0, end: t.end } : null;
    if (t.kind === 'half') {
      if (last?.kind === 'point' && last.half === null && t.start - last.end <= MAX_GAP) {
        last.half = t;
        last.end = t.end;
      } else if (last?.kind === 'sep' && out.some((e) => e.kind === 'point')) {
        out.push({ kind: 'point', date: null, spec: null, half: t, startMark: false, start: t.start, end: t.end });
      } else {
        out.push({ ...t, orphan: true });
      }
      continue;
    }
    if (t.kind === 'start-mark') {
      if (last?.kind === 'point' && t.start - last.end <= MAX_GAP) {
        last.startMark = true;
        last.end = t.end;
      }
      continue;
    }
    out.push(t);
  }
  return out;
}
