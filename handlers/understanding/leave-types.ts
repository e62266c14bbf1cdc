/*
 * Leave types as people name them. The leave rules' aliases include symptoms (看病, 不舒服) that
 * are reasons, not types: 「陪孩子看病」 is a reason for 事假 or 年假 as often as for 病假. So the
 * understanding layer keeps its own list of words that can only mean a type.
 */

/** [word, the handbook's name], longest words first so 年休假 wins over 休假. */
const TYPE_WORDS: readonly (readonly [string, string])[] = [
  ...([
    ['带薪年假', '年假'],
    ['年休假', '年假'],
    ['年休', '年假'],
    ['年假', '年假'],
    ['私事假', '事假'],
    ['事假', '事假'],
    ['病假', '病假'],
    ['婚假', '婚假'],
    ['结婚假', '婚假'],
    ['丧假', '丧假'],
    ['奔丧', '丧假'],
    ['产假', '产假'],
    ['生育假', '产假'],
    ['陪产假', '看护假'],
    ['陪护假', '看护假'],
    ['看护假', '看护假'],
    ['护理假', '看护假'],
    ['工伤假', '工伤假'],
    ['调休假', '调休'],
    ['调休', '调休'],
    ['补休', '调休'],
    ['倒休', '调休'],
  ] as const),
].sort((a, b) => b[0].length - a[0].length);

export const TYPE_WORD_SOURCE = TYPE_WORDS.map(([w]) => w).join('|');

export interface TypeMention {
  readonly type: string;
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Said as what it is not: 「不是年假」「不用年假了」「年价不休了」. */
  readonly negated: boolean;
}

/** Every type word in the text, in order; overlapping shorter words are skipped. */
export function typeMentions(text: string): TypeMention[] {
  const out: TypeMention[] = [];
  const re = new RegExp(TYPE_WORD_SOURCE, 'g');
  for (const m of text.matchAll(re)) {
    const word = m[0];
    const start = m.index;
    const type = TYPE_WORDS.find(([w]) => w === word)?.[1];
    if (type === undefined) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    const negated = /不是|不用|不要|别用/.test(before);
    out.push({ type, word, start, end: start + word.length, negated });
  }
  return out;
}

/** The one type a text asks for, or undefined when it names none. */
export function typeOf(text: string): string | undefined {
  const mentions = typeMentions(text);
  return (mentions.find((m) => !m.negated) ?? mentions[0])?.type;
}
