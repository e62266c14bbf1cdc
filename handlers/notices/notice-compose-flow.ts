import { identityText } from '../../bot/identity/messages.ts';
import { z } from 'zod';
import type { Context } from '../../bot/context.ts';
import type { Flow, FlowInput, FlowResult } from '../../bot/conversation/flow.ts';
import type { OutgoingMessage } from '../../data/message.ts';
import { shanghaiParts } from '../../data/time/index.ts';
import type { WorkCalendar } from '../../data/calendar/index.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { audienceSchema, parseAudience, resolveAudience, type Audience } from './audience.ts';
import { createNotice } from './create-notice.ts';
import { noticeText } from './messages.ts';
import { noticeIdOfAction } from './notice-message.ts';
import { oddSendTime } from './odd-send-time.ts';
import { parseSendTime } from './parse-send-time.ts';
import { asksSomething } from '../understanding/text-cues.ts';
import { isNo, isYes } from '../understanding/replies.ts';

export const MAX_NOTICE_LENGTH = 1500;

const state = z.object({
  text: z.string().optional(),
  audience: audienceSchema.optional(),
  label: z.string().optional(),
  /** ISO time; null = as soon as HR confirms; absent = not asked yet. */
  sendAt: z.string().nullable().optional(),
  /** Answers to "什么时候发" not understood so far: after two, the choices are offered. */
  misses: z.number().optional(),
  /** An odd send time (night, a day off) waiting for HR to say it is meant. */
  oddAt: z.string().optional(),
});
export type NoticeDraft = z.infer<typeof state>;

export interface ComposeEnv {
  readonly directory: Directory;
  readonly calendar: WorkCalendar;
  readonly senderId: string;
}

export interface CreateNotice {
  readonly type: 'create';
  readonly text: string;
  readonly audience: Audience;
  readonly label: string;
  readonly sendAt: string | null;
}

type Result = FlowResult<NoticeDraft, CreateNotice>;

const CONFIRM = /^(确认|确定|确认发送|确定发送|发送|发吧|发|好|好的|可以|是|是的|对|没问题|ok|yes)[。.!！~～]*$/i;
const EDIT_TEXT = /^(改|修改|重写|更改)(通知)?(内容|文字|正文)$/;
const EDIT_AUDIENCE = /^(改|修改|更改)(发送)?(对象|范围|收件人|人)$/;
const EDIT_TIME = /^(改|修改|更改)(发送)?(时间)$/;

/**
 * HR's "发通知" (ARCHITECTURE habit 9: bulk actions need permission, a preview and a
 * confirmation): the text, the audience, when, then a preview with the number of recipients,
 * and nothing is stored or sent until HR says 确认.
 */
export interface NoticeComposeDeps {
  readonly notices: NoticeRepo;
  readonly directory: () => Directory;
  /** Days off: a send on one is read back for a yes. */
  readonly calendar: () => WorkCalendar;
}

