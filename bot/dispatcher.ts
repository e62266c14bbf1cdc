import type { Directory } from '../data/org/directory.ts';
import type { Staff } from '../data/org/staff.ts';
import type { BindingSettings } from '../data/org/binding-settings.ts';
import type { ProcessedMessagesRepo } from '../data/repos/processed-messages-repo.ts';
import type { Clock } from './clock.ts';
import type { Context } from './context.ts';
import type { ConversationEngine } from './conversation/conversation-engine.ts';
import { dispatcherText } from './dispatcher-messages.ts';
import type { Handler } from './handler.ts';
import { matched } from './triggers.ts';
import type { BindingService } from './identity/binding-service.ts';
import type { IdentityResolver } from './identity/identity-resolver.ts';
import { answerUnknownSender } from './identity/unknown-sender.ts';
import type { Logger } from './logger.ts';
import type { IncomingMessage, Outgoing, Recipient } from '../data/message.ts';
import type { Messenger } from './outbound/messenger.ts';

/** Longer messages are refused: nobody asks a policy question in 2,000 characters. */
export const MAX_TEXT_LENGTH = 2000;

export interface DispatcherDeps {
  readonly handlers: readonly Handler[];
  readonly engine: ConversationEngine;
  readonly identity: IdentityResolver;
  readonly binding: BindingService;
  readonly processed: ProcessedMessagesRepo;
  readonly messenger: Messenger;
  readonly clock: Clock;
  readonly log: Logger;
  readonly directory: () => Directory;
  readonly org: () => { name: string; hrContact: string; binding: BindingSettings };
  /**
   * One message at a time per person, across every instance on the database (issue 15): two
   * messages from one person at two instances must not both move the same conversation on.
   */
  readonly turns?: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
}

/**
 * Takes every incoming message, from any channel, to the right place. Safe defaults (Bolt's
 * `ignoreSelf`): the bot's own messages and duplicate ids are dropped, groups are answered
 * only when the bot is mentioned, and a person's active conversation comes before new
 * triggers. A failing handler gets the person an apology and never stops the process.
 */
export class Dispatcher {
  constructor(private readonly deps: DispatcherDeps) {}

  async dispatch(message: IncomingMessage): Promise<void> {
    const { log } = this.deps;
    if (message.isSelf) return;
    if (!message.isDirect && !message.mentionsBot) return;
    const now = this.deps.clock.now();
    try {
      // Marked before handling, on purpose: a redelivered 「同意 12」 or 「确认」 must never act
      // twice. The price is that a message in hand when the process dies gets no answer.
      if (!(await this.deps.processed.markNew(message.channel, message.id, now))) {
        log.info({ channel: message.channel, msgId: message.id }, 'duplicate message dropped');
        return;
      }
      const person = await this.deps.identity.resolve(message);
      const key = person ? `staff:${person.id}` : `chat:${message.channel}:${message.chatId}`;
      const handle = () => this.handle(message, person, now);
      await (this.deps.turns ? this.deps.turns.run(key, handle) : handle());
    } catch (error) {
      await this.fail(message, error);
    }
  }

  /** The message once its sender is known: the turn of that person (when turns are on). */
  private async handle(message: IncomingMessage, person: Staff | undefined, now: Date): Promise<void> {
    const { log } = this.deps;
    log.info(
      {
        channel: message.channel,
        msgId: message.id,
        kind: message.kind,
        length: message.text.length,
        direct: message.isDirect,
        staff: person?.id ?? null,
      },
      'message received',
    );
    log.debug({ msgId: message.id, text: message.text }, 'message text');
    const replyHere = (out: Outgoing) =>
      this.deps.messenger.send({ channel: message.channel, chatId: message.chatId, isDirect: message.isDirect }, out, {
        replyTo: message,
      });

    if (!person) return await answerUnknownSender(this.deps, message, normalise(message.text), now, replyHere);

    if (message.kind !== 'text' && !message.action) {
      if (message.isDirect) await replyHere(dispatcherText.onlyText);
      return;
    }
    const text = normalise(message.text);
    if (!text && !message.action) return await replyHere(dispatcherText.empty);
    if (text.length > MAX_TEXT_LENGTH) return await replyHere(dispatcherText.tooLong(text.length, MAX_TEXT_LENGTH));

    const ctx = this.context(message, person, text, now, replyHere);
    await this.route(ctx);
  }

  private async route(ctx: Context): Promise<void> {
    // A 👍/👎 rates an earlier reply: it is no answer to whatever conversation is open.
    const flow = ctx.message.isDirect && !ctx.message.feedback ? await this.deps.engine.handle(ctx) : undefined;
    if (flow?.taken) return;
    await this.runHandlers(ctx);
    for (const note of flow?.after ?? []) await ctx.reply(note);
  }

  private async runHandlers(ctx: Context): Promise<void> {
    for (const handler of this.deps.handlers) {
      const match = handler.trigger(ctx);
      if (!matched(match)) continue;
      if (handler.guard && !handler.guard.allows(ctx)) {
        ctx.log.info({ handler: handler.name }, 'refused by the guard');
        await ctx.reply(handler.guard.refusal);
        return;
      }
      ctx.log.info({ handler: handler.name }, 'handling');
      await handler.handle(ctx, match);
      return;
    }
  }

  private context(
    message: IncomingMessage,
    person: Staff,
    text: string,
    now: Date,
    replyHere: (o: Outgoing) => Promise<void>,
  ): Context {
    const { engine, messenger, clock } = this.deps;
    const log = this.deps.log.child({ msgId: message.id, staff: person.id });
    const here = { channel: message.channel, chatId: message.chatId, isDirect: message.isDirect };
    // Every send made while taking a message up says so: the channel may answer on the message's
    // own callback when the send goes back to its chat, and updates a pressed card wherever it goes.
    const replyTo = { replyTo: message };
    const replyPrivately = (out: Outgoing) =>
      message.isDirect ? replyHere(out) : messenger.send({ staffId: person.id }, out, replyTo);
    const ctx: Context = {
      message,
      text,
      person,
      now,
      clock,
      log,
      reply: replyHere,
      replyStream: (parts, options) => messenger.stream(here, parts, { ...options, replyTo: message }),
      replyPrivately,
      send: (to: Recipient, out: Outgoing) => messenger.send(to, out, replyTo),
      conversation: {
        start: (flow, position, replies) => engine.start(ctx, flow, position, replies),
        active: () => engine.active(person.id, now),
        end: () => engine.end(person.id),
      },
    };
    return ctx;
  }

  private async fail(message: IncomingMessage, error: unknown): Promise<void> {
    this.deps.log.error({ err: error, channel: message.channel, msgId: message.id }, 'handler failed');
    try {
      const chat = { channel: message.channel, chatId: message.chatId, isDirect: message.isDirect };
      await this.deps.messenger.send(chat, dispatcherText.internalError, { replyTo: message });
    } catch (sendError) {
      this.deps.log.error({ err: sendError, msgId: message.id }, 'could not send the apology');
    }
  }
}

/** Trims, folds full-width spaces and runs of spaces; keeps line breaks (a notice has paragraphs). */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u3000\t ]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
