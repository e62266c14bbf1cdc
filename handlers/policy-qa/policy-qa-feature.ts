import { DEFAULT_LLM_SETTINGS } from '../../bot/answerer.ts';
import type { Feature } from '../feature.ts';
import { chooseSectionFlow } from './choose-section-flow.ts';
import { forwardToHrFlow } from './forward-to-hr-flow.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { noticeAnswerer } from './from-notice.ts';
import { policyQaHandler } from './policy-qa-handler.ts';

/** The catch-all: questions answered from the organisation's policy documents, or passed to HR. */
export const policyQaFeature: Feature = {
  name: 'policy-qa',
  help: { everyone: [{ rank: 10, text: '📖 问制度：直接问，如「婚假几天」「忘打卡怎么办」' }] },
  jobs: [],
  wire(deps) {
    const directory = () => deps.store.org.directory;
    const forwardFlow = forwardToHrFlow(
      directory,
      () => deps.store.org.info.hrContact,
      () => deps.store.org,
      (staffId, question, now) => deps.loop.forwarded(staffId, question, now),
    );
    const { qa, loop } = deps;
    const choiceFlow = chooseSectionFlow(
      qa,
      (staffId, question, now) => loop.choiceNotPicked(staffId, question, now),
      (staffId, question, result, now, messageId) => loop.answered(staffId, question, result, now, messageId),
    );
    const llm = deps.llm ?? DEFAULT_LLM_SETTINGS;
    const fromNotice = noticeAnswerer(new NoticeRepo(deps.db), qa, directory);
    const answerer = deps.answerer;
    return {
      handlers: [policyQaHandler({ qa, forwardFlow, choiceFlow, answerer, llm, directory, loop, fromNotice })],
      flows: [forwardFlow, choiceFlow],
    };
  },
};
