import { fixTypos } from '../understanding/text-cues.ts';

const YES_WORDS = ['确认', '确定', '是', '是的', '对', '对的', '嗯+', '好', '好的', '好啊', '可以', '行', '没错', 'ok'];
const NO_WORDS = ['不', '不是', '不用', '不用了', '不要', '算了', '先不', '再想想', '等等'];
const YES_END = '[啊呀吧的了!！。.~～👌👍]*$';
const NO_END = '[啊呀吧的了!！。.~～]*$';

/**
 * The reply to a yes-or-no offer (「回复「是」撤回，回复「不用」保留」), with the offer's own words besides the
 * common ones (撤回吧, 保留…); a caregiver's 「系」 is read in Mandarin first. Undefined: neither, a new message.
 */
export function offerReply(
  typed: string,
  own: { readonly yes?: readonly string[]; readonly no?: readonly string[] } = {},
): 'yes' | 'no' | undefined {
  const text = fixTypos(typed.trim());
  if (new RegExp(`^(?:${[...YES_WORDS, ...(own.yes ?? [])].join('|')})${YES_END}`, 'iu').test(text)) return 'yes';
  if (new RegExp(`^(?:${[...NO_WORDS, ...(own.no ?? [])].join('|')})${NO_END}`).test(text)) return 'no';
  return undefined;
}
