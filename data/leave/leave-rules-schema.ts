import { z } from 'zod';
import { ROLES } from '../org/staff.ts';

/*
 * The organisation's leave policy as data (DOMAIN §2–4): another organisation adapts this file,
 * not the code. Every rule carries the clause it comes from, so a refusal can quote it; where
 * the handbook is silent the clause says what was decided instead (`decision`).
 */

export const clauseSchema = z.strictObject({
  /** The source text, quoted as written. */
  quote: z.string().trim().min(1, { error: 'quote the source clause' }),
  /** Where it is, e.g. "员工手册 第三部分第五章 三、请假管理（一）2、年假". */
  location: z.string().trim().min(1, { error: 'say where the clause is' }),
  /** When the documents are silent or ambiguous: what this organisation decided. */
  decision: z.string().trim().min(1).optional(),
});

const role = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });
const approverRole = z.enum(['team_lead', 'project_lead', 'dept_head', 'director'], {
  error: 'an approver is team_lead, project_lead, dept_head or director',
});
const halfDays = z.number().positive().multipleOf(0.5, { error: 'leave is counted in half days (0.5)' });

const noticeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none'), clause: clauseSchema }),
    z.strictObject({ kind: z.literal('working-days'), days: z.int().positive(), clause: clauseSchema }),
    z.strictObject({ kind: z.literal('months'), months: z.int().positive(), clause: clauseSchema }),
  ],
  { error: 'notice.kind must be "none", "working-days" or "months"' },
);

const entitlementSchema = z.discriminatedUnion(
  'kind',
  [
    /** A fixed number of days per request (婚假 3); `extended` for e.g. a difficult birth. */
    z.strictObject({
      kind: z.literal('per-request'),
      days: halfDays,
      extended: z
        .strictObject({
          days: halfDays,
          /** Words in the request that claim the extension, e.g. ["难产"]. */
          keywords: z.array(z.string().min(1)).min(1),
          label: z.string().min(1),
        })
        .optional(),
      clause: clauseSchema,
    }),
    /** The annual-leave table by tenure (see `annualLeave`). */
    z.strictObject({ kind: z.literal('annual-table'), clause: clauseSchema }),
    /** Approved overtime hours (调休). */
    z.strictObject({ kind: z.literal('overtime-balance'), clause: clauseSchema }),
    /** No cap: as certified (sick leave, work injury). */
    z.strictObject({ kind: z.literal('as-certified'), clause: clauseSchema }),
    /** No hard cap, but the year's total above the annual-leave days is flagged (事假). */
    z.strictObject({ kind: z.literal('up-to-annual-days'), clause: clauseSchema }),
  ],
  { error: 'entitlement.kind must be per-request, annual-table, overtime-balance, as-certified or up-to-annual-days' },
);

const leaveTypeSchema = z.strictObject({
  /** A stable key: what the database stores. */
  key: z.string().regex(/^[a-z][a-z_]*$/, { error: 'a lowercase key such as "annual"' }),
  /** What staff call it: 年假. */
  name: z.string().trim().min(1),
  /** Other words that mean it (年休假, 陪产假…): how the bot recognises the type. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  paid: z.string().trim().min(1),
  counting: z.enum(['working-days', 'calendar-days']),
  countingClause: clauseSchema,
  entitlement: entitlementSchema,
  notice: noticeSchema,
  /** Sick leave may be reported on the day or afterwards; everything else must be asked for in advance. */
  allowPastDates: z.boolean().default(false),
  /** Ask for a reason when none was given. */
  reasonRequired: z.boolean().default(false),
  /** False for sick leave: only the category is kept, never a diagnosis. */
  keepReason: z.boolean().default(true),
  eligibility: z.strictObject({ gender: z.enum(['female', 'male']), clause: clauseSchema }).optional(),
  documents: z.array(z.strictObject({ name: z.string().trim().min(1), clause: clauseSchema })).default([]),
  /** What this leave may not be joined to: "public-holiday" or another type's key. */
  notJoinedTo: z.array(z.strictObject({ what: z.string().min(1), clause: clauseSchema })).default([]),
  /** Flag when the year's total of this type reaches `days` (事假 15 days: social insurance). */
  yearlyFlags: z
    .array(
      z.strictObject({
        atLeastDays: halfDays,
        code: z.string().min(1),
        message: z.string().min(1),
        clause: clauseSchema,
      }),
    )
    .default([]),
  reminders: z.array(z.strictObject({ text: z.string().trim().min(1), clause: clauseSchema })).default([]),
});

