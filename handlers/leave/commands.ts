/**
 * The text commands of the leave and overtime features. One place, so the leave conversation
 * can recognise them and let them through ("同意 12" typed in the middle of one's own request).
 */

/** 同意 12 / 批准12 / 同意 加班3 / bare 同意 (when only one awaits). */
export const APPROVE = /^(?:同意|批准|准假|通过)\s*(加班)?\s*#?(\d+)?\s*[。.!！]*$/;
/** 驳回 12 时间冲突 / 不同意 加班3，理由 / bare 驳回 (when only one awaits). */
export const REJECT =
  /^(?:驳回|不同意|不批准|拒绝)\s*(加班)?\s*#?(\d+)\s*[，,:：。]?\s*(.*)$|^(?:驳回|不同意|不批准)(?:\s*[，,:：]\s*|\s+)?(.*)$/;
export const WITHDRAW =
  /^(?:撤回|撤销|取消)\s*(?:请假|申请)?\s*(?:第)?\s*#?(\d+)\s*(?:号)?\s*(?:请假|申请)?$|^撤回(?:请假|申请)?$/;
/**
 * 「怎么请假」「请假流程是怎样的」: how to ask for leave here. Anchored whole: 「怎么请婚假」 and
 * 「请假要提前几天」 ask the rules, and 「一线社工请假流程」 a role's procedure.
 */
export const HOW_TO_ASK = new RegExp(
  [
    /^(?:请问)?(?:我)?(?:要|想)?(?:怎么|如何|咋|怎样)(?:才能)?(?:请假|请个假|申请请假|申请休假)(?:呀|啊|呢)?[?？]*$/
      .source,
    /^(?:请问)?(?:在这里|在这|这里|用你)?(?:请假|请假的)(?:流程|手续|步骤)(?:是)?(?:怎样|怎么样|什么|啥)?的?(?:呀|啊|呢)?[?？]*$/
      .source,
  ].join('|'),
);
export const MINE = /^(?:我的请假|请假记录查询|我的假期|查看?我的请假|我请的假)$/;
/**
 * 待我审批, and the ways an approver asks it (「有几个假要我批」「还有要我批的吗」「哪些等我批」): the
 * list of what waits for them. Anchored whole, so a question about the rules is still one.
 */
export const WAITING = new RegExp(
  [
    /^(?:待我审批|待审批|我的待审批|审批列表|待批(?:的|列表|清单)?)$/.source,
    /^(?:还)?有(?:几个|几份|多少|什么|啥|哪些|没有)?(?:假|申请|请假|加班)?(?:要|等|需要|待)我(?:审批|批|审|处理)的?(?:吗|没有?|呢)?[?？]*$/
      .source,
    /^(?:哪些|哪几个|几个)(?:假|申请)?(?:要|等|在等)我(?:审批|批)的?[?？]*$/.source,
  ].join('|'),
);
/** Back from leave, said once or twice over (「我回来了 销假」「已返岗，销假」). */
export const RETURN =
  /^(?:(?:我要|我想|申请|帮我)?(?:销假|提前销假|我?回来了|我已返岗|已返岗|回来上班了|我回来上班了|(?:我)?提前回来(?:上班)?了?)[。.!！~～，,\s]*)+$/;
/** 取消已批准的 12 号 / 取消已批准的请假 12: approved leave called off (the approvers confirm). */
export const CANCEL_APPROVED = new RegExp(
  [
    /^(?:我要|我想|请|帮我)?(?:取消|撤销|撤回)(?:已批准|已经批准|批准|批了)的?\s*/.source,
    /(?:请假|假|申请)?\s*(?:第)?\s*#?(\d+)?\s*号?\s*(?:的)?(?:请假|假|申请)?[。！!]*$/.source,
  ].join(''),
);
/** 同意取消 12 / 不同意取消 12 理由: an approver on a cancellation of approved leave. */
export const CANCEL_DECIDE = /^(同意|不同意|驳回)\s*取消\s*(?:第)?\s*#?(\d+)\s*号?\s*[，,:：。]?\s*(.*)$/;
export const BALANCE_ANNUAL =
  /(?:还有|还剩|剩|剩下|余额|可用|可以休).{0,6}年假|年假.{0,6}(?:余额|还有|还剩|剩|剩下|可用)|^(?:我的)?(?:假期)?余额$|^我的年假$/;
export const BALANCE_COMP =
  /调休.{0,6}(?:余额|还有|还剩|剩|剩下|多少|可用|几个?小时)|(?:还有|还剩|剩|剩下|可用).{0,6}调休|^我的调休$|加班.{0,4}(?:余额|还剩|时数)/;
export const OVERTIME_REGISTER = /^(?:加班登记|登记加班|我要登记加班|超时加班登记)/;
export const MY_OVERTIME = /^(?:我的加班|加班记录)$/;
export const HR_LIST = /^请假记录(?:\s+(.*))?$/;
export const HR_ADJUST = /^调整余额\s+(\S+)\s+(年假|调休)\s*([+-－]?\d+(?:\.\d+)?)\s*(天|小时|h)?\s*(.*)$/;
export const HR_HISTORY = /^余额记录\s+(\S+)$/;

/** Any of these: the leave conversation lets it through to the handlers. */
export function isLeaveCommand(text: string): boolean {
  return [
    APPROVE,
    REJECT,
    WITHDRAW,
    MINE,
    WAITING,
    RETURN,
    CANCEL_APPROVED,
    CANCEL_DECIDE,
    BALANCE_ANNUAL,
    BALANCE_COMP,
    OVERTIME_REGISTER,
    MY_OVERTIME,
    HR_LIST,
    HR_ADJUST,
    HR_HISTORY,
  ].some((r) => r.test(text));
}

/** Words that steer a conversation and are never a reason ("确认" typed where the reason was asked). */
export const CONTROL_WORD =
  /^(?:确认|确定|确认提交|提交|是|是的|对|对的|没错|好|好的|好滴|行|可以|嗯|嗯嗯|没问题|ok|okay|不|不是|没有|无)[啊呀吧的了!！。.~～]*$/i;
