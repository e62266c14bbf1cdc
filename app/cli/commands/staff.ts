import { parseArgs } from 'node:util';
import { loadOrg } from '../../../data/org/load-org.ts';
import { ROLE_NAMES, type Staff } from '../../../data/org/staff.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

/** `tonggong staff [--org DIR] [--json]`: the directory, for HR. */
export async function staffCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { org: { type: 'string' }, json: { type: 'boolean' } } });
  const org = loadOrg(orgDirFrom(values.org, cliEnv()));
  for (const s of org.directory.all) print(values.json ? JSON.stringify(toJson(s)) : toLine(s));
  return 0;
}

function birthdayText(s: Staff): string {
  if (!s.birthday) return '';
  const b = s.birthday;
  return `${b.year}-${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
}

function toJson(s: Staff) {
  return {
    id: s.id,
    name: s.name,
    roles: s.roles,
    team: s.team,
    department: s.department,
    hireDate: s.hireDate,
    birthday: birthdayText(s) || null,
    birthdayCalendar: s.birthday?.calendar ?? null,
    birthdayLeapMonth: s.birthday?.leapMonth ?? false,
    greetPublicly: s.greetPublicly,
    identities: s.identities,
  };
}

/** How the listing names a channel's id; a channel not named here shows under its own name. */
const CHANNEL_LABELS: Readonly<Record<string, string>> = { wecom: '企微' };

function toLine(s: Staff): string {
  const ids = Object.entries(s.identities).map(([channel, id]) => `${CHANNEL_LABELS[channel] ?? channel} ${id}`);
  const cal = s.birthday
    ? s.birthday.calendar === 'lunar'
      ? `农历${s.birthday.leapMonth ? '(闰)' : ''}`
      : '公历'
    : '';
  return [
    s.id,
    s.name,
    s.roles.map((r) => ROLE_NAMES[r]).join('/'),
    s.team,
    s.department,
    `入职 ${s.hireDate}`,
    `生日 ${birthdayText(s) || '—'} ${cal}`,
    ids.join(' '),
  ].join('\t');
}
