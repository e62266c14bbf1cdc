import { handler, type Handler } from '../../bot/handler.ts';
import { leadHeadOrHr, saying } from '../../bot/guards.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { addDays, shanghaiDate, shanghaiTime } from '../../data/time/index.ts';
import { type DeadlineAcksRepo, deadlineKey } from '../../data/repos/deadline-acks-repo.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import { ackChoiceFlow, ACK_ACTION_ID } from './ack-choice-flow.ts';
import { readHandInSaid, readHandInUndo } from './hand-in-reading.ts';
import { handInText } from './hand-in-messages.ts';
import type { Context } from '../../bot/context.ts';
import { isInAudience } from './audience.ts';
import { currentInstances, instanceOfPeriod, instancesBetween, type DeadlineInstance } from './deadline-instances.ts';
import { readDeadlineQuestion } from './deadline-question.ts';
import { reminderText } from './messages.ts';
import type { WiredFeature } from '../feature.ts';
import { progressReport } from './progress-report.ts';
import { readProgressQuery } from './progress-text.ts';
import { readChaseAsked } from './chase-asked.ts';
import { instancesSaid } from './instances-said.ts';
import { periodKeysFor, readPeriodsSaid } from './period-said.ts';

/** Who may ask to chase in a lead's bare words (「提醒一下他们」): those who get the lists of who has not handed in. */
const LEADS = ['team_lead', 'project_lead', 'dept_head'] as const;

export interface ReminderHandlerDeps {
  readonly acks: DeadlineAcksRepo;
  readonly store: OrgStore;
}

