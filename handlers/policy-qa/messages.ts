const CITED_HEADINGS = 3;

/** What the policy Q&A says, besides the quoted rules. */
export const qaText = {
  /** The document and the last headings of the section: enough to find it, short on a phone. */
  citation: (title: string, path: readonly string[]) => `——《${title}》${path.slice(-CITED_HEADINGS).join(' › ')}`,
  /** In place of a citation, under an answer HR wrote that no document states. */
  hrOwnAnswer: '——人力资源部答复',
  notFound:
    '抱歉，机构的制度文件里没有找到能回答这个问题的内容，我不想猜。\n需要我把问题转给人力资源部吗？回复「转人事」即可。',
  editInGroup: '要修改或撤回申请的话，请私聊我说（如「改成1月5号到6号」「撤回 3」）：请假的事只在私聊里办。',
  notFoundInGroup: '抱歉，机构的制度文件里没有找到能回答这个问题的内容。可以私聊我再问一次，我帮您转给人力资源部。',
  /** In the middle of another conversation (a leave request): no offer is left waiting for a reply. */
  notFoundInFlow:
    '抱歉，机构的制度文件里没有找到能回答这个问题的内容。办完手头这件事后再问我一次，我可以帮您转给人力资源部。',
  greeting: '您好！我是同工助手，可以回答机构制度问题、办理请假和加班登记。发送「帮助」看看我能做什么。',
  thanks: '不客气！还有问题随时找我。',
  wish: '🎉 一起祝福！',
  /** A bare 「确认」「好的」 when nothing waits for one (the read-back it answered has ended). */
  nothingPending: '好的。目前没有等您确认的事项。需要办什么直接告诉我，发「帮助」看看我能做什么。',
  /** News or a remark, not a question: acknowledged, nothing searched for or offered. */
  noted: '好的，知道了。需要我办什么直接告诉我；有制度上的问题也可以直接问我。',
  unrelated:
    '这个我帮不上忙😊 我可以回答机构制度问题（请假、考勤、档案、财务等），办理请假和加班登记。发送「帮助」了解更多。',
  personalData: '抱歉，同事的请假、健康、薪酬、生日等属于个人信息，我不能提供。如有工作需要，请联系人力资源部。',
  forwarded: '好的，已把您的问题转给人力资源部，他们会尽快回复您。',
  notForwarded: '好的，不转了。还有问题随时问我。',
  notAQuestion: (text: string) => `「${text}」不像是要问人事的问题，我没有转交。有问题请直接发给我。`,
  noHr: '抱歉，目录里没有登记人力资源部的同事，暂时无法转交。',
  hrUnreachable: (hrContact: string) => `抱歉，暂时联系不上人力资源部的同事，问题没有转出去。请直接联系${hrContact}。`,
  /**
   * Not sure which rule is meant: the likeliest, numbered, by their headings. The channel
   * adds 回复「1」、「2」或「3」 (or buttons on WeCom) from the choice's actions.
   */
  choices: (labels: readonly string[]) =>
    `不太确定您问的是哪一条，您是想问：\n${labels.map((l, i) => `${i + 1}. ${l}`).join('\n')}\n都不是的话，回复「转人事」。`,
  /** After 「转人事」/「都不是」 to the choices: the question is in HR's unanswered queue, whose answer reaches the asker. */
  choiceForwarded: '好的，已把您的问题转给人力资源部，他们答复后我会告诉您。',
  choiceAction: '选择要问的制度条目',
  noSuchChoice: (n: number) => `没有这个选项，请回复 1 到 ${n} 之间的数字。`,
  forwardExpired: '没有待转交的问题。请先把问题发给我。',
};
