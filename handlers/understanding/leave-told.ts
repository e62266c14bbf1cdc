import type { LocalDate } from '../../data/time/index.ts';
import { withFullNames } from './called-by.ts';
import { readLeaveSpan } from './leave-span.ts';
import { asksSomething } from './text-cues.ts';
import type { UnderstandingEnv } from './types.ts';

/*
 * Being on leave or away, told rather than asked for: 「我明天休假，不参加了」 (to a notice), 「我休假呢」 (to a
 * reminder), 「我刚休假回来，月报还没交」, 「周五我在外面做家访，去不了」. Each started a leave request
 * (「请问请什么假？」); none asks for one. The handler says what is on record and how to ask if it was meant.
 */

export interface ToldLeave {
  /** away: out for work and cannot come; on_leave: on leave now or on the day said; back: back from leave. */
  readonly kind: 'away' | 'on_leave' | 'back';
  readonly start?: LocalDate;
  readonly end?: LocalDate;
}

/** Out for the work itself: a home visit, a training, a meeting elsewhere. */
const WORK_AWAY =
  /家访|外出|在外面|在外边|出外勤|外勤|出差|培训|开会|值班|下乡|探访|驻点|上门|带队|跟活动|搞活动|有活动/;
/** Not coming to something: the meeting or activity the message answers. */
const NOT_ATTENDING = /去不了|来不了|参加不了|不参加|不能参加|参加不到|没法参加|赶不回来|到不了|不去了|不来了/;
/** Back from leave: 刚休假回来, 休完假回来. */
const BACK = /(?:刚|才|已经)?(?:休假|休完假|放完假|请假)回来了?|休完假了?/;
/** On leave as a state: 我休假呢, 我明天休假, 我在休假. */
const ON_LEAVE = /(?<![请想要准备打算申])(?:在|正在)?休假(?!期间|的时候|时|规定|制度|怎么|几天)/;
/** Asking for it after all: 请, 想休, 要休, 申请, 帮我. */
const REQUEST_WORDS = /请|想|(?<!不)要休|申请|打算|准备|帮我|能不能|可以|可不可以|审批|代批|交给/;

/** What a message tells of the speaker's own leave or absence, or null when it tells none (or asks for one). */
export function toldOwnLeave(text: string, env: UnderstandingEnv): ToldLeave | null {
  const said = withFullNames(text, env.people, env.speaker);
  // 「雨姐今天休假去了」: someone else's.
  if (env.people.some((p) => p.name !== env.speaker && p.name.length >= 2 && said.includes(p.name))) return null;
  if (/[他她]/.test(said)) return null;
  // 「休完假回来要销假吗」「我休假期间工资怎么算」 ask the rules; a closing 呢 (「我休假呢」) asks nothing.
  if (asksSomething(said.replace(/呢[。!！~～]*$/, ''))) return null;
  const back = BACK.exec(said);
  if (back) {
    if (REQUEST_WORDS.test(said.replace(back[0], ''))) return null;
    return { kind: 'back' };
  }
  const when = readLeaveSpan(said, env.today, env.calendar).span;
  const dates = when.start !== undefined ? { start: when.start, end: when.end ?? when.start } : {};
  // 「周五我在外面做家访，去不了」: away for work, not asking for leave (「去不了 请个假」 still asks).
  if (NOT_ATTENDING.test(said) && WORK_AWAY.test(said) && !/请|假|休/.test(said)) return { kind: 'away', ...dates };
  if (!ON_LEAVE.test(said) || REQUEST_WORDS.test(said)) return null;
  // Without 我, only when it says what is not attended (「明天休假，不参加了」): 「休假」 alone is a word.
  if (!/我|本人/.test(said) && !NOT_ATTENDING.test(said)) return null;
  return { kind: 'on_leave', ...dates };
}
