export type {
  ConversationContext,
  Fields,
  FlowStep,
  Intent,
  KnownPerson,
  LeaveDraft,
  LeaveFields,
  OvertimeDraft,
  PendingApproval,
  Reading,
  Understanding,
  UnderstandingEnv,
  Waiting,
} from './types.ts';
export { readRejectReply } from './flow-steps.ts';
export { ASK_BELOW, asksNothing, understand } from './understand.ts';
