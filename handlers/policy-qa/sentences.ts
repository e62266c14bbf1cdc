/** A list item or table row longer than this is cut at its sentence ends like prose. */
const MAX_ITEM_CHARS = 160;
/** A lead-in and its list are one passage if together they are this short. */
const MAX_LIST_CHARS = 200;

export const LIST_ITEM = /^(（[0-9一二三四五六七八九十]+）|\([0-9]+\)|[0-9]+[、.．]|[①-⑳])/;

/** One quotable piece of a section: a sentence, a list item or a short list with its lead-in. */
export interface Passage {
  readonly text: string;
  /** Which line of the section it comes from; sentences of one line are one paragraph. */
  readonly line: number;
  /** A list with its lead-in: the answer to "which ones". */
  readonly list?: boolean;
}

/**
 * Splits a section's text into the pieces an answer quotes: sentences, keeping their
 * punctuation, and list items or table rows whole (a row of the approval table is one
 * rule, even with a "；" inside its brackets).
 */
export function splitSentences(body: string): string[] {
  return sentencesByLine(body).map((s) => s.text);
}

/**
 * Like splitSentences, but a short list and the sentence introducing it ("员工离职须办理
 * 以下相关手续，并交齐如下资料方可离职：" and its items) are one passage: together they
 * answer "what do I hand in".
 */
export function splitPassages(body: string): Passage[] {
  const sentences = sentencesByLine(body);
  const out: Passage[] = [];
  const wholeLine = (k: number) => sentences.filter((p) => p.line === sentences[k]!.line).length === 1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const style = markerStyle(sentences[i + 1]?.text ?? '');
    // "…如下资料：" introduces a list; so does a bare title ("1. 奖励对象") over items numbered another way.
    if (/[：:]$/.test(s.text) || (isTitle(s.text) && style !== undefined && style !== markerStyle(s.text))) {
      // The items: whole lines numbered the same way as the first ("（1）", "（2）", …).
      let j = i + 1;
      while (j < sentences.length && style && markerStyle(sentences[j]!.text) === style && wholeLine(j)) j++;
      const list = sentences
        .slice(i, j)
        .map((p) => p.text)
        .join('');
      if (j > i + 1 && list.length <= MAX_LIST_CHARS) {
        out.push({ text: list, line: s.line, list: true });
        i = j - 1;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** A short line without closing punctuation ("2. 绩效考核的程序"): a title, not a rule. */
const MAX_TITLE = 30;
export function isTitle(text: string): boolean {
  return text.length <= MAX_TITLE && !/[。！？；：:.）)]$/.test(text);
}

/** "（1）" → "（n）", "1." → "n.": how a list item is numbered, or undefined for prose. */
function markerStyle(text: string): string | undefined {
  const m = LIST_ITEM.exec(text);
  return m ? m[1]!.replace(/[0-9一二三四五六七八九十]+/g, 'n') : undefined;
}

function sentencesByLine(body: string): Passage[] {
  return body.split(/\n+/).flatMap((raw, line) => {
    const trimmed = raw.trim();
    if (/^\|[-\s|:]+\|?$/.test(trimmed)) return [];
    const item = /^([-*]\s+|\|)/.test(trimmed);
    const text = trimmed
      .replace(/^[-*]\s*/, '')
      .replace(/\s*\|\s*/g, ' ')
      .trim();
    const pieces = item && text.length <= MAX_ITEM_CHARS ? [text] : (text.match(/[^。！？；]+[。！？；]?/g) ?? []);
    return pieces
      .map((p) => p.trim())
      .filter((p) => p.length > 1)
      .map((p) => ({ text: p, line }));
  });
}
