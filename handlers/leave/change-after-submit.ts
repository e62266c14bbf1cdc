import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { LeaveRequestsRepo, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo, type OvertimeRecord } from '../../data/repos/overtime-records-repo.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import { inMandarin } from '../understanding/in-mandarin.ts';
import { understand, type Fields, type FlowStep } from '../understanding/index.ts';
import type { LeaveDraftState } from './leave-request-flow.ts';
import { draftOf, understandingEnv, withFields } from './leave-understanding.ts';
import type { OvertimeDraftState } from './overtime/overtime-flow.ts';
import { overtimeDraftFrom } from './overtime/overtime-in-flow.ts';

/**
 * A change asked for after submitting (「哎呀不对 是下周四」「唉 写错了 是6点半开始」「咁不如改请年假啦」「那改周五请可以吗」):
 * there is no edit of a submitted request, so the message is read as the read-back would have read it, against
 * the request it is about, and the bot offers the way (withdraw and ask again, or ask again after a rejection).
 */

/** A word that changes something: needed for any reading here, so a new request (「下周二请事假」) stays one. */
const CHANGE = /改|换成|换到|挪|推到|推迟|延后|提前到|不对|搞错|弄错|写错|记错|填错|说错|错了|其实是|应该是/;
/** The leave or overtime named in the message itself. */
const NAMES_IT = /假|加班/;
/** A correction said at once, naming nothing (「哎呀不对 我搞错了 是下周四」「改成12月21号到23号」). */
const CORRECTION = new RegExp(
  [
    /^(?:[唉哎呀啊哦噢诶欸额呃，,。!！\s]|不好意思|抱歉)*/.source +
      /(?:不对|我?搞错了?|我?弄错了?|写错了?|记错了?|填错了?|说错了?|错了)/.source,
    /^(?:那|那就|就|还是|要不|不如)?(?:改|换)(?:成|到|为|在|请)?/.source,
  ].join('|'),
);
/** Asking the rules (「加班改调休怎么算」) or about a paper (「病假条上的日期写错了」): not a change of a request. */
const NOT_A_CHANGE = /怎么算|怎么办|多少|几天|几个?小时|规定|算不算|扣不扣|会不会|假条|证明|病历|发票|单据|表格|月报/;
/** The question around a change (「能不能改成」「改周五请可以吗」): dropped before the change is read. */
const QUESTION = /能不能|可不可以|可以吗|可以不|行不行|行吗|好吗|能.{0,2}吗|[吗呢嘛][?？]*|[?？]/g;
/**
 * A bare correction is about what was just done: within this long of the request's last news (submitted or
 * decided). Later, 「不对 是下周四」 more likely answers something else, and the request is named instead.
 */
const RECENT_MS = 3 * 60 * 60 * 1000;

/** Whether a message may be asking to change a submitted request: text only, the trigger is synchronous. */
export function mayAskChange(text: string): boolean {
  const t = inMandarin(text);
  return CHANGE.test(t) && !NOT_A_CHANGE.test(t) && (NAMES_IT.test(t) || CORRECTION.test(t));
}

export type ChangeTarget =
  | { readonly kind: 'leave'; readonly request: LeaveRequest; readonly at: Date }
  | { readonly kind: 'overtime'; readonly record: OvertimeRecord; readonly at: Date };

/**
 * The request the person most likely means: the latest news among leave still waiting, approved and not begun,
 * or rejected in the last week, and overtime waiting or rejected in the last week. Overtime only when the words
 * say nothing of leave, leave only when they say nothing of overtime.
 */
export async function latestTarget(db: Db, person: Staff, text: string, now: Date): Promise<ChangeTarget | null> {
  const t = inMandarin(text);
  const today = shanghaiDate(now);
  const weekAgo = now.getTime() - 7 * 24 * 60 * 60 * 1000;
  const fresh = (d: Date | null) => d !== null && d.getTime() >= weekAgo;
  const found: ChangeTarget[] = [];
  if (!/加班/.test(t)) {
    const mine = await new LeaveRequestsRepo(db).forStaff(person.id, ['pending', 'approved', 'rejected']);
    for (const r of mine)
      if (r.status === 'pending' || (r.status === 'approved' && r.start >= today) || fresh(r.decidedAt))
        found.push({ kind: 'leave', request: r, at: r.decidedAt ?? r.createdAt });
  }
  if (!/假/.test(t.replace(/调休假?/g, ''))) {
    for (const r of await new OvertimeRecordsRepo(db).forStaff(person.id, 10))
      if (r.status === 'pending' || (r.status === 'rejected' && fresh(r.decidedAt)))
        found.push({ kind: 'overtime', record: r, at: r.decidedAt ?? r.createdAt });
  }
  const latest = found.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  if (!latest) return null;
  // A bare 「不对 是下周四」 hours later is not taken as being about it.
  if (!NAMES_IT.test(t) && now.getTime() - latest.at.getTime() > RECENT_MS) return null;
  return latest;
}

/** The request as a draft of the leave flow: what the new request starts from. */
export function leaveStateOf(r: LeaveRequest): LeaveDraftState {
  return {
    typeKey: r.typeKey,
    start: { date: r.start, half: r.startHalf },
    end: { date: r.end, half: r.endHalf },
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.extended ? { extended: true } : {}),
  };
}

export function overtimeStateOf(r: OvertimeRecord): OvertimeDraftState {
  const times = { date: r.date, startTime: r.startTime, endTime: r.endTime, reason: r.reason };
  return { ...times, crossesMidnight: r.crossesMidnight, minutes: r.minutes };
}

/** The changed fields, read as the read-back reads an edit (with any question around them dropped); null: none. */
function readEdit(text: string, step: FlowStep, org: Org, person: Staff, now: Date): Fields | null {
  const env = understandingEnv(org, person, now);
  for (const said of [text, text.replace(QUESTION, ' ').trim()]) {
    const u = understand(said, { ...step, roles: person.roles }, env);
    if (u.intent === 'edit' && u.confidence >= 0.9 && Object.keys(u.fields).length > 0) return u.fields;
  }
  return null;
}

/** The leave as it would be after the change said, or null when the words change nothing in it. */
export function changedLeave(
  text: string,
  r: LeaveRequest,
  org: Org,
  person: Staff,
  now: Date,
): LeaveDraftState | null {
  const rules = org.leaveRules!;
  const state = leaveStateOf(r);
  const fields = readEdit(text, { state: 'leave_readback', draft: draftOf(state, rules) }, org, person, now);
  if (!fields) return null;
  const next = withFields(state, fields, rules);
  const same = JSON.stringify(draftOf(next, rules)) === JSON.stringify(draftOf(state, rules));
  return same ? null : next;
}

/** The overtime as it would be after the change said, or null when the words change nothing in it. */
export function changedOvertime(
  text: string,
  r: OvertimeRecord,
  org: Org,
  person: Staff,
  now: Date,
): OvertimeDraftState | null {
  const state = overtimeStateOf(r);
  const draft = { date: r.date, start: r.startTime, end: r.endTime, reason: r.reason };
  const fields = readEdit(text, { state: 'overtime_readback', draft } as FlowStep, org, person, now);
  if (!fields) return null;
  const next = overtimeDraftFrom(fields, state);
  if (fields.reason !== undefined) next.reason = fields.reason;
  const keys = ['date', 'startTime', 'endTime', 'reason'] as const;
  return keys.some((k) => next[k] !== state[k]) ? next : null;
}
