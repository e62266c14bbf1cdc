import type { LeaveFlowEnv } from './leave-request-flow.ts';
import { checkLeave, type LeaveCheck } from './rules/check-leave.ts';
import type { LeaveSpan } from './rules/leave-span.ts';

/** The handbook's checks of a draft, for the person asking, today. */
export function checkDraft(env: LeaveFlowEnv, typeKey: string, span: LeaveSpan, extended: boolean): LeaveCheck {
  const rules = env.org.leaveRules!;
  const { calendar, directory } = env.org;
  const draft = { typeKey, span, extended };
  return checkLeave({ rules, calendar, directory, person: env.person, draft, today: env.today, facts: env.facts });
}
