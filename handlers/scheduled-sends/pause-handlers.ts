import type { Handler } from '../../bot/handler.ts';
import { hrOnly } from '../../bot/guards.ts';
import { hears } from '../../bot/triggers.ts';
import type { NoticeRepo } from '../../data/repos/notice-repo.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { Job } from '../../scheduler/job.ts';
import type { SchedulerSwitch } from '../../scheduler/scheduler-switch.ts';
import { scheduledSendsText } from './messages.ts';
import { resumeScheduledSends } from './resume-scheduled-sends.ts';

const PAUSE = /^(暂停|停止)(所有)?(定时发送|定时消息|提醒|自动发送|群发)$/;
/** 「周末的提醒都先停一下」「定时发送先停掉」: HR's own words for the same switch. */
const PAUSE_SAID =
  /^(?:把)?(?:周末的?|这几天的?|所有的?|全部)?(?:提醒|定时发送|定时消息|自动发送)(?:都|先|全部|全)*(?:暂停|停一下|停掉|停了|关掉|停)(?:一下|吧|掉)?[。.!！]*$/;
const RESUME = /^(恢复|开启|重新开始)(所有)?(定时发送|定时消息|提醒|自动发送|群发)$/;
const STATUS = /^(定时发送|定时消息)(状态|情况)?$/;

/**
 * HR's switch for every scheduled send ("暂停定时发送" when the WeChat account is being throttled
 * or a wrong reminder went out).
 */
export function pauseHandlers(deps: {
  switch: SchedulerSwitch;
  outbox: OutboxRepo;
  notices: NoticeRepo;
  /** The scheduled jobs, for the titles HR reads in the resume reply. */
  jobs: () => readonly Job[];
}): Handler[] {
  return [
    {
      name: 'scheduler-pause',
      trigger: hears(PAUSE, PAUSE_SAID),
      guard: hrOnly,
      async handle(ctx) {
        if (await deps.switch.isPaused()) return ctx.reply(scheduledSendsText.alreadyPaused);
        await deps.switch.pause(ctx.person.id, ctx.now);
        ctx.log.warn({ by: ctx.person.id }, 'scheduled sends paused by HR');
        const held = scheduledSendsText.scheduledNotices(await scheduled(deps.notices, ctx.now), true);
        await ctx.reply([scheduledSendsText.paused, held].filter(Boolean).join('\n'));
      },
    },
    {
      name: 'scheduler-resume',
      trigger: hears(RESUME),
      guard: hrOnly,
      async handle(ctx) {
        const { text, resumed } = await resumeScheduledSends(deps, ctx.person.id, ctx.now);
        if (resumed) ctx.log.warn({ by: ctx.person.id }, 'scheduled sends resumed by HR');
        await ctx.reply(text);
      },
    },
    {
      name: 'scheduler-status',
      trigger: hears(STATUS),
      guard: hrOnly,
      async handle(ctx) {
        const state = await deps.switch.state();
        const counts = await deps.outbox.countByStatus();
        const waiting = counts.pending + counts.sending;
        const status = scheduledSendsText.status(
          state.paused,
          state.by,
          state.since,
          waiting,
          counts.failed,
          counts.missed,
        );
        const notices = scheduledSendsText.scheduledNotices(await scheduled(deps.notices, ctx.now), state.paused);
        await ctx.reply([status, notices].filter(Boolean).join('\n'));
      },
    },
  ];
}

/** Notices still to go at their time, with how many they go to. */
async function scheduled(notices: NoticeRepo, now: Date): Promise<{ id: number; sendAt: Date; people: number }[]> {
  const pending = await notices.pending(now);
  return Promise.all(
    pending.map(async (n) => ({ id: n.id, sendAt: n.sendAt, people: await notices.recipientCount(n.id) })),
  );
}
