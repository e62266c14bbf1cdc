/** How a queued question names the section the bot had quoted: document and last heading. */
export interface SectionName {
  readonly short: string;
  readonly heading: string;
}

const where = (s: SectionName) => `《${s.short}》${s.heading}`;

/** Answers to a phone-sized list line. */
const EARLIER_MAX = 40;

/** A question asked again after HR answered it: the earlier answer, and how to send it to the new askers. */
const askedAgain = (id: number, earlier: string) =>
  `；答复后又有人问，之前答复：${earlier.length > EARLIER_MAX ? `${earlier.slice(0, EARLIER_MAX - 1)}…` : earlier}` +
  `；发「存为问答 ${id}」即存下并发给新问的同工`;

/** What the unanswered-questions loop says. */
export const loopText = {
  sentPrivately: '已私信回复您。',
  dislikeNoted: '抱歉没答好。这个问题已经记下，人力资源部答复后我会私信告诉您。',
  forwardNoted: '好的，已把这个问题转给人力资源部，他们答复后我会私信告诉您。',

  listEmpty: '目前没有待回复的问题。👍',
  list: (lines: readonly string[]) =>
    [
      `待回复问题（共 ${lines.length} 个，问得多的在前）：`,
      ...lines,
      '',
      '回复「回复问题 编号 答复内容」答复提问的同工；「问题 编号 对应 年假」把问题对应到制度章节；「忽略问题 编号」。',
    ].join('\n'),
  line: (id: number, text: string, count: number, section: SectionName | null, earlier?: string | null) =>
    `${id}. ${text}（${count}次${section ? `；当时引用了${where(section)}` : ''}${earlier ? askedAgain(id, earlier) : ''}）`,

  notFound: (id: number) => `没有编号为 ${id} 的问题。发送「待回复问题」查看列表。`,
  notOpen: (id: number, status: 'answered' | 'ignored') =>
    `问题 ${id} ${status === 'answered' ? '已经回复过了' : '已被忽略'}。`,
  /** A second HR officer answering what a colleague answered: what the askers got, from whom; this one was not sent. */
  alreadyAnswered: (id: number, by: string, at: string, answer: string, saved: boolean) =>
    [
      `问题 ${id} 已由${by}在${at}回复过，提问的同工收到的是：`,
      answer,
      '您这条答复没有发出。',
      saved ? '' : `要让以后同样的问题直接得到上面的答复，请发「存为问答 ${id}」。`,
    ]
      .filter(Boolean)
      .join('\n'),
  alreadyMapped: (id: number) => `问题 ${id} 已经对应到制度章节并告诉了提问的同工，您这条答复没有发出。`,
  replyUsage:
    '请这样写：「回复问题 编号 答复内容」，例如「回复问题 5 婚假为三天，需提供结婚证。」发送「待回复问题」查看编号。',
  replyTooLong: (length: number, max: number) =>
    `这条答复有 ${length} 个字，请精简到 ${max} 字以内再发（手机上好读）。`,
  replyEmpty: (id: number) => `请在编号后面写上答复内容，例如「回复问题 ${id} 婚假为三天，需提供结婚证。」`,
  replied: (id: number, reached: number, failed: number) =>
    [
      reached ? `已把答复私信发给问过这个问题的 ${reached} 位同工，问题 ${id} 标为已回复。` : `问题 ${id} 标为已回复。`,
      failed ? `有 ${failed} 位同工暂时联系不上，没有收到。` : '',
      '要让以后同样的问题直接得到这个答复，请发「存为问答」（可注明出处，如「存为问答 引用 员工手册 婚假」）。',
    ]
      .filter(Boolean)
      .join('\n'),
  /** 「问题 4 也是这个答案」 with no answer of the past hour to refer to: how to answer it instead. */
  sameAnswerNothing: (id: number) =>
    `没有找到您一小时内给出的答复。请这样写：「回复问题 ${id} 答复内容」，例如「回复问题 ${id} 婚假为三天，需提供结婚证。」`,
  sameAnswerReadback: (ids: readonly number[], from: number, questions: readonly string[], answer: string) =>
    [
      `将把您给问题 ${from} 的答复，也发给${ids.map((id, i) => `问题 ${id}「${questions[i]}」`).join('、')}的提问同工：`,
      answer,
      '回复「确认」发送，「取消」不发。',
    ].join('\n'),
  /** HR wrote plainly after an alert: which question it would answer, before anything is sent. */
  plainReadback: (id: number, question: string, answer: string) =>
    [
      `将回复问题 ${id}「${question}」：`,
      answer,
      '回复「确认」私信发给提问的同工，「取消」不发。答的不是这个问题的话，请发「回复问题 编号 答复内容」。',
    ].join('\n'),
  readbackCancelled: '好的，没有发送。',
  plainInFlow: (id: number) => `如果这是给同工的答复，请发「回复问题 ${id} 答复内容」（或发「待回复问题」查看编号）。`,

  /** The asker's clarification after 「不对」 found no better answer: it is with the question HR will answer. */
  clarified: '好的，已把您的补充说明和问题一起转给人力资源部，他们答复后我会私信告诉您。',

  /** The alert to each HR officer when a declined question is passed on; `id` its number in the queue. */
  forwardedToHr: (name: string, team: string, question: string, id: number) =>
    [
      `【同工提问】${name}（${team}）问：`,
      question,
      `制度文件中没有找到答案，已列入待回复问题（问题 ${id}）。`,
      `请发「回复问题 ${id} 答复内容」，或直接把答复发给我（我会先跟您核对），我会私信转告这位同工。`,
    ].join('\n'),
  /** The same when the queue's number is not known here (it was queued as the Q&A declined it). */
  forwardedToHrQueued: (name: string, team: string, question: string) =>
    [
      `【同工提问】${name}（${team}）问：`,
      question,
      '制度文件中没有找到答案，已列入待回复问题。',
      '请直接把答复发给我（我会先跟您核对），或发「待回复问题」查看编号后「回复问题 编号 答复内容」，我会私信转告这位同工。',
    ].join('\n'),
  /** …and when it is not in the queue at all: HR answers the person themselves. */
  forwardedToHrDirectly: (name: string, team: string, question: string) =>
    [
      `【同工提问】${name}（${team}）问：`,
      question,
      '制度文件中没有找到答案。这条没有列入待回复问题，请直接联系这位同工答复。',
    ].join('\n'),
  /** To the asker when HR will answer them in person (the question is not in the queue). */
  forwardedDirectly: '好的，已把您的问题转给人力资源部，他们会直接联系您。',

  toAsker: (question: string, answer: string) => `您之前问的「${question}」，人力资源部答复：\n${answer}`,
  toAskerMapped: (question: string, excerpt: string, section: SectionName) =>
    `您之前问的「${question}」，人力资源部指出制度里的答案：\n${excerpt}\n——${where(section)}`,

  saveUsage: '请这样写：「存为问答」，或注明出处「存为问答 引用 员工手册 婚假」。',
  saveNothing: '没有可以存为问答的答复。请先用「回复问题 编号 答复内容」回复一个问题（一小时内），再发「存为问答」。',
  saveTooLong: (length: number) =>
    `这条答复有 ${length} 个字，问答库里的答复要在 300 字以内（手机上好读）。请精简后直接编辑 faq.csv。`,
  saved: (question: string, cited: SectionName | null, reached = 0) =>
    [
      `已存为问答：「${question}」。以后有人这样问，会直接得到这个答复${cited ? `，出处${where(cited)}` : '（注明为人力资源部答复）'}。`,
      reached ? `已私信发给答复后又问过的 ${reached} 位同工。` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  saveFailed: (problem: string) => `抱歉，没有存上，faq.csv 没有改动：\n${problem}`,
  reloadFailed: (problem: string) => `已写入 faq.csv，但重新加载机构资料时出了问题，暂时仍用旧的资料：\n${problem}`,

  mapUsage: '请这样写：「问题 编号 对应 章节标题中的词」，例如「问题 5 对应 年假」或「问题 5 对应 员工手册 婚假」。',
  sectionNone: (words: string) => `没有找到标题里有「${words}」的章节。请换个词，或写上文件名，例如「员工手册 婚假」。`,
  sectionAmbiguous: (words: string, candidates: readonly SectionName[]) =>
    [
      `「${words}」对应好几个章节，请写得更具体（例如加上文件名或更完整的标题）：`,
      ...candidates.map((c, i) => `${i + 1}. ${where(c)}`),
    ].join('\n'),
  mapped: (id: number, question: string, section: SectionName, reached: number) =>
    [
      `已记下：问题 ${id}「${question}」对应${where(section)}，以后这样问会直接引用这一节（已加入 faq.csv）。`,
      reached ? `已私信告诉问过的 ${reached} 位同工。` : '',
    ]
      .filter(Boolean)
      .join('\n'),

  ignoreUsage: '请这样写：「忽略问题 编号」。发送「待回复问题」查看编号。',
  ignored: (id: number) => `问题 ${id} 已忽略，不再出现在待回复列表里。`,

  digest: (lines: readonly string[], total: number) =>
    [
      `【每周待回复问题】还有 ${total} 个问题没有答复，问得最多的：`,
      ...lines,
      '',
      '发送「待回复问题」查看全部并答复。',
    ].join('\n'),
};
