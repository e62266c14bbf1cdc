import type { Directory } from '../../data/org/directory.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import type { DeadlineInstance } from './deadline-instances.ts';

/** Who must hand in for this instance: anyone holding one of the roles, hired by the end of the period. */
export function audienceOf(instance: DeadlineInstance, directory: Directory): Staff[] {
  return directory.all.filter((s) => isInAudience(instance, s));
}

/**
 * Someone hired after the period has nothing to hand in for it (孙浩, hired 1 April, owes no
 * March documents); someone hired during it does, for the part they worked.
 */
export function isInAudience(instance: DeadlineInstance, person: Staff): boolean {
  const hiredBy = instance.periodEnd < instance.dueDate ? instance.periodEnd : instance.dueDate;
  return instance.deadline.roles.some((r) => hasRole(person, r)) && person.hireDate <= hiredBy;
}

type Level = NonNullable<DeadlineInstance['deadline']['summaryTo']>;

/**
 * Who gets the list of a person's missing hand-in (never the person themself). A lead is never
 * listed to a fellow lead: a lead's own items, like those of someone whose team has no lead,
 * go one level up — to the department head, or HR when the department has none (or it is the
 * head's own). Nobody with a missing item goes unreported while HR exists.
 */
export function summaryRecipientsFor(instance: DeadlineInstance, person: Staff, directory: Directory): Staff[] {
  const level = instance.deadline.summaryTo;
  return level === undefined ? [] : recipientsAt(level, person, directory);
}

function recipientsAt(level: Level, person: Staff, directory: Directory): Staff[] {
  if (level === 'team_lead') {
    const isLead = hasRole(person, 'team_lead') || hasRole(person, 'project_lead');
    const lead = isLead
      ? undefined
      : (directory.leadOf(person.team, 'team_lead') ?? directory.leadOf(person.team, 'project_lead'));
    return lead !== undefined && lead.id !== person.id ? [lead] : recipientsAt('dept_head', person, directory);
  }
  if (level === 'dept_head') {
    const head = directory.headOf(person.department);
    return head !== undefined && head.id !== person.id ? [head] : recipientsAt('hr', person, directory);
  }
  return directory.withRole('hr').filter((s) => s.id !== person.id);
}
