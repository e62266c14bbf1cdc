import type { Feature } from '../feature.ts';
import { approvalNudgeJob } from './jobs/approval-nudge-job.ts';
import { backFromLeaveJob } from './jobs/back-from-leave-job.ts';
import { compExpiryReminderJob } from './jobs/comp-expiry-reminder-job.ts';
import { hrDigestJob } from './jobs/hr-digest-job.ts';
import { stalledApprovalsJob } from './jobs/stalled-approvals-job.ts';
import { teamOutTodayJob } from './jobs/team-out-today-job.ts';
import { yearEndAnnualJob } from './jobs/year-end-annual-job.ts';
import { wireLeave } from './leave-wiring.ts';

/**
 * Leave requests, overtime (`overtime/`) and HR's leave records (`hr/`): one feature, since
 * they share the approval chain, the balances and the notifiers — as separate features they
 * imported each other 24 times; folded in, the imports stay inside one folder.
 */
export const leaveFeature: Feature = {
  name: 'leave',
  help: {
    everyone: [
      { rank: 20, text: '📝 请假：如「下周一到周三请年假」' },
      { rank: 21, text: '⏱ 加班登记：如「加班登记 11月20日 18:00-21:30 社区活动」' },
      { rank: 22, text: '📊 查余额：「我还有几天年假」「调休还剩多少」' },
      { rank: 23, text: '📋 我的请假 / 我的加班 / 待我审批 / 同意 12 / 驳回 12 理由 / 撤回 12 / 销假' },
      { rank: 24, text: '🗓 组长、部长：「本周谁请假」「下周谁不在」；「全部同意」「1 2 3 都同意」一起审批' },
    ],
    hr: {
      rank: 50,
      text: '请假记录 2026-11 / 谁请假：「这个月谁请假了」 / 调整余额 郑雨 年假 +1 理由 / 余额记录 郑雨',
    },
  },
  jobs: [
    approvalNudgeJob(),
    stalledApprovalsJob(),
    backFromLeaveJob(),
    compExpiryReminderJob(),
    hrDigestJob(),
    teamOutTodayJob(),
    yearEndAnnualJob(),
  ],
  wire: wireLeave,
};
