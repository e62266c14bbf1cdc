import type { Deadline } from '../../data/reminders/reminder-config.ts';
import { anyOf } from '../understanding/text-cues.ts';
import { PERIOD_WORDS } from './period-said.ts';

const PROGRESS = /^(.{1,12}?)(?:的)?(?:提交)?(?:进度|情况|完成情况)$/;
const ALL = new Set(['提交', '交材料', '材料', '截止', '所有', '全部']);

export type ProgressQuery = ({ readonly kind: 'all' } | { readonly kind: 'one'; readonly deadline: Deadline }) & {
  /** A team or department named (「服务部月报情况」「长者服务组文书进度」): that unit's progress only. */
  readonly unit?: string;
};

/**
 * 「谁还没交月报」「月报谁没交」「月报交了几个」「还有哪些人没交归档」: asked who has handed in, in the
 * words leads and HR use; never 「月报交了」 (a hand-in) nor 「月报几号交」 (the rule).
 */
const WHO_HAS_NOT = anyOf(
  '',
  /(?:谁|哪些人|哪几个人?|哪个|哪位)(?:还)?(?:没|未)(?:有)?(?:交|提交|上交)|(?:交了|提交了)(?:几个|几份|多少)/,
  /(?:几个|多少)人(?:交|提交)了|大家交得?(?:怎么样|如何)|交齐了?(?:没|吗)/,
);
/** 「我们组月报交得怎么样」: how the hand-ins go, asked of a team (「我的月报交得怎么样」 is no such question). */
const HOW_IT_GOES = /(?:交|提交)得?(?:怎么样|如何|咋样)了?$/;
/** The asker's own team or department, which is what they see anyway (the handler's visibility rules). */
const OWN_UNIT = /^(?:我们|咱们?|本|全)(?:组|部门?|团队)(?:的|里的?)?|^(?:组里|部门里)(?:的)?/;

/**
 * "月报进度", "归档进度", "提交进度", 「服务部月报情况」「11月的月报谁没交」: which deadline HR (or a lead or
 * head) asks about, and which team or department when one of `units` is named; undefined when it
 * isn't such a question. The period said is read by the caller (period-said.ts).
 */
export function readProgressQuery(
  text: string,
  deadlines: readonly Deadline[],
  units: readonly string[] = [],
): ProgressQuery | undefined {
  const said = text.replace(/[\s?？。]+$/, '').trim();
  const unit = [...units].sort((a, b) => b.length - a.length).find((u) => said.includes(u));
  const scope = unit ? { unit } : {};
  const rest = (unit ? said.replace(unit, '') : said)
    .replace(/^的/, '')
    .replace(OWN_UNIT, '')
    .replace(PERIOD_WORDS, '')
    .trim();
  if (WHO_HAS_NOT.test(said) || (HOW_IT_GOES.test(rest) && !/我(?!们)/.test(said))) {
    const named =
      deadlines.find((d) => said.includes(d.title)) ?? deadlines.find((d) => d.keywords.some((k) => said.includes(k)));
    return named ? { kind: 'one', deadline: named, ...scope } : { kind: 'all', ...scope };
  }
  const m = PROGRESS.exec(rest);
  if (!m) return undefined;
  const word = m[1]!.trim();
  if (ALL.has(word)) return { kind: 'all', ...scope };
  const deadline =
    deadlines.find((d) => d.title === word || d.id === word) ?? deadlines.find((d) => d.keywords.includes(word));
  return deadline ? { kind: 'one', deadline, ...scope } : undefined;
}
