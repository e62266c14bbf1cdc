import type { Feature } from '../feature.ts';
import { questionDigestJob } from './jobs/question-digest-job.ts';
import { questionLoopHandlers } from './question-loop-handlers.ts';

/** The Q&A's unanswered questions: 「不对」 queues one; HR answers, saves or maps them. */
export const questionLoopFeature: Feature = {
  name: 'qa-loop',
  help: {
    everyone: [{ rank: 11, text: '   答得不对就回「不对」，人力资源部会补上答案' }],
    hr: { rank: 70, text: '待回复问题 / 回复问题 5 答复内容 / 存为问答 / 问题 5 对应 年假 / 忽略问题 5' },
  },
  jobs: [questionDigestJob()],
  wire: (deps) => questionLoopHandlers({ loop: deps.loop, store: deps.store, qa: deps.qa }),
};
