import type { Deadline } from '../../data/reminders/reminder-config.ts';
import { anyOf } from '../understanding/text-cues.ts';

const PROGRESS = /^(.{1,12}?)(?:的)?(?:提交)?(?:进度|情况|完成情况)$/;
const ALL = new Set(['提交', '交材料', '材料', '截止', '所有', '全部']);

export type ProgressQuery = { readonly kind: 'all' } | { readonly kind: 'one'; readonly deadline: Deadline };

/**
 * 「谁还没交月报」「月报谁没交」「月报交了几个」「还有哪些人没交归档」: asked who has handed in, in the
 * words leads and HR use; never 「月报交了」 (a hand-in) nor 「月报几号交」 (the rule).
 */
const WHO_HAS_NOT = anyOf(
  '',
  /(?:谁|哪些人|哪几个人?|哪个|哪位)(?:还)?(?:没|未)(?:有)?(?:交|提交|上交)|(?:交了|提交了)(?:几个|几份|多少)/,
  /(?:几个|多少)人(?:交|提交)了|大家交得?(?:怎么样|如何)|交齐了?(?:没|吗)/,
);

/** "月报进度", "归档进度", "提交进度": which deadline HR (or a lead) asks about; undefined when it isn't such a question. */
export function readProgressQuery(text: string, deadlines: readonly Deadline[]): ProgressQuery | undefined {
  const said = text.replace(/[\s?？。]+$/, '').trim();
  if (WHO_HAS_NOT.test(said)) {
    const named =
      deadlines.find((d) => said.includes(d.title)) ?? deadlines.find((d) => d.keywords.some((k) => said.includes(k)));
    return named ? { kind: 'one', deadline: named } : { kind: 'all' };
  }
  const m = PROGRESS.exec(said);
  if (!m) return undefined;
  const word = m[1]!.trim();
  if (ALL.has(word)) return { kind: 'all' };
  const deadline =
    deadlines.find((d) => d.title === word || d.id === word) ?? deadlines.find((d) => d.keywords.includes(word));
  return deadline ? { kind: 'one', deadline } : undefined;
}
