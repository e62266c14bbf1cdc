export interface OverrideIssue {
  /** e.g. 'years.2027.holidays[3].date' */
  path: string;
  message: string;
}

/** The organisation's holidays.json is wrong; the message names the file, the entry and the field. */
export class HolidayOverrideError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly OverrideIssue[],
  ) {
    super(issues.map((i) => `${file}: ${i.path === '' ? '(top level)' : i.path}: ${i.message}`).join('\n'));
    this.name = 'HolidayOverrideError';
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
