/** The role keys of DOMAIN.md §1. A person may hold several. */
export const ROLES = [
  'social_worker',
  'caregiver',
  'team_lead',
  'project_lead',
  'dept_head',
  'manager',
  'director',
  'hr',
  'supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  social_worker: '社工',
  caregiver: '护工',
  team_lead: '组长',
  project_lead: '项目负责人',
  dept_head: '部长',
  manager: '机构管理人员',
  director: '机构负责人',
  hr: '人力资源',
  supervisor: '督导',
};

export interface Birthday {
  /** As written in the directory. The year is kept for HR's records and never shown. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly calendar: 'solar' | 'lunar';
  /** A lunar birthday in a leap month (闰月); celebrated in the ordinary month (DOMAIN §7). */
  readonly leapMonth: boolean;
}

/** One person in the staff directory. Identity comes only from here, never from a nickname. */
export interface Staff {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly team: string;
  readonly department: string;
  readonly gender: 'female' | 'male';
  /** YYYY-MM-DD */
  readonly hireDate: string;
  readonly birthday: Birthday | null;
  readonly greetPublicly: boolean;
  /**
   * The person's sender id on each channel that lists its users in the directory, by channel
   * name: `{ wecom: 'ZhangMin' }` from the `wecom_userid` column. Compared case-insensitively.
   * Channels that bind contacts with a code (personal WeChat) are not here but in the bindings.
   */
  readonly identities: Readonly<Record<string, string>>;
  /** Which channel reaches this person first for proactive sends (a channel name, or empty for any). */
  readonly reachVia: string | null;
}

export function hasRole(person: Staff, role: Role): boolean {
  return person.roles.includes(role);
}
