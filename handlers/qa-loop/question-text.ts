/** How alike two questions must be (Dice coefficient of their character bigrams) to be counted as one. */
export const SAME_QUESTION = 0.8;

const LEAD = /^(请问一下|请问|问一下|我想问一下|我想问|想问一下|想问|麻烦问一下|你好|您好)+/;
const TRAIL = /(吗|呢|啊|呀|吧|啦|哈|嘛|的|了|哦|喔)+$/;

/**
 * The question reduced to what tells it apart: full-width folded, no spaces or punctuation,
 * no greeting in front or particle at the end ("请问，婚假有几天呀？" → "婚假有几天").
 */
export function normaliseQuestion(text: string): string {
  const bare = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');
  return bare.replace(LEAD, '').replace(TRAIL, '') || bare;
}

/**
 * Whether two normalised questions ask the same thing: the same text, or a high character-
 * bigram overlap. Bigrams, not words: robust to how jieba cuts colloquial compounds, and
 * strict enough that "年假有几天" and "婚假有几天" (0.75) stay apart.
 */
export function sameQuestion(a: string, b: string): boolean {
  if (a === b) return true;
  return bigramDice(a, b) >= SAME_QUESTION;
}

export function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function bigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** What an asker added after 「不对」, kept on the question HR reads: 「上班路上摔伤算工伤吗（补充：上班路上）」. */
const ADDED = /（补充：([^）]*)）$/u;

/** The question with the asker's clarification added (after any earlier one). */
export function withClarification(text: string, clarification: string): string {
  const earlier = ADDED.exec(text)?.[1];
  const added = earlier ? `${earlier}；${clarification}` : clarification;
  return `${questionOnly(text)}（补充：${added}）`;
}

/** The question as asked, without a clarification: what an FAQ row's wording is matched on. */
export function questionOnly(text: string): string {
  return text.replace(ADDED, '');
}