export function noticeComposeFlow(deps: NoticeComposeDeps): Flow<NoticeDraft, ComposeEnv, CreateNotice> {
  return {
    name: 'notice-compose',
    version: 1,
    title: noticeText.title,
    schema: state,
    timeoutMinutes: 30,
    prepare: async (ctx) => ({ directory: deps.directory(), calendar: deps.calendar(), senderId: ctx.person.id }),

    step(position, input, env, now) {
      // A 收到 button pressed on some notice meanwhile is for the acknowledgement handler.
      if (input.action && noticeIdOfAction(input.action.actionId) !== undefined) return { passThrough: 'keep' };
      const draft = position.state;
      switch (position.step) {
        case 'text': {
          const text = input.text.trim();
          if (!text) return { next: position, replies: [noticeText.textEmpty] };
          if (text.length > MAX_NOTICE_LENGTH)
            return { next: position, replies: [noticeText.textTooLong(text.length, MAX_NOTICE_LENGTH)] };
          // 「全体」「长者服务组」 where the text was asked: who it is for, said first, not a notice's text.
          const alone = draft.audience ? undefined : audienceAlone(text, env);
          if (alone)
            return {
              next: { step: 'text', state: { ...draft, ...alone } },
              replies: [noticeText.audienceTakenAskText(alone.label)],
            };
          return advance({ ...draft, text, ...leadingAudience(text, env.directory, env.senderId) }, env, now);
        }
        case 'audience': {
          const parsed = audienceOf(input.text, env);
          if ('unknown' in parsed) {
            // 「确认」 before an audience is named; a question or another command (「这个月谁请假了」)
            // is answered by its own handler, and the notice waits at this step.
            if (CONFIRM.test(input.text.trim())) return { next: position, replies: [noticeText.audienceFirst] };
            if (asksSomething(input.text)) return { passThrough: 'keep', after: [noticeText.composeAside('发给谁')] };
            // A sentence (「请大家下午两点到三楼集合」) is more of the text, sent in two messages, not names
            // nobody has: added to it, as the preview before sending shows.
            const more = input.text.trim();
            if (draft.text && looksLikeText(more) && draft.text.length + more.length < MAX_NOTICE_LENGTH)
              return {
                next: { step: 'audience', state: { ...draft, text: `${draft.text}\n${more}` } },
                replies: [noticeText.textAdded],
              };
          }
          if ('problem' in parsed) return { next: position, replies: [parsed.problem] };
          return advance({ ...draft, ...parsed }, env, now);
        }
        case 'time':
          return timeStep(draft, input, env, now);
        case 'odd-time': {
          const meant = !input.action && YES.test(input.text.trim()) && draft.oddAt;
          if (meant) return advance({ ...draft, sendAt: draft.oddAt, oddAt: undefined }, env, now);
          return timeStep({ ...draft, oddAt: undefined }, input, env, now);
        }
        case 'confirm': {
          const text = input.text.trim();
          if (EDIT_TEXT.test(text)) return { next: { step: 'text', state: draft }, replies: [noticeText.askText] };
          if (EDIT_AUDIENCE.test(text))
            return { next: { step: 'audience', state: draft }, replies: [askAudience(env.directory)] };
          if (EDIT_TIME.test(text)) return { next: { step: 'time', state: draft }, replies: [noticeText.askTime] };
          // 「可以，发出去」「好，就这么发」: a yes as the understanding layer reads one (「不发了」 is none).
          const yes = CONFIRM.test(text) || (isYes(text) && !isNo(text));
          if (!yes) return { next: position, replies: [noticeText.confirmUnclear] };
          // Re-checked at the moment of confirmation: time passes while HR reads the preview.
          const checked = advance(draft, env, now);
          if (checked.next?.step !== 'confirm') return checked;
          const { text: body, audience, label, sendAt } = draft;
          return {
            effects: [{ type: 'create', text: body!, audience: audience!, label: label!, sendAt: sendAt ?? null }],
          };
        }
        default:
          return { next: { step: 'text', state: {} }, replies: [noticeText.askText] };
      }
    },

    async perform(effect, ctx: Context) {
      const sendAt = effect.sendAt ? new Date(effect.sendAt) : null;
      const { notice, count } = await createNotice(
        deps.notices,
        deps.directory(),
        { authorId: ctx.person.id, text: effect.text, audience: effect.audience, label: effect.label, sendAt },
        ctx.now,
      );
      if (sendAt) return [noticeText.createdLater(notice.id, count, sendAt)];
      return [noticeText.createdNow(notice.id, count)];
    },
  };
}

const YES = /^(是|是的|对|对的|确定|确认|没问题|可以|好|好的|就这个时间|按这个时间发?|照发|ok|yes)[。.!！~～]*$/i;

/**
 * "什么时候发": now, a time (an odd one is read back for a yes), a time already past, or not
 * understood. Never a loop: after two answers not understood, the choices are offered.
 */
