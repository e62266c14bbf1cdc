import { loadOrg } from '../../../data/org/load-org.ts';
import { shanghaiDate } from '../../../data/time/index.ts';
import { understand, type ConversationContext, type UnderstandingEnv } from '../../../handlers/understanding/index.ts';

/** The writers' sets' clock, shared by the tests written from them: Tuesday 8 December 2026, 10:00 in Shanghai. */
const now = new Date('2026-12-08T10:00:00+08:00');
const org = loadOrg();
export const env: UnderstandingEnv = {
  now,
  today: shanghaiDate(now),
  calendar: org.calendar,
  people: org.directory.all,
};

/** A social worker with nothing open. */
export const idle = { state: 'idle', roles: ['social_worker'] } as ConversationContext;

/** A social worker's leave draft read back to them (dates as strings, as the sets write them). */
export const readBack = (draft: Record<string, string>) =>
  ({ state: 'leave_readback', roles: ['social_worker'], draft }) as ConversationContext;

/** The leave flow asking for one thing (dates, type, reason), a social worker unless roles are given. */
export const asking = (what: string, draft: Record<string, string> = {}, roles: string[] = ['social_worker']) =>
  ({ state: 'leave_ask', asking: what, roles, draft }) as unknown as ConversationContext;

/** An overtime draft read back to someone (a social worker unless roles are given). */
export const overtimeBack = (draft: Record<string, string>, roles: string[] = ['social_worker']) =>
  ({ state: 'overtime_readback', roles, draft }) as unknown as ConversationContext;

/** How a message is read: its intent and fields. */
export const read = (text: string, ctx: ConversationContext) => {
  const u = understand(text, ctx, env);
  return { intent: u.intent, fields: u.fields };
};
