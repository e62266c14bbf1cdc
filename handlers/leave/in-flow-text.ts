/** What the leave and overtime flows say about a message that is not an answer to their step (issue 11). */
export const inFlowText = {
  /** After a question asked mid-request is answered: where the request stands, in one line. */
  questionAside: (where: string) => `（您的${where}。）`,
  /** A command for something else: the flow waits, and says so. */
  suspended: (where: string) => `先帮您处理这条。您的${where}；回复「取消」可放弃。`,
  leaveWhere: (summary: string | undefined, next: string) => `请假申请还在${summary ? `（${summary}）` : ''}，${next}`,
  waitsForConfirm: '核对无误回复「确认」即可提交',
  /** The rules refuse the draft as it stands: what to do instead of 「确认」. */
  waitsForFix: '这份申请还不能提交，改日期或假别（如「改成事假」）后再提交，或回复「取消」',
  waitsFor: (what: string) => `还差${what}，稍后接着告诉我即可`,
  overtimeWhere: (summary: string, complete: boolean) =>
    `加班登记还在${summary ? `（${summary}）` : ''}，${complete ? '核对无误回复「确认」即可提交' : '稍后接着告诉我即可'}`,
  overtimeWhatToChange: '请告诉我要改的地方，例如「改成19:00-21:30」「改成周六」；或回复「取消」放弃。',
  overtimeRemark: '这句我没有当作修改。要改请直接说，例如「改成19:00-21:30」；没问题请回复「确认」提交。',
  /** A remark at the read-back: taken as a remark, never as a change. */
  remarkNoChange: '这句我没有当作修改。要改请直接说，例如「改成周四」「改成事假」；没问题请回复「确认」提交。',
  remarkRefused:
    '这句我没有当作修改。这份申请目前不能提交（原因见上），可以改日期或假别，例如「改成事假」，或回复「取消」放弃。',
  holidayNotCounted: (day: string, name: string) => `${day}是${name}，不计入请假天数。`,
  dayCounted: (day: string) => `${day}是工作日，计入请假天数。`,
  dayOutside: (day: string) => `${day}不在这次请假的日期里，没有计入。`,
  counted: (days: string, skipped: string) => `这次按${days}个工作日计${skipped ? `（不计：${skipped}）` : ''}。`,
  whatToChange: '请告诉我要改的地方，例如「改成周四」「改成事假」「事由改成…」；或回复「取消」放弃。',
  chooseReading: (options: readonly string[]) =>
    `我不太确定您的意思，是哪一个？\n${options.map((o, i) => `${i + 1}. ${o}`).join('\n')}\n请回复序号。`,
  changeSplit: '分开的几份请直接把完整安排再说一遍（如「前两天婚假 后面三天年假」），或回复「取消」重来。',
  keepAsIs: '不改，只是说明一下',
  keptAsIs: '好的，不改。核对无误请回复「确认」提交。',
  splitTitle: (n: number) => `请核对这${n}份请假申请（一起提交）：`,
  splitSubmitted: (ids: readonly number[]) =>
    `已提交${ids.map((id) => `第${id}号`).join('、')}，审批结果会分别通知您。`,
};