const tenureBand = z.strictObject({
  fromYears: z.number().min(0),
  /** Exclusive; null for "and above". */
  toYears: z.number().positive().nullable(),
  days: z.number().min(0),
});

const sickForfeitBand = z.strictObject({
  fromYears: z.number().min(0),
  toYears: z.number().positive().nullable(),
  /** Sick leave of more than this many months in the year forfeits the year's annual leave. */
  moreThanMonths: z.number().positive(),
});

const annualLeaveSchema = z.strictObject({
  typeKey: z.string().min(1),
  tenure: z.array(tenureBand).min(1),
  /** The day tenure is measured on: the first day of the leave, or for a balance query, today. */
  tenureAsOf: z.literal('leave-start'),
  clause: clauseSchema,
  forfeiture: z.strictObject({
    personalTypeKey: z.string().min(1),
    personalAtLeastDays: z.number().positive(),
    sickTypeKey: z.string().min(1),
    sick: z.array(sickForfeitBand).min(1),
    /** Months of sick leave are counted as calendar days of sick leave ÷ this. */
    daysPerMonth: z.number().positive(),
    clause: clauseSchema,
  }),
});

const chainStep = z.strictObject({
  role: approverRole,
  /** What the step does: forward (转呈), review (审核) or approve (批准). The last step approves. */
  action: z.enum(['forward', 'review', 'approve']),
});

const chainBand = z.strictObject({
  /** The band holds requests of up to this many days; null for "and more". */
  maxDays: z.number().positive().nullable(),
  steps: z.array(chainStep),
});

const matrixRow = z.strictObject({
  /** The requester's roles this row is for; rows are tried in order, so list the senior roles first. */
  roles: z.array(role).min(1),
  bands: z.array(chainBand).min(1),
});

const approvalSchema = z.strictObject({
  matrix: z.array(matrixRow).min(1),
  /** For someone none of the rows names (HR officer, supervisor). */
  fallback: z.array(chainBand).min(1),
  fallbackClause: clauseSchema,
  /** "One step up" when a step's approver is the requester, or nobody holds that role. */
  escalation: z.strictObject({
    team_lead: approverRole.nullable(),
    project_lead: approverRole.nullable(),
    dept_head: approverRole.nullable(),
    director: approverRole.nullable(),
  }),
  clause: clauseSchema,
  selfApprovalClause: clauseSchema,
  /** When nobody is left to approve (the director's own leave): recorded by HR. */
  noApproverClause: clauseSchema,
  hrCopyClause: clauseSchema,
  placementSignature: z.strictObject({
    roles: z.array(role),
    underDays: z.number().positive(),
    text: z.string().min(1),
    clause: clauseSchema,
  }),
});

const overtimeSchema = z.strictObject({
  /** Who approves an overtime record, by the requester's role; first matching row wins. */
  approvers: z.array(z.strictObject({ roles: z.array(role).min(1), approver: approverRole })).min(1),
  fallbackApprover: approverRole,
  approverClause: clauseSchema,
  /** The leave type that spends the hours. */
  compTypeKey: z.string().min(1),
  hoursPerDay: z.number().positive(),
  /** Hours are rounded down to this many minutes. */
  roundingMinutes: z.int().positive(),
  expiryMonths: z.int().positive(),
  expiryClause: clauseSchema,
  reminderDaysBefore: z.int().positive(),
  /** [decision] One registration longer than this is a typo (「-5:00-3:00」 is not 22 hours). */
  maxHoursPerRecord: z.number().positive().max(24).default(16),
  /**
   * [decision] Overtime planned up to this many days ahead may be registered before it is worked
   * (「周六要加班 9点到5点」); its hours count only once it has ended and been approved. 0 keeps
   * to overtime worked already or later today.
   */
  plannedDaysAhead: z.int().min(0).max(60).default(14),
  clause: clauseSchema,
});

