import { hasRole, type Staff } from '../../data/org/staff.ts';

/**
 * What a person may see and manage in the web console (管理后台): HR everything, a
 * department head their department, a team or project lead their team, anyone else nothing.
 * The widest role wins. The one rule: the chat's 「登录后台」, every page and every export ask it.
 */
export type ConsoleScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'department'; readonly department: string }
  | { readonly kind: 'team'; readonly team: string };

export function consoleScope(person: Staff): ConsoleScope | undefined {
  if (hasRole(person, 'hr')) return { kind: 'all' };
  if (hasRole(person, 'dept_head')) return { kind: 'department', department: person.department };
  if (hasRole(person, 'team_lead') || hasRole(person, 'project_lead')) return { kind: 'team', team: person.team };
  return undefined;
}

/** Whether someone (or a request carrying their team and department) lies in the scope. */
export function inScope(scope: ConsoleScope, who: { readonly team: string; readonly department: string }): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'department') return who.department === scope.department;
  return who.team === scope.team;
}
