import { atShanghai, makeLocalDate } from '../../data/time/index.ts';
import type { WorkCalendar } from '../../data/calendar/index.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { Staff } from '../../data/org/staff.ts';
import { parseAudience, resolveAudience, type Audience } from '../../handlers/notices/audience.ts';
import { noticeText } from '../../handlers/notices/messages.ts';
import { MAX_NOTICE_LENGTH } from '../../handlers/notices/notice-compose-flow.ts';
import { oddSendTime, type OddSendTime } from '../../handlers/notices/odd-send-time.ts';
import { checkSendAt } from '../../handlers/notices/parse-send-time.ts';

/** The compose form as sent: kept as typed so the form can be shown again with them. */
export interface DraftFields {
  readonly text: string;
  readonly all: boolean;
  /** Departments and teams ticked. */
  readonly groups: readonly string[];
  /** Names or staff ids, separated as in chat (、，and spaces). */
  readonly people: string;
  readonly when: 'now' | 'at';
  readonly date: string;
  readonly time: string;
}

export type DraftCheck =
  | { readonly ok: false; readonly problems: readonly string[] }
  | {
      readonly ok: true;
      readonly text: string;
      readonly audience: Audience;
      readonly label: string;
      readonly recipients: readonly Staff[];
      /** Null: at once when HR confirms. */
      readonly sendAt: Date | null;
      /** A night or a day off: shown, and sent only when HR confirms that time. */
      readonly odd: OddSendTime | null;
    };

function list(source: unknown, name: string): string[] {
  const v = (source as Record<string, unknown> | undefined)?.[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.trim())
    .filter(Boolean);
}

export function draftFields(body: unknown): DraftFields {
  const one = (name: string) => list(body, name)[0] ?? '';
  return {
    text: one('text'),
    all: one('all') === '1',
    groups: list(body, 'group'),
    people: one('people'),
    when: one('when') === 'at' ? 'at' : 'now',
    date: one('date'),
    time: one('time'),
  };
}

/**
 * The chat's rules for a notice, on the form's fields: text within the length limit, an
 * audience the directory knows (the chat's own parser: departments, teams, names or ids; a
 * name two people hold is asked back), someone besides the sender, and a time ahead but
 * within a year. Every problem is reported at once, not one per round trip.
 */
export function checkDraft(
  f: DraftFields,
  directory: Directory,
  calendar: WorkCalendar,
  senderId: string,
  now: Date,
): DraftCheck {
  const problems: string[] = [];
  if (!f.text) problems.push(noticeText.textEmpty);
  else if (f.text.length > MAX_NOTICE_LENGTH) problems.push(noticeText.textTooLong(f.text.length, MAX_NOTICE_LENGTH));

  let audience: Audience | undefined;
  let label = '';
  const named = f.all ? '全体' : [...f.groups, f.people].filter(Boolean).join('、');
  const parsed = named ? parseAudience(named, directory) : ({ kind: 'none' } as const);
  if (parsed.kind === 'none') problems.push('请选择发送对象：全体、部门、小组，或填写同事姓名。');
  else if (parsed.kind === 'unknown') problems.push(noticeText.audienceUnknown(parsed.names));
  else if (parsed.kind === 'ambiguous') {
    const who = parsed.people.map((p) => `${p.id}（${p.team}）`).join('、');
    problems.push(`有不止一位同事叫「${parsed.name}」：${who}。请改填工号。`);
  } else {
    audience = parsed.audience;
    label = parsed.label;
  }
  const recipients = audience ? resolveAudience(audience, directory, senderId) : [];
  if (audience && !recipients.length) problems.push(noticeText.audienceEmpty);

  let sendAt: Date | null = null;
  if (f.when === 'at') {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.date);
    const day = d ? makeLocalDate(Number(d[1]), Number(d[2]), Number(d[3])) : null;
    const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(f.time);
    if (!day || !t) problems.push('请填写发送的日期和时间，或选择「确认后立即发送」。');
    else {
      const at = checkSendAt(atShanghai(day, `${t[1]}:${t[2]}`), now);
      if (at.kind === 'past')
        problems.push(noticeText.timePast(at.at).replace('，或回复「现在发」', '，或选择立即发送'));
      else if (at.kind === 'too-far') problems.push(noticeText.timeTooFar);
      else sendAt = at.at;
    }
  }
  if (problems.length || !audience) return { ok: false, problems };
  const odd = sendAt ? oddSendTime(sendAt, calendar) : null;
  return { ok: true, text: f.text, audience, label, recipients, sendAt, odd };
}
