import { z } from 'zod';
import type { Directory } from '../../data/org/directory.ts';
import type { Staff } from '../../data/org/staff.ts';

/** Whom a notice is for, as HR named it: everyone, or any mix of departments, teams and people. */
/** How a notice to everyone is labelled (and stored). */
export const EVERYONE = '全体同工';

export const audienceSchema = z.object({
  all: z.boolean(),
  departments: z.array(z.string()),
  teams: z.array(z.string()),
  /** Staff ids. */
  people: z.array(z.string()),
});
export type Audience = z.infer<typeof audienceSchema>;

export type AudienceParse =
  | { readonly kind: 'ok'; readonly audience: Audience; readonly label: string }
  | { readonly kind: 'unknown'; readonly names: readonly string[] }
  /** A name two or more people hold: HR is asked which (by id), never one picked. */
  | { readonly kind: 'ambiguous'; readonly name: string; readonly people: readonly Staff[] }
  | { readonly kind: 'none' };

const ALL = /^(全体|全部|所有人|所有同事|所有同工|大家|全员|全机构|全体同工|全体同事|全体员工|全中心|全体人员)$/;
const SEPARATORS = /[、,，;；/\s]+|和|及|以及|与/;

/**
 * "全体", "服务部", "长者服务组、家庭综合组", "郑雨，孙浩", "服务部和何静": each part must be a
 * department, a team or one person of the directory; anything else is reported, never guessed.
 */
export function parseAudience(input: string, directory: Directory): AudienceParse {
  const text = input
    .trim()
    .replace(/^(发给|发送给|通知|给|对象是|对象[:：]?)/, '')
    .replace(/(的|全体)?(同事们?|同工们?|员工|成员|所有人|全体)$/, '')
    .replace(/[。.!！]+$/, '');
  if (ALL.test(text) || ALL.test(input.trim()))
    return { kind: 'ok', audience: { all: true, departments: [], teams: [], people: [] }, label: EVERYONE };
  const parts = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return { kind: 'none' };
  const departments = new Set(directory.departments());
  const teams = new Set(directory.teams());
  const audience: Audience = { all: false, departments: [], teams: [], people: [] };
  const labels: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    if (ALL.test(part))
      return { kind: 'ok', audience: { all: true, departments: [], teams: [], people: [] }, label: EVERYONE };
    if (departments.has(part)) {
      audience.departments.push(part);
      labels.push(part);
      continue;
    }
    if (teams.has(part)) {
      audience.teams.push(part);
      labels.push(part);
      continue;
    }
    const found = directory.matching(part);
    if (found.length > 1) return { kind: 'ambiguous', name: part, people: found };
    const person = found[0];
    if (person) {
      audience.people.push(person.id);
      labels.push(person.name);
    } else unknown.push(part);
  }
  if (unknown.length) return { kind: 'unknown', names: unknown };
  return { kind: 'ok', audience, label: [...new Set(labels)].join('、') };
}

/** The people a notice goes to, in directory order, without the sender (who wrote it). */
export function resolveAudience(audience: Audience, directory: Directory, senderId: string): Staff[] {
  const people = new Set(audience.people);
  const departments = new Set(audience.departments);
  const teams = new Set(audience.teams);
  return directory.all.filter(
    (s) =>
      s.id !== senderId && (audience.all || people.has(s.id) || departments.has(s.department) || teams.has(s.team)),
  );
}
