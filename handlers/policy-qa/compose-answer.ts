import type { PolicySection } from '../../data/org/policy-document.ts';
import { statesKind, statesSum } from './answer-kind.ts';
import { dayRanges } from './leave-days.ts';
import { holdsQuestionWords, passageScore } from './engine/passage.ts';
import type { PolicyIndex, Query } from './engine/policy-index.ts';
import { isTitle, LIST_ITEM, type Passage } from './sentences.ts';

/** A phone screen: the rule in a few sentences, leaving room for the citation. */
export const MAX_ANSWER_CHARS = 220;
/**
 * Besides the best passage, others of the question's words are quoted if they score this share of
 * it (within MAX_ANSWER_CHARS): the best one by words often lacks the fact (「自己想出去参加外面的培训
 * 机构给报多少」 and 「机构通常给予50%的培训费用支持」). On the development sets 0.4 made 4 wrong
 * answers right; 0.6 was the old value, 0.3 the same as 0.4.
 */
const ALSO_QUOTE = 0.4;
const MAX_PASSAGES = 4;
/** A list's lead-in ("出现以下情况之一者，…不合格：") is quoted with its item if this short. */
const MAX_LEAD_IN = 60;
/** The rest of the best sentence's paragraph is quoted too when the paragraph is this short. */
const MAX_PARAGRAPH = 160;

interface Scored extends Passage {
  readonly i: number;
  readonly score: number;
  /** Whether the passage itself, not just the section's headings, has words of the question. */
  readonly own: boolean;
  /** Its words and their pieces. */
  readonly words: ReadonlySet<string>;
}

export interface ComposedAnswer {
  readonly text: string;
  /** The passages quoted, in order. */
  readonly passages: readonly string[];
  /** The same, those from one line of the document (one paragraph, one list item) joined. */
  readonly paragraphs: readonly string[];
  /** The words (and their pieces) of each paragraph, as the index analysed them: no second cut with jieba. */
  readonly paragraphWords: readonly ReadonlySet<string>[];
}

/**
 * Picks what in a section answers the question: the best passage (holding the most of the
 * question's weight, the asked length of leave and the kind of fact asked for), the rest of
 * its paragraph or the lead-in of its list, and a few more that answer nearly as well, kept
 * in the document's order so the rule still reads as written.
 */