function timeStep(draft: NoticeDraft, input: FlowInput, env: ComposeEnv, now: Date): Result {
  const position = { step: 'time', state: draft };
  const said = input.action?.actionId === TIME_ACTION_ID ? input.action.value : input.text;
  if (said === TIME_CANCEL) return { replies: [noticeText.composeCancelled] };
  const parsed = parseSendTime(said === TIME_TOMORROW ? '明天 9:00' : said, now);
  if (parsed.kind === 'now') return advance({ ...draft, sendAt: null, misses: 0 }, env, now);
  if (parsed.kind === 'at') {
    const odd = oddSendTime(parsed.at, env.calendar);
    if (odd) {
      const state = { ...draft, misses: 0, oddAt: parsed.at.toISOString() };
      return { next: { step: 'odd-time', state }, replies: [noticeText.oddTime(parsed.at, odd)] };
    }
    return advance({ ...draft, sendAt: parsed.at.toISOString(), misses: 0 }, env, now);
  }
  if (parsed.kind === 'past') return { next: position, replies: [noticeText.timePast(parsed.at)] };
  if (parsed.kind === 'too-far') return { next: position, replies: [noticeText.timeTooFar] };
  // A question meanwhile (「这个月谁请假了」) is answered by its own handler; the notice waits here.
  if (!input.action && asksSomething(said))
    return { passThrough: 'keep', after: [noticeText.composeAside('什么时候发')] };
  const misses = (draft.misses ?? 0) + 1;
  if (misses >= 2) return { next: { step: 'time', state: { ...draft, misses } }, replies: [timeChoices()] };
  const hint = parsed.kind === 'need-time' ? noticeText.timeNeedsHour : noticeText.timeUnclear;
  return { next: { step: 'time', state: { ...draft, misses } }, replies: [hint] };
}

const TIME_ACTION_ID = 'notice-compose:time';
const TIME_NOW = '现在发';
const TIME_TOMORROW = 'tomorrow-9';
const TIME_CANCEL = 'cancel';

function timeChoices(): OutgoingMessage {
  return {
    text: noticeText.timeChoices,
    actions: [
      {
        id: TIME_ACTION_ID,
        title: noticeText.timeChoicesTitle,
        options: [
          { label: '现在发', value: TIME_NOW, command: '现在发' },
          { label: '明天 9:00 发', value: TIME_TOMORROW, command: '明天 9:00 发' },
          { label: '取消', value: TIME_CANCEL, command: '取消' },
        ],
      },
    ],
  };
}

/** The first thing still missing is asked for; with everything known, the preview. */
function advance(draft: NoticeDraft, env: ComposeEnv, now: Date): Result {
  if (draft.text === undefined) return { next: { step: 'text', state: draft }, replies: [noticeText.askText] };
  if (!draft.audience || draft.label === undefined)
    return { next: { step: 'audience', state: draft }, replies: [askAudience(env.directory)] };
  if (draft.sendAt === undefined) return { next: { step: 'time', state: draft }, replies: [noticeText.askTime] };
  const sendAt = draft.sendAt === null ? null : new Date(draft.sendAt);
  if (sendAt && sendAt <= now)
    return { next: { step: 'time', state: { ...draft, sendAt: undefined } }, replies: [noticeText.timePast(sendAt)] };
  const count = resolveAudience(draft.audience, env.directory, env.senderId).length;
  if (!count) return { next: { step: 'audience', state: draft }, replies: [noticeText.audienceEmpty] };
  return {
    next: { step: 'confirm', state: draft },
    replies: [noticeText.preview(draft.text, draft.label, count, sendAt, shanghaiParts(now).year)],
  };
}

/**
 * The audience as HR named it, or what to say back: the names nobody has (`unknown` marks these), a
 * name two people hold, nobody left once the sender is counted out.
 */
function audienceOf(
  said: string,
  env: ComposeEnv,
): { audience: Audience; label: string } | { problem: string; unknown?: true } {
  const parsed = parseAudience(said, env.directory);
  if (parsed.kind === 'unknown') return { problem: noticeText.audienceUnknown(parsed.names), unknown: true };
  if (parsed.kind === 'ambiguous') {
    const example = said.trim().replace(parsed.name, parsed.people[0]!.id);
    return { problem: identityText.whichPerson(parsed.name, parsed.people, example) };
  }
  if (parsed.kind === 'none') return { problem: askAudience(env.directory) };
  if (!resolveAudience(parsed.audience, env.directory, env.senderId).length)
    return { problem: noticeText.audienceEmpty };
  return { audience: parsed.audience, label: parsed.label };
}

