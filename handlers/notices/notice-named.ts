import type { Notice } from '../../data/repos/notice-repo.ts';

/**
 * Pairs of characters every notice or confirmation may hold: sharing them says nothing about
 * which notice is meant.
 */
const FILLER = new Set([
  '通知',
  '收到',
  '谢谢',
  '大家',
  '同事',
  '同工',
  '全体',
  '准时',
  '知道',
  '好的',
  '一下',
  '我们',
]);

/**
 * Which of several open notices a confirmation's words speak of: 「收到，年度总结周一前交」 names the
 * notice about 年度总结初稿, not the 督导 one sent after it. Counted in pairs of Chinese characters
 * the words share with each notice's text; undefined when none or two share the most (the caller
 * then keeps to its rule for a bare 收到).
 */
export function noticeNamed<N extends Pick<Notice, 'id' | 'text'>>(open: readonly N[], words: string): N | undefined {
  if (open.length < 2) return undefined;
  const pairs = new Set<string>();
  for (const run of words.match(/\p{Script=Han}+/gu) ?? [])
    for (let i = 0; i + 2 <= run.length; i++) if (!FILLER.has(run.slice(i, i + 2))) pairs.add(run.slice(i, i + 2));
  if (!pairs.size) return undefined;
  const scored = open
    .map((n) => ({ n, score: [...pairs].filter((p) => n.text.includes(p)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score > 0 && best.score > (next?.score ?? 0) ? best.n : undefined;
}
