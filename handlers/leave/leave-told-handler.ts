import type { Handler } from '../../bot/handler.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { formatDate, shanghaiDate, yearOf, type LocalDate } from '../../data/time/index.ts';
import { toldOwnLeave, type ToldLeave } from '../understanding/leave-told.ts';
import { fixTypos } from '../understanding/text-cues.ts';
import { formatSpan } from './format-span.ts';
import { loadLeaveFacts } from './leave-facts.ts';
import { idleReading, understandingEnv } from './leave-understanding.ts';
import { toldText } from './messages.ts';

/**
 * 「我明天休假，不参加了」「我休假呢」「我刚休假回来」「周五我在外面做家访，去不了」: being on leave or away,
 * told. Each started a request (「请问请什么假？」), though none asks for one; the person is told what is on
 * record for the day and how to ask if a request was meant. Private chats only: in a group it is talk among
 * colleagues, not to the bot.
 */
export function leaveToldHandler(deps: { db: Db; org: () => Org }): Handler<ToldLeave> {
  return {
    name: 'leave-told',
    trigger: (ctx) => {
      const org = deps.org();
      if (org.leaveRules === undefined || ctx.message.action || !ctx.message.isDirect) return undefined;
      if (idleReading(ctx, org).intent !== 'small_talk') return undefined;
      return toldOwnLeave(fixTypos(ctx.text.trim()), understandingEnv(org, ctx.person, ctx.now)) ?? undefined;
    },
    async handle(ctx, told) {
      const today = shanghaiDate(ctx.now);
      if (told.kind === 'back') return ctx.reply(toldText.back);
      const start = told.start ?? today;
      const end = told.end ?? start;
      const day = dayWords(start, today);
      if (told.kind === 'away') return ctx.reply(toldText.away(day));
      const rules = deps.org().leaveRules!;
      const facts = await loadLeaveFacts(deps.db, ctx.person.id, ctx.now);
      const covering = facts.existing.filter((e) => e.span.start <= end && e.span.end >= start);
      const when = start === end ? formatDate(start) : `${formatDate(start)}至${formatDate(end)}`;
      if (covering.length === 0) return ctx.reply(toldText.noRecord(when, day));
      const lines = covering.map((e) =>
        toldText.recordLine(
          e.id,
          rules.types.find((t) => t.key === e.typeKey)?.name ?? e.typeKey,
          formatSpan(e.span, yearOf(today)),
          e.status === 'approved',
        ),
      );
      await ctx.reply(toldText.onRecord(when, lines));
    },
  };
}

/** How the day is said in an example request: 今天, 明天, or 12月11日. */
function dayWords(day: LocalDate, today: LocalDate): string {
  if (day === today) return '今天';
  const d = formatDate(day);
  return new Date(`${day}T00:00:00Z`).getTime() - new Date(`${today}T00:00:00Z`).getTime() === 86_400_000
    ? '明天'
    : d.replace(/（.*$/, '');
}