const meetingsSchema = z.strictObject({
  name: z.string().min(1),
  /** Single dates, YYYY-MM-DD. */
  dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
  /** Recurring: the nth (1–5, or "last") weekday (1 = Monday … 5 = Friday) of every month. */
  recurring: z
    .array(z.strictObject({ weekday: z.int().min(1).max(7), nth: z.union([z.int().min(1).max(5), z.literal('last')]) }))
    .default([]),
  /** Who must explicitly approve a request covering one. */
  approver: approverRole,
  /** Leave that can't be planned around a meeting (sick leave, a birth…): never flagged. */
  exemptTypes: z.array(z.string().min(1)).default([]),
  clause: clauseSchema,
});

/**
 * [decision] Limits no handbook states but a careful HR officer expects: no request years
 * ahead (2099 is a typo), none longer than the longest leave any type allows, no essay as a reason.
 */
const requestLimitsSchema = z.strictObject({
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  /** A request starts at most this many months after today… */
  aheadMonths: z.int().positive().default(12),
  /** …and at most this many months before it (only types that may be asked afterwards, like 病假, get that far). */
  backMonths: z.int().nonnegative().default(1),
  /** The longest request in calendar days; default: the longest leave any type allows (产假 with 难产, 158). */
  maxCalendarDays: z.int().positive().optional(),
  /** A reason longer than this is asked again, shorter. */
  maxReasonLength: z.int().positive().default(200),
});

/**
 * [decision] Approvals that never stall: a step waiting longer than this many working days goes
 * one level up (the department head, then the director) at the next nudge time; a request whose
 * first day arrives undecided is flagged that morning. The handbook sets no deadline.
 */
const stallSchema = z.strictObject({
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  escalateAfterWorkingDays: z.int().positive().default(2),
  /** Opt-in: a step still waiting on the leave's first working day also goes one level up that morning. */
  escalateOnFirstDay: z.boolean().default(false),
  /**
   * [decision] Deadline-aware (issue 13): a step never waits past the leave's start. When the start
   * is nearer than the escalation window, the step goes up at the round of the last working day
   * before it (the first day's round for a request made the day before or that day); on the first
   * day, still undecided, every level above the holder up to the director may decide too (the
   * first decision wins). Supersedes escalateOnFirstDay.
   */
  beforeStart: z.boolean().default(false),
  /**
   * [decision] Who decides for the director on a day they are on leave without having named a
   * deputy (a staff id; null: nobody, the step waits for them). Nobody is above the director.
   */
  directorDeputy: z.string().min(1).nullable().default(null),
});

/**
 * Who is out (issue 13): [decision] leads get a short private note at `time` on working days when
 * someone on their team is out today; `leadMorningNote: false` turns it off for the organisation.
 */
const whoIsOutSchema = z.strictObject({
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  leadMorningNote: z.boolean().default(true),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('08:30'),
});

/**
 * Year-end annual leave (issue 13): on each of `reminders` ('MM-DD') people whose annual leave of
 * the year will lapse get one private reminder quoting `clause`, their lead a summary, HR the list.
 */
const yearEndSchema = z.strictObject({
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  reminders: z.array(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)).default(['11-01', '12-01']),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('09:00'),
  clause: clauseSchema.optional(),
});

/**
 * Changing approved leave (issue 13): [decision] 销假 from `afternoonFrom` on counts that
 * day's morning as leave taken; before it, the day is not leave.
 */
const changesSchema = z.strictObject({
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  afternoonFrom: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('12:00'),
});