/** "已交" / "月报交了" / "归档完成" for the person's open deadlines; "月报进度" for HR and leads. */
export function reminderHandlers(deps: ReminderHandlerDeps): WiredFeature {
  const org = () => deps.store.org;
  const choiceFlow = ackChoiceFlow(deps.acks, {
    chooseAgain: reminderText.chooseAgain,
    recorded: (labels) => `已记录：${labels.join('、')}已提交，不再提醒您。`,
    recordedForMember: handInText.recordedForMember,
    toMember: handInText.toMember,
  });
  /** The teams and departments a progress question may name. */
  const units = () => [...new Set(org().directory.all.flatMap((s) => [s.team, s.department]))];
  const handlers: Handler[] = [
    // Before the hand-in: 「月报交了几个」 asks who handed in, it hands nothing in.
    handler({
      name: 'deadline-progress',
      trigger: (ctx) => readProgressQuery(ctx.text, org().reminders.deadlines, units()),
      // A department head sees the department's, as the daily lists they get (「服务部这个月谁还没交月报」 was refused).
      guard: saying(leadHeadOrHr, reminderText.progressOnlyHr),
      async handle(ctx, query) {
        const today = shanghaiDate(ctx.now);
        const seen = seenBy(ctx.person);
        // 「长者服务组文书进度」: that unit only, within what the asker may see; one they may not see is refused.
        const { unit } = query;
        const inUnit = (p: Staff) => unit === undefined || p.team === unit || p.department === unit;
        if (unit !== undefined && !org().directory.all.some((p) => inUnit(p) && (seen?.(p) ?? true)))
          return ctx.replyPrivately(reminderText.progressNotYours(unit));
        const visible = (p: Staff) => inUnit(p) && (seen?.(p) ?? true);
        const said = readPeriodsSaid(ctx.text, today);
        await ctx.replyPrivately(await progressReport(query, org(), deps.acks, today, visible, said));
        // Asked in a group (「@bot 谁还没交月报」): names go privately, and the group is told where they went.
        if (!ctx.message.isDirect) await ctx.reply(reminderText.progressSentPrivately);
      },
    }),
    handler({
      // 「提醒一下他们」「提醒我们组的人交月报」「让他们赶紧交月报」: the scheduled reminders already go to
      // exactly those, once each; a second, hand-made round would be the duplicate reminders staff mute
      // the bot for. Never a hand-in of the speaker's own (「提醒我交月报」 neither).
      name: 'deadline-chase-asked',
      trigger: (ctx) => {
        const asked = readChaseAsked(ctx.text, org().reminders.deadlines);
        // Staff saying a bare 「提醒一下他们」 mean something else: only a lead's words for chasing.
        if (asked?.bare && !LEADS.some((r) => hasRole(ctx.person, r))) return undefined;
        return asked;
      },
      async handle(ctx, asked) {
        const today = shanghaiDate(ctx.now);
        const { sendTime } = org().reminders;
        const sentToday = shanghaiTime(ctx.now) >= sendTime;
        const seen = seenBy(ctx.person);
        const people = asked.whom === 'me' ? [ctx.person] : org().directory.all.filter((s) => seen?.(s) ?? true);
        const open = currentInstances(org().reminders, org().calendar, today).filter(
          (i) =>
            people.some((s) => isInAudience(i, s)) && (!asked.deadlineIds.size || asked.deadlineIds.has(i.deadline.id)),
        );
        const next = (instance: DeadlineInstance) =>
          instance.reminderDates.find((d) => d > today || (d === today && !sentToday));
        // Deadlines and dates only, no names: answered where it was asked, the team's group too.
        if (asked.whom === 'me') {
          if (!open.length) return ctx.reply(reminderText.remindMeNothingOpen);
          const done = await deps.acks.forPerson(ctx.person.id, open.map(ref));
          const items = open.map((i) => ({ instance: i, next: next(i), done: done.has(deadlineKey(ref(i))) }));
          return ctx.reply(reminderText.remindMe(items, sendTime, today));
        }
        if (!open.length) return ctx.reply(reminderText.chaseNothingOpen);
        const items = open.map((instance) => ({ instance, next: next(instance) }));
        await ctx.reply(reminderText.chaseAutomatic(items, sendTime, today, leadHeadOrHr.allows(ctx)));
      },
    }),
    handler({
      // 「月报几号交」「季度档案啥时候交」: the date the reminders count to, not a guess among the documents.
      name: 'deadline-asked',
      trigger: (ctx) => {
        const asked = readDeadlineQuestion(ctx.text, org().reminders.deadlines);
        return asked.length ? asked : undefined;
      },
      async handle(ctx, asked) {
        const today = shanghaiDate(ctx.now);
        const { reminders, calendar } = org();
        // 「11月的月报截止是哪天」: the period said; else the next deadline still ahead.
        const said = readPeriodsSaid(ctx.text, today);
        const items = asked.flatMap((deadline) => {
          const named = periodKeysFor(deadline, said).map((key) =>
            instanceOfPeriod(deadline, key, reminders, calendar),
          );
          const ahead = instancesBetween({ ...reminders, deadlines: [deadline] }, calendar, today, addDays(today, 400));
          const instance = named.find((i) => i !== undefined) ?? ahead.find((i) => i.dueDate >= today);
          return instance
            ? [{ instance, reminded: isInAudience(instance, ctx.person) && instance.dueDate >= today }]
            : [];
        });
        // Deadlines only, nothing personal: answered where asked, a group too.
        await ctx.reply(reminderText.deadlineAsked(items, today));
      },
    }),
    handler({
      // 「月报交错了」「刚才点错了 月报还没交」: a hand-in recorded by mistake, taken back, so the reminders
      // resume (before the hand-in reader, which would read 交 in it as handing in).
      name: 'deadline-ack-undo',
      trigger: (ctx) => readHandInUndo(ctx.text, org().reminders.deadlines),
      async handle(ctx, undo) {
        const today = shanghaiDate(ctx.now);
        // 「11月的月报交错了」: that month's record, also once its late days are over.
        const said = instancesSaid(ctx.text, org().reminders, org().calendar, today, {
          deadlineIds: undo.deadlineIds,
          fits: (i) => isInAudience(i, ctx.person),
        });
        const open = [...said.open, ...said.closed];
        const done = await deps.acks.forPerson(ctx.person.id, open.map(ref));
        const recorded = open.filter((i) => done.has(deadlineKey(ref(i))));
        if (!recorded.length) return ctx.reply(reminderText.nothingToUndo);
        // 「撤回已交」 with several recorded: which one is asked, none taken back on a guess.
        if (!undo.deadlineIds.size && recorded.length > 1) return ctx.reply(reminderText.undoWhich(recorded));
        for (const i of recorded) await deps.acks.remove(ref(i), ctx.person.id);
        await ctx.reply(reminderText.undone(recorded, today));
      },
    }),
    handler({
      name: 'deadline-ack',
      trigger: (ctx) =>
        readHandInSaid(ctx.text, org().reminders.deadlines, org().directory.all, ctx.person) ?? undefined,
      async handle(ctx, intent) {
        const today = shanghaiDate(ctx.now);
        if (intent.kind === 'partial') return ctx.reply(handInText.partial(intent.done, intent.notYet));
        if (intent.kind === 'named' && intent.for !== undefined) return recordForMember(ctx, intent, intent.for);
        if (intent.kind === 'member') return recordForMember(ctx, {}, intent.for);
        // 「11月的月报我昨天交了」: the period said, as of the day handed in (instances-said.ts).
        const said = instancesSaid(ctx.text, org().reminders, org().calendar, today, {
          deadlineIds: intent.kind === 'named' ? intent.deadlineIds : undefined,
          fits: (i) => isInAudience(i, ctx.person),
        });
        const { open } = said;
        // A bare "已交" means what the person has been reminded of; naming it ("月报交了") may also be early.
        const reminded = open.filter((i) => i.reminderDates[0] !== undefined && i.reminderDates[0] <= said.day);
        const candidates = intent.kind === 'named' || said.periodSaid || !reminded.length ? open : reminded;
        const notOpen = handInText.notOpen(said.closed, said.notYet, today, true);
        if (!candidates.length)
          return ctx.reply(
            notOpen || (intent.kind === 'named' ? reminderText.nothingOpenFor(intent.word) : reminderText.nothingOpen),
          );
        const done = await deps.acks.forPerson(ctx.person.id, candidates.map(ref));
        const pending = candidates.filter((i) => !done.has(deadlineKey(ref(i))));
        const andNotOpen = notOpen ? `\n${notOpen}` : '';
        if (!pending.length) return ctx.reply(reminderText.alreadyRecorded(candidates) + andNotOpen);
        // 「都交了」 said every one: asking which would ask what was just said.
        const all = intent.kind === 'generic' && intent.all;
        if (pending.length === 1 || intent.kind === 'named' || said.periodSaid || all) {
          for (const i of pending) await deps.acks.record(ref(i), ctx.person.id, ctx.text, ctx.now);
          return ctx.reply(
            (pending.length === 1 ? reminderText.recorded(pending[0]!, today) : reminderText.recordedMany(pending)) +
              andNotOpen,
          );
        }
        const ask = { text: reminderText.askWhich(pending, today), actions: [choiceAction(pending)] };
        // Flows live in direct chats; in a group, ask for the deadline by name instead.
        if (!ctx.message.isDirect) {
          await ctx.replyPrivately(ask.text.replace(/请回复序号：/, '请私聊我回复名称，如「月报交了」：'));
          return ctx.reply(reminderText.askedPrivately);
        }
        const state = { options: options(pending), said: ctx.text };
        await ctx.conversation.start(choiceFlow, { step: 'choose', state }, [ask]);
      },
    }),
  ];
  return { handlers, flows: [choiceFlow] };

  /**
   * A lead's 「郑雨的年度总结交给我了」: recorded for the member (never the lead's own item), only by
   * the lead of the member's team, with who recorded it; the member is told. No item named
   * (「孙浩已经交给我了，帮他登记一下」): what the member was reminded of, as their own 「已交」 would
   * mean — recorded when one is open, else the lead is asked which.
   */
  async function recordForMember(ctx: Context, intent: { deadlineIds?: ReadonlySet<string> }, name: string) {
    const member = org().directory.all.find((s) => s.name === name);
    if (!member) return ctx.reply(handInText.unknownMember(name));
    const leads = hasRole(ctx.person, 'team_lead') || hasRole(ctx.person, 'project_lead');
    if (!leads || ctx.person.team !== member.team) return ctx.reply(handInText.notYourMember(name));
    const today = shanghaiDate(ctx.now);
    const said = instancesSaid(ctx.text, org().reminders, org().calendar, today, {
      ...(intent.deadlineIds ? { deadlineIds: intent.deadlineIds } : {}),
      fits: (i) => isInAudience(i, member),
    });
    const bare = intent.deadlineIds === undefined && !said.periodSaid;
    const reminded = said.open.filter((i) => i.reminderDates[0] !== undefined && i.reminderDates[0] <= said.day);
    let open = bare && reminded.length ? reminded : said.open;
    if (!open.length)
      return ctx.reply(
        handInText.notOpen(said.closed, said.notYet, today, false) || handInText.nothingOpenForMember(name, !bare),
      );
    if (bare) {
      const done = await deps.acks.forPerson(member.id, open.map(ref));
      const pending = open.filter((i) => !done.has(deadlineKey(ref(i))));
      if (!pending.length) return ctx.reply(handInText.memberAlready(name, open));
      if (pending.length > 1) return askWhichForMember(ctx, pending, member);
      open = pending;
    }
    const recorded: DeadlineInstance[] = [];
    for (const i of open)
      if (await deps.acks.record(ref(i), member.id, ctx.text, ctx.now, ctx.person.id)) recorded.push(i);
    if (!recorded.length) return ctx.reply(handInText.memberAlready(name, open));
    ctx.log.info({ member: member.id, deadlines: recorded.map((i) => i.deadline.id) }, 'hand-in recorded by the lead');
    await ctx.replyPrivately(handInText.recordedForMember(name, recorded.map(label)));
    if (!ctx.message.isDirect) await ctx.reply(handInText.recordedInGroup);
    await ctx.send({ staffId: member.id }, handInText.toMember(ctx.person.name, recorded.map(label)));
  }

  /** Which of the member's items the lead means: asked in the private chat, as a person's own 「已交」 is. */
  async function askWhichForMember(ctx: Context, pending: readonly DeadlineInstance[], member: Staff) {
    const today = shanghaiDate(ctx.now);
    const text = reminderText.askWhich(pending, today, member.name);
    if (!ctx.message.isDirect) {
      const example = `${member.name}的${pending[0]!.deadline.keywords[0]}交给我了`;
      await ctx.replyPrivately(text.replace(/请回复序号：/, `请私聊我回复名称，如「${example}」：`));
      return ctx.reply(reminderText.askedPrivately);
    }
    const state = { options: options(pending), said: ctx.text, for: { id: member.id, name: member.name } };
    await ctx.conversation.start(choiceFlow, { step: 'choose', state }, [{ text, actions: [choiceAction(pending)] }]);
  }
}

