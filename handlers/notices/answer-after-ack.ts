import type { Context } from '../../bot/context.ts';
import type { NoticeAnswerer } from '../policy-qa/from-notice.ts';
import type { PolicyQa } from '../policy-qa/policy-qa.ts';

/** A wish to take leave, not a question about the rules: 「我那天要请假可以吗」. */
const LEAVE_WISH = /请假|请个?假|休假|调休|[年事病婚丧产]假/;

export const afterAckText = {
  leave: '想请假的话，请直接告诉我日期和假别，如「下周一请事假 家里有事」，我帮您办理。',
  notFound: (question: string) => `您问的「${question}」我没有找到答案，可以单独发给我，或直接问人力资源部。`,
};

/**
 * What a confirmation also asked (issue 11): a wish to take leave is pointed to the leave
 * request (a policy quote is no answer to it); anything else gets the documents' answer. In
 * private: the question may be personal, and the confirmation may have been said in a group.
 */
export function answerAfterAck(qa: () => PolicyQa, fromNotice?: NoticeAnswerer) {
  return async (ctx: Context, question: string): Promise<void> => {
    if (LEAVE_WISH.test(question)) return ctx.replyPrivately(afterAckText.leave);
    // 「收到 总结会在哪开」: the notice just confirmed (or another lately received) may say.
    const noticed = await fromNotice?.(ctx.person.id, question, ctx.now, false);
    if (noticed) return ctx.replyPrivately(noticed);
    const result = qa().answer(question);
    await ctx.replyPrivately(result.found ? result.answer : afterAckText.notFound(question));
  };
}