export const leaveRulesSchema = z
  .strictObject({
    comment: z.union([z.string(), z.array(z.string())]).optional(),
    /** The document the locations refer to, e.g. 《乐雅社工员工手册》. */
    document: z.string().min(1),
    halfDayUnit: z.literal(0.5),
    types: z.array(leaveTypeSchema).min(1),
    annualLeave: annualLeaveSchema,
    approval: approvalSchema,
    overtime: overtimeSchema,
    meetings: meetingsSchema,
    overlapClause: clauseSchema,
    pastDateClause: clauseSchema,
    returnClause: clauseSchema,
    nudge: z.strictObject({
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      afterWorkingDays: z.int().positive(),
    }),
    requestLimits: requestLimitsSchema.prefault({}),
    stall: stallSchema.prefault({}),
    whoIsOut: whoIsOutSchema.prefault({}),
    yearEnd: yearEndSchema.prefault({}),
    changes: changesSchema.prefault({}),
  })
  .superRefine((rules, ctx) => {
    const keys = new Set<string>();
    rules.types.forEach((t, i) => {
      if (keys.has(t.key))
        ctx.addIssue({ code: 'custom', path: ['types', i, 'key'], message: `"${t.key}" is used twice` });
      keys.add(t.key);
    });
    const words = new Map<string, string>();
    rules.types.forEach((t, i) => {
      for (const w of [t.name, ...t.aliases]) {
        const other = words.get(w);
        if (other && other !== t.key)
          ctx.addIssue({ code: 'custom', path: ['types', i, 'aliases'], message: `"${w}" already names "${other}"` });
        words.set(w, t.key);
      }
    });
    const needKey = (key: string, path: (string | number)[]) => {
      if (!keys.has(key)) ctx.addIssue({ code: 'custom', path, message: `no leave type has key "${key}"` });
    };
    needKey(rules.annualLeave.typeKey, ['annualLeave', 'typeKey']);
    needKey(rules.annualLeave.forfeiture.personalTypeKey, ['annualLeave', 'forfeiture', 'personalTypeKey']);
    needKey(rules.annualLeave.forfeiture.sickTypeKey, ['annualLeave', 'forfeiture', 'sickTypeKey']);
    needKey(rules.overtime.compTypeKey, ['overtime', 'compTypeKey']);
    rules.meetings.exemptTypes.forEach((key, i) => needKey(key, ['meetings', 'exemptTypes', i]));
    rules.types.forEach((t, i) =>
      t.notJoinedTo.forEach((j, k) => {
        if (j.what !== 'public-holiday') needKey(j.what, ['types', i, 'notJoinedTo', k, 'what']);
      }),
    );
    const checkBands = (bands: z.infer<typeof chainBand>[], path: (string | number)[]) => {
      bands.forEach((b, i) => {
        const last = i === bands.length - 1;
        if (last !== (b.maxDays === null))
          ctx.addIssue({
            code: 'custom',
            path: [...path, i, 'maxDays'],
            message: 'only the last band has maxDays null',
          });
        const prev = bands[i - 1]?.maxDays;
        if (i > 0 && b.maxDays !== null && prev !== null && prev !== undefined && b.maxDays <= prev) {
          ctx.addIssue({ code: 'custom', path: [...path, i, 'maxDays'], message: 'bands go from fewer days to more' });
        }
      });
    };
    rules.approval.matrix.forEach((row, i) => checkBands(row.bands, ['approval', 'matrix', i, 'bands']));
    checkBands(rules.approval.fallback, ['approval', 'fallback']);
    const sorted = [...rules.annualLeave.tenure].sort((a, b) => a.fromYears - b.fromYears);
    sorted.forEach((b, i) => {
      const next = sorted[i + 1];
      if (next && b.toYears !== next.fromYears) {
        ctx.addIssue({
          code: 'custom',
          path: ['annualLeave', 'tenure'],
          message: `tenure bands must meet: ${b.toYears} then ${next.fromYears}`,
        });
      }
    });
  });

export type LeaveRules = z.infer<typeof leaveRulesSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type LeaveTypeRule = z.infer<typeof leaveTypeSchema>;
export type ApproverRole = z.infer<typeof approverRole>;
export type ChainBand = z.infer<typeof chainBand>;
export type ChainStepRule = z.infer<typeof chainStep>;
export type NoticeRule = z.infer<typeof noticeSchema>;
export type RequestLimits = z.infer<typeof requestLimitsSchema>;
