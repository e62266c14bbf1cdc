import type { Org } from '../../data/org/load-org.ts';
import type { Staff } from '../../data/org/staff.ts';
import { inScope, type ConsoleScope } from '../../handlers/web-login/console-scope.ts';

/** The people a viewer may see, in the directory's order. */
export function staffInScope(org: Org, scope: ConsoleScope): Staff[] {
  return org.directory.all.filter((s) => inScope(scope, s));
}

/** The teams a viewer may see, in the directory's order. */
export function teamsInScope(org: Org, scope: ConsoleScope): string[] {
  return [...new Set(staffInScope(org, scope).map((s) => s.team))];
}

/** Whether a staff id is someone the viewer may see (someone who left the directory: HR only). */
export function staffIdInScope(org: Org, scope: ConsoleScope, staffId: string): boolean {
  const s = org.directory.get(staffId);
  return s ? inScope(scope, s) : scope.kind === 'all';
}
