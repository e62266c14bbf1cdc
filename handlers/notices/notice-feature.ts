import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { Feature } from '../feature.ts';
import { noticeJob } from './jobs/notice-job.ts';
import { noticeComposeFlow } from './notice-compose-flow.ts';
import { noticeHandlers } from './notice-handlers.ts';
import { noticeAnswerer } from '../policy-qa/from-notice.ts';
import { reminderReceived } from '../reminders/reminder-received.ts';
import { answerAfterAck } from './answer-after-ack.ts';

/** HR's notices, sent now or at a set time; recipients confirm with 「收到」. */
export const noticeFeature: Feature = {
  name: 'notices',
  help: {
    everyone: [{ rank: 31, text: '📨 收到通知回「收到」' }],
    hr: { rank: 10, text: '发通知 / 待发通知 / 取消通知 7 / 通知 7 状态 / 提醒未确认 7 / 补发通知 7' },
  },
  jobs: [noticeJob()],
  wire(deps) {
    const notices = new NoticeRepo(deps.db);
    const directory = () => deps.store.org.directory;
    const composeFlow = noticeComposeFlow({ notices, directory, calendar: () => deps.store.org.calendar });
    const outbox = new OutboxRepo(deps.db);
    return {
      handlers: noticeHandlers({
        notices,
        outbox,
        switch: deps.schedulerSwitch,
        directory,
        composeFlow,
        answerAfterAck: answerAfterAck(deps.qa, noticeAnswerer(notices, deps.qa, directory)),
        recentAnswer: (staffId, now) => deps.loop.hasRecentAnswer(staffId, now),
        noNoticeOpen: reminderReceived(deps),
      }),
      flows: [composeFlow],
    };
  },
};
