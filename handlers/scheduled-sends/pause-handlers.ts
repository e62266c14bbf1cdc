import type { Handler } from '../../bot/handler.ts';
import { hrOnly } from '../../bot/guards.ts';
import { hears } from '../../bot/triggers.ts';
import type { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import type { Job } from '../../scheduler/job.ts';
import type { SchedulerSwitch } from '../../scheduler/scheduler-switch.ts';
import { scheduledSendsText } from './messages.ts';
import { resumeScheduledSends } from './resume-scheduled-sends.ts';

const PAUSE = /^(暂停|停止)(所有)?(定时发送|定时消息|提醒|自动发送|群发)$/;
const RESUME = /^(恢复|开启|重新开始)(所有)?(定时发送|定时消息|提醒|自动发送|群发)$/;
const STATUS = /^(定时发送|定时消息)(状态|情况)?$/;

/**
 * HR's switch for every scheduled send ("暂停定时发送" when the WeChat account is being throttled
 * or a wrong reminder went out).
 */
export function pauseHandlers(deps: {
  switch: SchedulerSwitch;
  outbox: OutboxRepo;
  /** The scheduled jobs, for the titles HR reads in the resume reply. */
  jobs: () => readonly Job[];
}): Handler[] {
  return [
    {
      name: 'scheduler-pause',
      trigger: hears(PAUSE),
      guard: hrOnly,
      async handle(ctx) {
        if (await deps.switch.isPaused()) return ctx.reply(scheduledSendsText.alreadyPaused);
        await deps.switch.pause(ctx.person.id, ctx.now);
        ctx.log.warn({ by: ctx.person.id }, 'scheduled sends paused by HR');
        await ctx.reply(scheduledSendsText.paused);
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
        await ctx.reply(
          scheduledSendsText.status(state.paused, state.by, state.since, waiting, counts.failed, counts.missed),
        );
      },
    },
  ];
}
