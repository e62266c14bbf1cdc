import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { Feature } from '../feature.ts';
import { pauseHandlers } from './pause-handlers.ts';

/**
 * HR's switch for every scheduled send (reminders, notices, greetings, digests): its own
 * feature, since it pauses them all.
 */
export const scheduledSendsFeature: Feature = {
  name: 'scheduled-sends',
  help: { hr: { rank: 30, text: '暂停定时发送 / 定时发送状态' } },
  jobs: [],
  wire: (deps) => ({
    handlers: pauseHandlers({
      switch: deps.schedulerSwitch,
      outbox: new OutboxRepo(deps.db),
      notices: new NoticeRepo(deps.db),
      jobs: () => deps.jobs,
    }),
  }),
};
