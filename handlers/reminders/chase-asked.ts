import type { Deadline } from '../../data/reminders/reminder-config.ts';

/** Asked to remind others, or oneself: which deadlines are named (none: whatever is open). */
export interface ChaseAsked {
  /** 「提醒我交月报」: the speaker's own reminders, not others'. */
  readonly whom: 'others' | 'me';
  readonly deadlineIds: ReadonlySet<string>;
  /** Said with no deadline and no 交 (「提醒一下他们」): only a lead's words for chasing their team. */
  readonly bare: boolean;
}

/** 「提醒一下他们」「催一下没交的」「帮我催催组员」: as leads say it, with nothing else. */
const BARE =
  /^(?:帮我|麻烦)?再?(?:提醒|催)(?:一下|下|催)?(?:他们|她们|大家|组员|(?:还)?没交的(?:人|同事)?)(?:吧|一下)?$/;
/** Reminding or chasing (叫/让 too: 「让他们赶紧交月报」)… */
const VERB = '(?:提醒|催促?|督促|叫|让|通知|喊)(?:一下|下|一声|催)?';
/** …others: the team, everyone, whoever has not handed in (「提醒我们组的人」「催一下没交月报的」). */
const OTHERS = '(?:他们|她们|大家|各位|组员|组里|同事|(?:我们|咱们?|本|全)组|(?:还)?(?:没有?|未)交)';
const CHASE_OTHERS = new RegExp(`${VERB}.{0,2}?${OTHERS}`);
/** …or oneself: 「提醒我交月报」「到时候提醒我一下交文书」 (never 我们). */
const REMIND_ME = /提醒(?:一下)?我(?!们)/;
/** Said handed in: then it is a hand-in (「月报交了 不用提醒我了」), whatever else it asks. */
const HANDED_IN = /交了|已交|已经交|交好|交过|交完|交齐/;
/** Longer than this, it is more than a request to remind (a story, a question of its own). */
const MAX_LENGTH = 40;

/**
 * 「提醒我们组的人交月报」「帮我催一下没交月报的」「让他们赶紧交月报」: the bot asked to remind others;
 * 「提醒我交月报」: to remind the speaker. Never a hand-in (it was read as the speaker's own 「月报交了」).
 * Undefined when the text asks no such thing; a request to remind needs a deadline or 交 in it
 * (「提醒大家明天开会」 is not about hand-ins), unless it is one of a lead's bare ways of asking.
 */
export function readChaseAsked(text: string, deadlines: readonly Deadline[]): ChaseAsked | undefined {
  const t = text.trim().replace(/[\s。.!！~～,，]+$/, '');
  if (t.length > MAX_LENGTH) return undefined;
  const deadlineIds = new Set(
    deadlines.filter((d) => t.includes(d.title) || d.keywords.some((k) => t.includes(k))).map((d) => d.id),
  );
  if (BARE.test(t)) return { whom: 'others', deadlineIds, bare: true };
  if ((!deadlineIds.size && !t.includes('交')) || HANDED_IN.test(t)) return undefined;
  if (CHASE_OTHERS.test(t)) return { whom: 'others', deadlineIds, bare: false };
  if (REMIND_ME.test(t)) return { whom: 'me', deadlineIds, bare: false };
  return undefined;
}