export function composeAnswer(query: Query, section: PolicySection, index: PolicyIndex): ComposedAnswer {
  const passages = index.passagesOf(section);
  if (!passages.length) return { text: '', passages: [], paragraphs: [], paragraphWords: [] };
  const context = index.contextOf(section);
  const scored: Scored[] = passages.map((p, i) => ({
    text: p.quote,
    line: p.line,
    list: p.list,
    words: p.words,
    i,
    // The section is chosen: its headings' words tell its sentences apart no more (see passageScore).
    score: passageScore(query, p, context, true),
    own: holdsQuestionWords(query, p),
  }));
  // A checklist's questions ("是否有宠物？") are not rules: they answer nothing — unless no
  // statement holds a word of the question and a checklist item does (「家访能戴耳环项链吗」 and
  // 「身上是否戴着长耳环、项链等容易被拉扯的饰品？」: the checklist is the guidance).
  const statements = scored.filter((p) => !/[？?]$/.test(p.text));
  const pool = statements.some((p) => p.own) || !scored.some((p) => p.own) ? statements : scored;
  const ranked = pool.sort((a, b) => b.score - a.score || a.i - b.i);
  if (!ranked.length) return { text: '', passages: [], paragraphs: [], paragraphWords: [] };
  const best = ranked[0]!;
  const chosen = new Map<number, string>([[best.i, best.text]]);
  // A section that fits on the phone screen is quoted whole: the fact asked is in it however
  // the question was worded, which the best sentence for its words may miss (「动手打我」 and the
  // sentence on 攻击). On the development sets this made 5 wrong answers right and no right one wrong.
  if (scored.reduce((n, p) => n + p.text.length, 0) <= MAX_ANSWER_CHARS)
    for (const p of scored) chosen.set(p.i, p.text);
  // A rule for another length of leave ("请假0.5天…" when two days were asked) is noise.
  const otherLength = (p: Scored) => {
    const days = query.days;
    if (days === undefined) return false;
    const ranges = dayRanges(p.text);
    return ranges.length > 0 && !ranges.some((r) => days >= r.from && days <= r.to);
  };
  const add = (p: Scored) => {
    if (!chosen.has(p.i) && !otherLength(p) && lengthOf(chosen) + p.text.length <= MAX_ANSWER_CHARS)
      chosen.set(p.i, p.text);
  };

  // A title line ("3. 产假社工绩效处理办法") is answered by the paragraph under it.
  const titleLine = isTitle(best.text) && scored[best.i + 1] ? scored[best.i + 1]!.line : best.line;
  const paragraph = scored.filter((p) => p.line === best.line || p.line === titleLine);
  if (paragraph.reduce((n, p) => n + p.text.length, 0) <= MAX_PARAGRAPH) paragraph.forEach(add);
  // "…不满10年的，年休假5天；已满10年及不满20年的，年休假10天；已满20年的，年休假15天。": the clauses of
  // one sentence are quoted together when it fits — a quote dropping the middle clause reads as if
  // someone with 12 years had 5 days or 15.
  const clauses = clausesOf(scored, best.i);
  if (clauses.reduce((n, p) => n + p.text.length, 0) <= MAX_PARAGRAPH) clauses.forEach(add);
  // 「培训内容包括：①由办公室负责讲解…；」 is the start of a list: its other items (「②由业务部门…」) go with it.
  const rest = restOfList(scored, best.i);
  if (rest.reduce((n, p) => n + p.text.length, best.text.length) <= MAX_PARAGRAPH) rest.forEach(add);
  const leadIn = leadInOf(scored, best.i);
  if (leadIn && leadIn.text.length <= MAX_LEAD_IN) add(leadIn);
  // "满三年的工龄工资多少": the table row for that amount ("满3年：160元/月") answers it.
  const named = (p: Scored) => query.amounts.some((a) => p.words.has(a));
  if (query.amounts.length && ![...chosen.keys()].some((i) => named(scored[i]!))) {
    const row = ranked.find((p) => p.own && named(p));
    if (row) add(row);
  }
  for (const kind of query.kind ? [query.kind, ...query.alsoKinds] : query.alsoKinds) {
    if ([...chosen.values()].some((t) => statesKind(t, kind))) continue;
    const stating = ranked.find((p) => p.own && statesKind(p.text, kind));
    if (stating) add(stating);
  }
  // "培训费机构支持多少": a sum of money is quoted, not only another number of the rule ("2年以上的骨干").
  if (query.sum && ![...chosen.values()].some(statesSum)) {
    const stating = ranked.find((p) => p.own && statesSum(p.text));
    if (stating) add(stating);
  }
  for (const p of ranked.slice(1)) {
    if (chosen.size >= MAX_PASSAGES || p.score < best.score * ALSO_QUOTE) break;
    if (p.own && !isTitle(p.text)) add(p);
  }
  closeGaps(scored, chosen, best.i);
  const marks = withLeadClauses(scored, chosen);
  const order = [...chosen.keys()].sort((a, b) => a - b);
  const quoted = order.map((i) => chosen.get(i)!);
  const byLine = new Map<number, string>();
  const wordsByLine = new Map<number, Set<string>>();
  for (const i of order) {
    const line = scored[i]!.line;
    byLine.set(line, (byLine.get(line) ?? '') + chosen.get(i)!);
    const words = wordsByLine.get(line) ?? wordsByLine.set(line, new Set()).get(line)!;
    for (const w of scored[i]!.words) words.add(w);
  }
  // Clauses of one line run on; each further line (a list's next item, the next paragraph) starts
  // a line of its own: 「1. 尽快离开现场2. 大声求救」 ran a list together on the phone.
  const text = order
    .map((i, k) => (k && scored[i]!.line !== scored[order[k - 1]!]!.line ? '\n' : '') + chosen.get(i)!)
    .join('');
  return {
    text: clipped(text, marks),
    passages: quoted,
    paragraphs: [...byLine.values()],
    paragraphWords: [...wordsByLine.values()],
  };
}

/**
 * The text cut to MAX_ANSWER_CHARS with "…" for the rest. Line breaks are not counted: they take
 * no room on the screen, and a list set out line by line says no less than run together.
 */
function clipped(text: string, marks: number): string {
  // The 「…」 opening a clause quoted without its start (see withLeadClauses) takes no room either.
  const max = MAX_ANSWER_CHARS + marks;
  let visible = 0;
  let keep = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    visible++;
    if (visible === max - 1) keep = i + 1;
  }
  return visible > max ? `${text.slice(0, keep)}…` : text;
}

