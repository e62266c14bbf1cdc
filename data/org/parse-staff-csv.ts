import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ConfigError, type ConfigProblem } from '../errors.ts';
import { CHANNEL_NAME, channelOfColumn } from './identity-columns.ts';
import { ROLES, type Role, type Staff } from './staff.ts';

/**
 * Every column the bot reads must be in the header, even where its cells may be empty: a
 * renamed column ("birthday" → "生日") would otherwise silently drop the data for everyone.
 * Extra columns (HR's own notes) are allowed and ignored. The per-channel identity columns
 * (`wecom_userid`, …: identity-columns.ts) are read wherever present, none is required: an
 * organisation on personal WeChat alone has none.
 */
const REQUIRED_COLUMNS = [
  'id',
  'name',
  'roles',
  'team',
  'department',
  'gender',
  'hire_date',
  'birthday',
  'birthday_calendar',
  'birthday_leap_month',
  'greet_publicly',
  'reach_via',
] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real date',
  );

const yesNo = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(['', 'yes', 'no', 'true', 'false', '1', '0', '是', '否', 'y', 'n']))
  .transform((s) => !['no', 'false', '0', '否', 'n'].includes(s));

const GENDERS: Record<string, 'female' | 'male'> = {
  女: 'female',
  f: 'female',
  female: 'female',
  男: 'male',
  m: 'male',
  male: 'male',
};

/**
 * Parses the staff directory (CSV, so HR can keep it in Excel; a UTF-8 BOM is accepted).
 * Every problem is reported with the file, the data row (as Excel numbers it: the header is
 * row 1) and the column, all at once, so HR can fix the file in one pass.
 */
export function parseStaffCsv(text: string, file: string): Staff[] {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    throw new ConfigError(file, [{ message: `not readable as CSV: ${(error as Error).message}` }]);
  }
  const problems: ConfigProblem[] = [];
  // An empty directory locks everybody out, HR included, so it is never accepted.
  if (!records.length)
    throw new ConfigError(file, [{ message: 'has no staff rows: the directory would lock everybody out (HR too)' }]);
  const header = Object.keys(records[0]!);
  for (const col of REQUIRED_COLUMNS) {
    if (!header.includes(col)) problems.push({ field: col, message: 'column is missing from the header row' });
  }
  if (problems.length) throw new ConfigError(file, problems);

  const identityColumns = header.flatMap((column) => {
    const channel = channelOfColumn(column);
    return channel ? [{ column, channel }] : [];
  });
  const staff: Staff[] = [];
  const seen = new Map<string, number>();
  /** Per identity column: lower-cased sender id → the row that has it. */
  const seenIdentity = new Map(identityColumns.map(({ column }) => [column, new Map<string, number>()]));
  records.forEach((rec, index) => {
    const row = index + 2;
    const bad = (field: string, message: string) => problems.push({ row, field, message });
    const get = (k: string) => (rec[k] ?? '').trim();

    const id = get('id');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) bad('id', 'must be 1–32 letters, digits, "-" or "_"');
    else if (seen.has(id)) bad('id', `duplicate of row ${seen.get(id)}`);
    else seen.set(id, row);

    const name = get('name');
    if (!name) bad('name', 'is empty');

    const roles: Role[] = [];
    const rawRoles = get('roles')
      .split(/[|;,，、\s]+/)
      .filter(Boolean);
    if (rawRoles.length === 0) bad('roles', `is empty; use one or more of ${ROLES.join(', ')} separated by "|"`);
    for (const r of rawRoles) {
      if ((ROLES as readonly string[]).includes(r)) roles.push(r as Role);
      else bad('roles', `unknown role "${r}"; use one of ${ROLES.join(', ')}`);
    }
    if (!get('team')) bad('team', 'is empty');
    if (!get('department')) bad('department', 'is empty');
    const gender = GENDERS[get('gender').toLowerCase()];
    if (!gender) bad('gender', 'must be 女 or 男 (or F/M)');

    const hire = isoDate.safeParse(get('hire_date'));
    if (!hire.success) bad('hire_date', hire.error.issues[0]?.message ?? 'invalid');

    let birthday: Staff['birthday'] = null;
    const rawBirthday = get('birthday');
    const calendar = get('birthday_calendar') || 'solar';
    if (calendar !== 'solar' && calendar !== 'lunar') bad('birthday_calendar', 'must be solar or lunar');
    const leap = yesNo.safeParse(get('birthday_leap_month') || 'no');
    if (!leap.success) bad('birthday_leap_month', 'must be yes or no');
    if (rawBirthday) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(rawBirthday);
      const month = Number(m?.[2]);
      const day = Number(m?.[3]);
      const valid =
        m &&
        (calendar === 'lunar'
          ? month >= 1 && month <= 12 && day >= 1 && day <= 30
          : isoDate.safeParse(rawBirthday).success);
      if (!valid)
        bad(
          'birthday',
          calendar === 'lunar'
            ? 'must be YYYY-MM-DD with a lunar month 1–12 and day 1–30'
            : 'must be a real date YYYY-MM-DD',
        );
      else
        birthday = {
          year: Number(m[1]),
          month,
          day,
          calendar: calendar as 'solar' | 'lunar',
          leapMonth: leap.success && leap.data,
        };
    }
    const greet = yesNo.safeParse(get('greet_publicly') || 'yes');
    if (!greet.success) bad('greet_publicly', 'must be yes or no');

    const identities: Record<string, string> = {};
    for (const { column, channel } of identityColumns) {
      const senderId = get(column);
      if (!senderId) continue;
      const rows = seenIdentity.get(column)!;
      const key = senderId.toLowerCase();
      if (rows.has(key)) bad(column, `duplicate of row ${rows.get(key)}`);
      else rows.set(key, row);
      identities[channel] = senderId;
    }
    // Any channel's name: which channels run is the deployment's choice, not the directory's.
    const reachVia = get('reach_via') || null;
    if (reachVia && !CHANNEL_NAME.test(reachVia)) bad('reach_via', 'must be a channel name (wecom, wechaty…) or empty');

    staff.push({
      id,
      name,
      roles,
      team: get('team'),
      department: get('department'),
      gender: gender ?? 'female',
      hireDate: get('hire_date'),
      birthday,
      greetPublicly: greet.success ? greet.data : true,
      identities,
      reachVia,
    });
  });
  if (!problems.length && !staff.some((s) => s.roles.includes('hr')))
    problems.push({
      field: 'roles',
      message: 'nobody has the role "hr": at least one HR officer is needed to run the bot',
    });
  if (problems.length) throw new ConfigError(file, problems);
  return staff;
}