/** Whose hand-ins a person may see: HR everyone's, a head the department's, anyone else the team's. */
function seenBy(person: Staff): ((p: Staff) => boolean) | undefined {
  if (hasRole(person, 'hr')) return undefined;
  if (hasRole(person, 'dept_head')) return (p) => p.department === person.department;
  return (p) => p.team === person.team;
}

function ref(i: DeadlineInstance) {
  return { deadlineId: i.deadline.id, period: i.period };
}

const label = (i: DeadlineInstance) => `${i.periodLabel}${i.deadline.title}`;

/** The choice flow's options: each item, and the words that name it (「月报」 picks the 月报). */
function options(items: readonly DeadlineInstance[]) {
  return items.map((i) => ({
    deadlineId: i.deadline.id,
    period: i.period,
    label: label(i),
    keywords: i.deadline.keywords,
  }));
}

function choiceAction(items: readonly DeadlineInstance[]) {
  return {
    id: ACK_ACTION_ID,
    title: '交的是哪一项？',
    options: [
      ...items.map((i, n) => ({
        label: `${i.periodLabel}${i.deadline.title}`,
        value: String(n + 1),
        command: String(n + 1),
      })),
      { label: '都交了', value: String(items.length + 1), command: String(items.length + 1) },
    ],
  };
}
