import type { Directory } from '../../data/org/directory.ts';
import type { BindingSettings } from '../../data/org/binding-settings.ts';
import { hasRole } from '../../data/org/staff.ts';
import type { Logger } from '../logger.ts';
import type { IncomingMessage, Outgoing } from '../../data/message.ts';
import type { Messenger } from '../outbound/messenger.ts';
import { readCodeAttempt } from './bind-code-text.ts';
import type { BindingService } from './binding-service.ts';
import { identityText } from './messages.ts';

export interface UnknownSenderDeps {
  readonly binding: BindingService;
  readonly messenger: Messenger;
  readonly log: Logger;
  readonly directory: () => Directory;
  readonly org: () => { name: string; hrContact: string; binding: BindingSettings };
}

/**
 * Someone the directory doesn't know: a short reply on how to register, or a binding code
 * tried under the limits of BindingService. A binding is told to the person (in the new chat,
 * and in the chat they were bound on before) and to HR; a pause caused by guessing alerts HR.
 */
export async function answerUnknownSender(
  deps: UnknownSenderDeps,
  message: IncomingMessage,
  text: string,
  now: Date,
  replyHere: (o: Outgoing) => Promise<void>,
): Promise<void> {
  const org = deps.org();
  if (!message.isDirect) return replyHere(identityText.unknownInGroup);
  const code = readCodeAttempt(text);
  if (!code) return replyHere(identityText.unknownSender(org.name, org.hrContact));
  const result = await deps.binding.attempt(message.channel, message.senderId, code, now);
  switch (result.kind) {
    case 'silenced':
      deps.log.warn({ channel: message.channel }, 'binding code ignored: too many wrong codes from this contact');
      return;
    case 'paused':
      return replyHere(identityText.paused(result.until, org.hrContact));
    case 'bound': {
      const person = deps.directory().get(result.staffId);
      const name = person?.name ?? result.staffId;
      deps.log.info({ channel: message.channel, staff: result.staffId }, 'chat identity bound');
      await replyHere(identityText.bound(name, result.staffId, org.hrContact));
      if (result.previousExternalId) {
        const old = { channel: message.channel, chatId: result.previousExternalId, isDirect: true };
        const text = identityText.movedAway(name, result.staffId, org.hrContact);
        await deliver(deps, () => deps.messenger.send(old, text));
      }
      return toHr(deps, identityText.hrBound(name, result.staffId, person?.team ?? '', now), result.staffId);
    }
    case 'refused': {
      deps.log.warn({ channel: message.channel, reason: result.reason }, 'binding code refused');
      const expired = identityText.codeExpired(org.binding.codeLifetimeHours);
      const why = { unknown: identityText.codeUnknown, used: identityText.codeUsed, expired }[result.reason];
      await replyHere(result.lastTry ? `${why}\n${identityText.lastTry}` : why);
      if (result.pausedUntil && result.alertHr) {
        await toHr(deps, identityText.hrPaused(org.binding.failuresPerHour, result.pausedUntil));
      }
      return;
    }
  }
}

async function toHr(deps: UnknownSenderDeps, text: string, except?: string): Promise<void> {
  for (const hr of deps.directory().all.filter((s) => hasRole(s, 'hr') && s.id !== except)) {
    await deliver(deps, () => deps.messenger.send({ staffId: hr.id }, text));
  }
}

/** A notice nobody can receive is logged; it never undoes the binding. */
async function deliver(deps: UnknownSenderDeps, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    deps.log.warn({ err: error }, 'binding notice not delivered');
  }
}
