import type { Org } from '../../data/org/load-org.ts';
import { hasRole } from '../../data/org/staff.ts';

/**
 * Who gets HR's copy (备案) of a request or decision at once, by org.json's `hrCopies`:
 * nobody in `digest` mode (the daily digest lists it), the inbox officer in `inbox` mode,
 * every HR officer in `every-hr` mode. `except`: people who already know (the applicant).
 */
export function hrCopyRecipients(org: Org, except: readonly string[]): string[] {
  const copies = org.info.hrCopies;
  if (copies.mode === 'digest') return [];
  return copies.mode === 'inbox' ? inboxOr(org, copies.staffId, except) : allHr(org, except);
}

/** Who hears an urgent HR matter at once: the inbox officer in `inbox` mode, else every HR officer. */
export function urgentHrRecipients(org: Org, except: readonly string[]): string[] {
  const copies = org.info.hrCopies;
  return copies.mode === 'inbox' ? inboxOr(org, copies.staffId, except) : allHr(org, except);
}

function allHr(org: Org, except: readonly string[]): string[] {
  return org.directory.all.filter((s) => hasRole(s, 'hr') && !except.includes(s.id)).map((s) => s.id);
}

/** The inbox officer; when the matter is their own, the other HR officers instead. */
function inboxOr(org: Org, inbox: string, except: readonly string[]): string[] {
  return except.includes(inbox) || !org.directory.get(inbox) ? allHr(org, except) : [inbox];
}
