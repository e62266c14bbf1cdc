import type { WorkCalendar } from '../../data/calendar/index.ts';
import type { Role } from '../../data/org/staff.ts';
import type { LocalDate } from '../../data/time/index.ts';

/** What a message means, in the state the conversation is in (issue 11; bench/fixtures/utterances/SPEC.md). */
export type Intent =
  | 'ask_policy'
  | 'leave_request'
  | 'leave_multi'
  | 'step_answer'
  | 'edit'
  | 'confirm'
  | 'deny'
  | 'remark'
  | 'cancel'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'overtime'
  | 'ack_notice'
  | 'handin'
  | 'overview'
  | 'my_requests'
  | 'balance'
  | 'hr_command'
  | 'set_deputy'
  | 'login_console'
  | 'pick'
  | 'birthday_pref'
  | 'feedback_negative'
  | 'help'
  | 'small_talk';

export type HalfDay = 'am' | 'pm';

/** A leave as the person said it. Type is the handbook's name (年假, 看护假…), never a colloquial word. */
export interface LeaveFields {
  type?: string;
  start?: LocalDate;
  end?: LocalDate;
  /** Set only for a half day: a single half day sets both, a range from an afternoon only startHalf. */
  startHalf?: HalfDay;
  endHalf?: HalfDay;
  /** The person's own words stating why, copied verbatim; never leftovers around dates or keywords. */
  reason?: string;
}

export type OverviewPeriod =
  | 'today'
  | 'tomorrow'
  | 'this_week'
  | 'next_week'
  | 'this_month'
  | 'next_month'
  | { start: LocalDate; end: LocalDate };

export type HrCommand =
  | 'compose_notice'
  | 'notice_status'
  | 'remind_unconfirmed'
  | 'cancel_notice'
  | 'bind_code'
  | 'export_leave'
  | 'progress'
  | 'birthday_list'
  | 'pause'
  | 'resume'
  | 'adjust_balance'
  | 'reload';

/** The fields an intent carries (which ones, per intent: SPEC.md's table). Absent = not said. */
export interface Fields extends LeaveFields {
  requests?: LeaveFields[];
  /** approve / reject: request numbers; 'all' = every pending one; [] = several wait, ask which. */
  nos?: number[] | 'all';
  applicant?: string;
  /** withdraw: the request number; hr_command: the notice number. */
  no?: number;
  /** withdraw: the leave's start date; overtime: the day worked. */
  date?: LocalDate;
  /** overtime: 'HH:MM' */
  startTime?: string;
  endTime?: string;
  planned?: boolean;
  /** overtime: a break said inside the hours (「中午休息一个钟」), in minutes; null when said without its length. */
  breakMinutes?: number | null;
  /** ack_notice: the message also asks or requests something (answer it after recording the ack). */
  question?: boolean;
  /** handin: only the items said to be done; `for` the colleague handed in for. */
  items?: string[];
  for?: string;
  period?: OverviewPeriod;
  scope?: 'team' | 'department' | 'all';
  /** overview: of overtime records (「这个月的加班记录」「12月加班汇总」) rather than of who is on leave. */
  of?: 'overtime';
  /** balance / adjust_balance */
  kind?: '年假' | '调休';
  command?: HrCommand;
  person?: string;
  month?: string;
  days?: number;
  deputy?: string;
  option?: number;
  public?: boolean;
  /** notice_compose step answers */
  text?: string;
  audience?: string;
  time?: string;
}

export interface LeaveDraft extends LeaveFields {}

export interface OvertimeDraft {
  date?: LocalDate;
  start?: string;
  end?: string;
  reason?: string;
}

/** A request waiting for this person's decision, numbered as the approver saw it. */
export interface PendingApproval {
  no: number;
  applicant: string;
  kind: 'leave' | 'overtime';
  type?: string;
  start?: LocalDate;
  end?: LocalDate;
  date?: LocalDate;
}

/** The step the conversation is at when the message arrives; each flow says which. */
export type FlowStep =
  | { state: 'idle' }
  | { state: 'leave_readback'; draft: LeaveDraft }
  | { state: 'leave_ask'; asking: 'dates' | 'type' | 'reason'; draft: LeaveDraft }
  | { state: 'overtime_readback'; draft: OvertimeDraft }
  | { state: 'forward_offer'; question: string }
  | { state: 'choice'; options: readonly string[] }
  | { state: 'reject_reason'; no: number }
  | { state: 'notice_compose'; asking: 'text' | 'audience' | 'time' | 'confirm' };

/** What is waiting for the speaker, whatever the step: it decides what 「同意」「收到」「已交」 refer to. */
export interface Waiting {
  pending?: readonly PendingApproval[];
  notices?: readonly { no: number; title: string }[];
  /** Hand-ins the speaker still owes (canonical titles). */
  due?: readonly string[];
  /** The bot's previous message answered a policy question (a 「不对」 then is feedback). */
  justAnswered?: string;
}

export type ConversationContext = FlowStep & Waiting & { roles: readonly Role[] };

/** Someone the text may name: applicants, deputies, colleagues handed in for. */
export interface KnownPerson {
  readonly name: string;
  readonly roles: readonly Role[];
}

/** The world a message is read against. */
export interface UnderstandingEnv {
  readonly now: Date;
  readonly today: LocalDate;
  readonly calendar: WorkCalendar;
  readonly people: readonly KnownPerson[];
  /** The speaker's own name: 「郑雨的月报」 said by 郑雨 is her own. */
  readonly speaker?: string;
}

export interface Reading {
  intent: Intent;
  fields: Fields;
}

export interface Understanding extends Reading {
  /** 0–1: how sure the reader is. Below ASK_BELOW the bot should ask with the alternatives. */
  confidence: number;
  /** Other plausible readings, most likely first: when there are any, the bot asks before acting. */
  alternatives: Reading[];
}