/**
 * Clauses of one sentence quoted with one left out between them (「已满1年…5天；」 and 「已满20年的…15天」
 * without 「已满10年…10天；」) read as if 12 years gave 5 days or 15: the clause left out is quoted
 * too when it fits, else the quote stops before it — or, when the best passage is after the gap,
 * starts after it (withLeadClauses then marks it as the part of a sentence it is).
 */
function closeGaps(passages: readonly Scored[], chosen: Map<number, string>, best: number): void {
  for (const i of [...chosen.keys()].sort((a, b) => a - b)) {
    const run = clausesOf(passages, i);
    const inRun = run.filter((c) => chosen.has(c.i));
    if (inRun[0]?.i !== i || inRun.length < 2) continue;
    const last = inRun.at(-1)!.i;
    const missing = run.filter((c) => c.i > i && c.i < last && !chosen.has(c.i));
    if (!missing.length) continue;
    if (lengthOf(chosen) + missing.reduce((n, c) => n + c.text.length, 0) <= MAX_ANSWER_CHARS)
      for (const c of missing) chosen.set(c.i, c.text);
    else {
      const gap = missing[0]!.i;
      const afterGap = best > gap && inRun.some((c) => c.i === best);
      for (const c of inRun) if (afterGap ? c.i < gap : c.i > gap) chosen.delete(c.i);
    }
  }
}

/**
 * A later clause of a sentence quoted without its first (「已满20年的，年休假15天。」 without
 * 「年假：员工在机构服务累计已满1年…；」) has lost what it is about: the clauses before it are quoted
 * too when they fit; else the clause opens with 「…」, so it reads as the part of a sentence it is.
 * It is never dropped: it may be the very fact asked.
 */
function withLeadClauses(passages: readonly Scored[], chosen: Map<number, string>): number {
  let marked = 0;
  for (const i of [...chosen.keys()].sort((a, b) => a - b)) {
    const run = clausesOf(passages, i);
    const first = run.findIndex((c) => chosen.has(c.i));
    if (run[first]?.i !== i || first === 0) continue;
    const lead = run.slice(0, first);
    if (lengthOf(chosen) + lead.reduce((n, c) => n + c.text.length, 0) <= MAX_ANSWER_CHARS)
      for (const c of lead) chosen.set(c.i, c.text);
    else {
      chosen.set(i, `…${chosen.get(i)!}`);
      marked++;
    }
  }
  return marked;
}

function lengthOf(chosen: ReadonlyMap<number, string>): number {
  let n = 0;
  for (const t of chosen.values()) n += t.length;
  return n;
}

/** The passages of the sentence the one at `i` is a clause of (split at its "；"), in order. */
function clausesOf(passages: readonly Scored[], i: number): Scored[] {
  const line = passages[i]!.line;
  const open = (p: Scored | undefined) => p !== undefined && p.line === line && /[；;]$/.test(p.text) && !p.list;
  let from = i;
  while (open(passages[from - 1])) from--;
  let to = i;
  while (open(passages[to]) && passages[to + 1]?.line === line && !passages[to + 1]!.list) to++;
  return passages.slice(from, to + 1);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The items after the one a passage ends a list's lead-in with (「…包括：①…；」 then 「②…」「③…」),
 * numbered on from it with circled numbers; none when the passage starts no such list.
 */
function restOfList(passages: readonly Scored[], i: number): Scored[] {
  const started = /[：:]\s*([①-⑳])[^①-⑳]*$/.exec(passages[i]!.text);
  if (!started) return [];
  let next = CIRCLED.indexOf(started[1]!) + 1;
  const items: Scored[] = [];
  for (let j = i + 1; j < passages.length && passages[j]!.text.startsWith(CIRCLED[next] ?? '\0'); j++, next++)
    items.push(passages[j]!);
  return items;
}

/** The sentence ending in "：" that introduces the list item at `i`, if any. */
function leadInOf(passages: readonly Scored[], i: number): Scored | undefined {
  if (!LIST_ITEM.test(passages[i]!.text)) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const p = passages[j]!;
    if (/[：:]$/.test(p.text)) return p;
    if (!LIST_ITEM.test(p.text)) return undefined;
  }
  return undefined;
}
