import { typeMentions } from './leave-types.ts';
import { wholeReason } from './reason.ts';
import { DATED } from './refused-dates.ts';
import type { LeaveDraft } from './types.ts';

/** 「啊不是孩子 是弟弟的家长会」: words of the reason said not to be it, then what it is. */
const NOT_THIS_BUT = /(?:^|[\s,，。])[哦噢呃啊额]?不是([^\s,，。]{1,8})[\s,，。]*(?:而|应该)?是([^\s,，。]{2,})/;

/**
 * The reason corrected under a read-back: what is said not to be it must be words of the draft's reason
 * (else it corrects a date or a type, read elsewhere), and what it is names no day or type.
 */
export function correctedReason(text: string, draft: LeaveDraft): string | undefined {
  const said = NOT_THIS_BUT.exec(text);
  if (said === null || draft.reason === undefined) return undefined;
  const [, not, is] = said as unknown as [string, string, string];
  if (!draft.reason.includes(not) || DATED.test(not) || DATED.test(is)) return undefined;
  if (typeMentions(not).length > 0 || typeMentions(is).length > 0) return undefined;
  const reason = wholeReason(is) ?? is;
  return reason === draft.reason ? undefined : reason;
}