/** 「给林晓、郑雨：下周一交…」: whom it is for, said before a colon, ahead of the text. */
const NAMED_FIRST = /^(?:发送给|发给|给)\s*([^:：\n]{1,30}?)\s*[:：]\s*([\s\S]+)$/;
/** The last clause, when it is only a send time with 发 (「…初稿 今晚11点半发」「…，明天9点发」). */
const LAST_CLAUSE = /^([\s\S]*?)[\s,，。；;]+([^\s,，。；;]+)$/;
const SEND_VERB = /(?:发|发送|发出|推送)(?:吧|出去)?$/;

/**
 * HR's notice in one message (「发通知 给林晓、郑雨：下周一交年度总结初稿 今晚11点半发」「发个通知给长者服务组：
 * …」): what was said is filled in and only what is missing is asked, up to the preview, so that
 * 「确认」 sends what HR wrote. An audience (`named`, or before a colon or a space) and a closing
 * 「…发」 time are taken out of the text; a time inside the text (「明天上午10点督导来」) stays in it.
 */
export function composeFromOneLine(said: string, named: string | undefined, env: ComposeEnv, now: Date): Result {
  let body = said.trim();
  let who = named;
  const first = who === undefined ? NAMED_FIRST.exec(body) : null;
  // 「给各位组长：…」 may be the notice's own greeting: kept in the text unless it names an audience.
  if (first && !('unknown' in audienceOf(first[1]!, env))) {
    who = first[1]!;
    body = first[2]!.trim();
  }
  let time: string | undefined;
  const [, before = '', clause = ''] = LAST_CLAUSE.exec(body) ?? [];
  // Only a clause of its own after some text: 「，明天9点发」 alone leaves no notice to send.
  if (before.trim() && SEND_VERB.test(clause) && parseSendTime(clause, now).kind !== 'none') {
    body = before.trim();
    time = clause;
  }
  const audience = who === undefined ? undefined : audienceOf(who, env);
  const draft: NoticeDraft =
    audience && !('problem' in audience)
      ? { text: body, ...audience }
      : { text: body, ...(who === undefined ? leadingAudience(body, env.directory, env.senderId) : {}) };
  const result = time === undefined ? advance(draft, env, now) : timeStep(draft, { text: time }, env, now);
  // The audience named but not found is what HR hears first (the time said is already kept).
  if (audience && 'problem' in audience && result.next?.step === 'audience')
    return { next: result.next, replies: [audience.problem] };
  return result;
}

/**
 * 「发通知 全体 12月10日下午开会…」: an audience written first, before a space, is taken as the
 * audience and the rest as the text (the preview shows both before anything is sent).
 */
export function leadingAudience(
  text: string,
  directory: Directory,
  senderId: string,
): Pick<NoticeDraft, 'audience' | 'label' | 'text'> {
  const [first = '', ...rest] = text.split(/\s+/);
  const body = rest.join(' ').trim();
  if (!body) return {};
  const parsed = parseAudience(first, directory);
  if (parsed.kind !== 'ok' || !resolveAudience(parsed.audience, directory, senderId).length) return {};
  return { audience: parsed.audience, label: parsed.label, text: text.slice(text.indexOf(body)) };
}

/** The whole text names an audience and nothing else (「全体」「长者服务组、郑雨」). */
function audienceAlone(text: string, env: ComposeEnv): { audience: Audience; label: string } | undefined {
  if (text.length > MAX_AUDIENCE_TEXT || /[。！!？?：:]/.test(text)) return undefined;
  const parsed = parseAudience(text, env.directory);
  if (parsed.kind !== 'ok' || !resolveAudience(parsed.audience, env.directory, env.senderId).length) return undefined;
  return { audience: parsed.audience, label: parsed.label };
}

/** Longer than names are, or written as a sentence. */
function looksLikeText(text: string): boolean {
  const t = text.trim();
  return t.length > MAX_AUDIENCE_TEXT || /[。！!：:]|请|大家|时间|地点|会议|通知/.test(t);
}

/** More than names run to (「机构办公室、长者服务组、居家护理项目组」 is 20). */
const MAX_AUDIENCE_TEXT = 24;

function askAudience(directory: Directory): string {
  return noticeText.askAudience(directory.departments(), directory.teams());
}
