import { newWorkbook } from './new-workbook.ts';
import { ConfigError, type ConfigProblem } from '../../data/errors.ts';
import type { Directory } from '../../data/org/directory.ts';
import { identityColumn } from '../../data/org/identity-columns.ts';
import { parseStaffCsv } from '../../data/org/parse-staff-csv.ts';
import type { Staff } from '../../data/org/staff.ts';
import { cellText } from './upload-rows.ts';

export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export type ImportPreview =
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] }
  | {
      readonly ok: true;
      readonly csv: string;
      readonly staff: readonly Staff[];
      readonly added: readonly Staff[];
      readonly removed: readonly Staff[];
      readonly changed: readonly { readonly person: Staff; readonly changes: readonly FieldChange[] }[];
    };

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An uploaded directory as staff.csv text: a .csv as it is (BOM dropped), the first sheet
 * of an .xlsx turned into the same columns (date cells become YYYY-MM-DD), so one validator,
 * the bot's own, checks both.
 */
export async function uploadAsCsv(filename: string, data: Buffer): Promise<string> {
  if (!/\.xlsx$/i.test(filename)) return data.toString('utf8').replace(/^\uFEFF/, '');
  const book = await newWorkbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return '';
  const width = sheet.getRow(1).cellCount;
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(csvField(cellText(row.getCell(c).value).trim()));
    if (cells.some((x) => x !== '')) lines.push(cells.join(','));
  });
  return `${lines.join('\n')}\n`;
}

const FIELDS: readonly [string, (s: Staff) => string][] = [
  ['name', (s) => s.name],
  ['roles', (s) => s.roles.join('|')],
  ['team', (s) => s.team],
  ['department', (s) => s.department],
  ['gender', (s) => s.gender],
  ['hire_date', (s) => s.hireDate],
  // The birthday is compared, never shown: the year is private (DOMAIN §7).
  [
    'birthday',
    (s) =>
      s.birthday
        ? `${s.birthday.calendar}:${s.birthday.year}-${s.birthday.month}-${s.birthday.day}:${s.birthday.leapMonth}`
        : '',
  ],
  ['greet_publicly', (s) => String(s.greetPublicly)],
  ['reach_via', (s) => s.reachVia ?? ''],
];

/** The identity columns (`wecom_userid`, …) either version of a person has, compared like the fields above. */
function identityFields(before: Staff, after: Staff): (readonly [string, (s: Staff) => string])[] {
  const channels = [...new Set([...Object.keys(before.identities), ...Object.keys(after.identities)])].sort();
  return channels.map((channel) => [identityColumn(channel), (s: Staff) => s.identities[channel] ?? ''] as const);
}

/** Validates with the bot's own staff.csv parser and compares with the directory in use. */
export function previewImport(csv: string, current: Directory): ImportPreview {
  let staff: Staff[];
  try {
    staff = parseStaffCsv(csv, 'staff.csv');
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problems: error.problems };
    throw error;
  }
  if (!staff.length) return { ok: false, problems: [{ message: 'the file has no staff rows' }] };
  const ids = new Set(staff.map((s) => s.id));
  const added = staff.filter((s) => !current.get(s.id));
  const removed = current.all.filter((s) => !ids.has(s.id));
  const changed = staff.flatMap((s) => {
    const before = current.get(s.id);
    if (!before) return [];
    const fields = [...FIELDS, ...identityFields(before, s)];
    const changes = fields
      .filter(([, get]) => get(before) !== get(s))
      .map(([field, get]) => ({
        field,
        before: field === 'birthday' ? '（已更改）' : get(before),
        after: field === 'birthday' ? '（已更改）' : get(s),
      }));
    return changes.length ? [{ person: s, changes }] : [];
  });
  return { ok: true, csv, staff, added, removed, changed };
}
