import { z } from 'zod';
import { ROLES } from '../org/staff.ts';

/*
 * `reminders.json`: the deadlines of DOMAIN §6 as data, so another organisation changes what,
 * who, when and the wording without touching code. Each deadline cites the clause it comes from.
 */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:mm, e.g. "09:00"' });
const comment = z.union([z.string(), z.array(z.string())]).optional();

/** A day of the month; a day the month doesn't have (31 in April) means its last day. */
const day = z.union([z.int().min(1).max(31), z.literal('last')], {
  error: 'must be a day of the month (1–31) or "last"',
});

const due = z.discriminatedUnion(
  'every',
  [
    /** For each month: `monthsAfter` 1 = in the next month (the month's documents before the 5th). */
    z.strictObject({ every: z.literal('month'), monthsAfter: z.int().min(0).max(2).default(0), day }),
    /**
     * For each quarter, counted from the quarter's last month: monthsAfter 1, day 20 = the 20th of the
     * next quarter's first month.
     */
    z.strictObject({ every: z.literal('quarter'), monthsAfter: z.int().min(0).max(2).default(0), day }),
    /** Once a year, in a fixed month. */
    z.strictObject({ every: z.literal('year'), month: z.int().min(1).max(12), day }),
  ],
  { error: 'every must be "month", "quarter" or "year"' },
);

const reminder = z.discriminatedUnion(
  'on',
  [
    /** The first working day of the last seven days of the deadline's month ("每月最后一个星期"). */
    z.strictObject({ on: z.literal('last-week-of-month') }),
    /**
     * `days` working days before the deadline; 0 = on the deadline, or the working day before it when it
     * is a day off.
     */
    z.strictObject({ on: z.literal('working-days-before'), days: z.int().min(0).max(20) }),
  ],
  { error: 'on must be "last-week-of-month" or "working-days-before"' },
);

export const TEMPLATE_FIELDS = ['period', 'what', 'handTo', 'deadline', 'note'] as const;
const template = z
  .string()
  .refine((s) => [...s.matchAll(/\{(\w+)\}/g)].every((m) => (TEMPLATE_FIELDS as readonly string[]).includes(m[1]!)), {
    error: `may only use the fields ${TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ')}`,
  });

const deadline = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes, e.g. "monthly-report"' }),
  /** Short name people use: 月报, 归档 (in "月报进度", the lead summary). */
  title: z.string().trim().min(1),
  /** What to hand in. */
  what: z.string().trim().min(1),
  /** To whom. */
  handTo: z.string().trim().min(1),
  /** Who must hand in: everyone holding any of these roles (and hired by the deadline). */
  roles: z.array(z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` })).min(1),
  due,
  reminders: z.array(reminder).min(1, { error: 'needs at least one reminder' }),
  /** Who gets the list of people who haven't acknowledged, the working day before the deadline. */
  summaryTo: z.enum(['team_lead', 'dept_head', 'hr'], { error: 'must be "team_lead", "dept_head" or "hr"' }).optional(),
  /** Words that name this deadline in an acknowledgement ("月报交了", "归档完成"). */
  keywords: z.array(z.string().trim().min(1)).min(1),
  /** Added to the reminder, e.g. "逾期按旷工处理". */
  note: z.string().trim().optional(),
  /** The reminder line; default "请在{deadline}前把{period}的{what}交给{handTo}。{note}". */
  text: template.optional(),
  /** The clause this deadline comes from. */
  source: z.string().trim().min(1),
  comment,
});

export const reminderConfigSchema = z
  .strictObject({
    comment,
    /** When reminders go out (Asia/Shanghai, working days only). */
    sendTime: time.default('09:00'),
    /** A reminder not sent by then (the bot was down) is missed: HR is told, it is not sent late. */
    sendUntil: time.default('18:00'),
    /** When a lead gets the list of who hasn't handed in, the working day before the deadline. */
    summaryTime: time.default('16:00'),
    /** Days after the deadline during which "已交" still counts for it. */
    lateAckDays: z.int().min(0).max(31).default(7),
    deadlines: z.array(deadline),
  })
  .superRefine((c, ctx) => {
    if (c.sendUntil <= c.sendTime)
      ctx.addIssue({ code: 'custom', path: ['sendUntil'], message: `must be later than sendTime (${c.sendTime})` });
    if (c.sendUntil <= c.summaryTime)
      ctx.addIssue({
        code: 'custom',
        path: ['summaryTime'],
        message: `must be earlier than sendUntil (${c.sendUntil})`,
      });
    const ids = new Map<string, number>();
    c.deadlines.forEach((d, i) => {
      const earlier = ids.get(d.id);
      if (earlier !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', i, 'id'],
          message: `"${d.id}" is already used by deadlines.${earlier}`,
        });
      ids.set(d.id, i);
      const lateInMonth = d.due.day === 'last' || d.due.day >= 22;
      d.reminders.forEach((r, j) => {
        if (r.on === 'last-week-of-month' && !lateInMonth) {
          ctx.addIssue({
            code: 'custom',
            path: ['deadlines', i, 'reminders', j, 'on'],
            message: 'last-week-of-month needs a deadline in the last week of the month; use working-days-before',
          });
        }
      });
    });
  });

export type ReminderConfig = z.infer<typeof reminderConfigSchema>;
export type Deadline = ReminderConfig['deadlines'][number];
export type DeadlineDue = Deadline['due'];
export type ReminderRule = Deadline['reminders'][number];

export const NO_REMINDERS: ReminderConfig = {
  sendTime: '09:00',
  sendUntil: '18:00',
  summaryTime: '16:00',
  lateAckDays: 7,
  deadlines: [],
};
