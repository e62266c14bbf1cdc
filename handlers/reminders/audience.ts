import type { Directory } from '../../data/org/directory.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import type { DeadlineInstance } from './deadline-instances.ts';

/** Who must hand in for this instance: anyone holding one of the roles, hired by the deadline. */
export function audienceOf(instance: DeadlineInstance, directory: Directory): Staff[] {
  return directory.all.filter((s) => isInAudience(instance, s));
}

export function isInAudience(instance: DeadlineInstance, person: Staff): boolean {
  return instance.deadline.roles.some((r) => hasRole(person, r)) && person.hireDate <= instance.dueDate;
}

/** Who gets the list of a person's missing hand-in (never the person themself). */
export function summaryRecipientsFor(instance: DeadlineInstance, person: Staff, directory: Directory): Staff[] {
  const to = instance.deadline.summaryTo;
  const found =
    to === 'team_lead'
      ? [directory.leadOf(person.team, 'team_lead') ?? directory.leadOf(person.team, 'project_lead')]
      : to === 'dept_head'
        ? [directory.headOf(person.department)]
        : to === 'hr'
          ? directory.withRole('hr')
          : [];
  return found.filter((s): s is Staff => s !== undefined && s.id !== person.id);
}
