import { generateReqId } from '@wecom/aibot-node-sdk';
import type { ReplyFeedback, SendMsgBody, TemplateCard } from '@wecom/aibot-node-sdk';
import type { StreamOptions } from '../../channel.ts';
import type { Clock } from '../../clock.ts';
import type { ActionOutcome, ChannelAddress, OutgoingMessage } from '../../../data/message.ts';
import { makeTaskId } from './card-keys.ts';
import { DEFAULT_PACING, RecipientPacer, WECOM_LIMITS, type PacingLimits } from './recipient-pacer.ts';
import type { ReplyContext } from './reply-context.ts';
import {
  MAX_MARKDOWN_BYTES,
  MAX_STREAM_BYTES,
  actionCard,
  fitsOnCard,
  outcomeCard,
  splitUtf8,
  toMarkdown,
} from './render-wecom.ts';
import type { WecomChannelLogger, WecomChannelOptions } from './wecom-channel-options.ts';
import type { WecomConnection } from './wecom-connection.ts';
import { streamReply } from './wecom-stream.ts';
import { errorFields, refusal, refusalError } from './wecom-refusal.ts';

/** Card titles kept so an updated card keeps its title; older cards just show the outcome. */
const MAX_REMEMBERED_CARDS = 2_000;

/**
 * Getting one outgoing message to WeCom: as the answer on the callback it replies to (a
 * finished stream, with the first card), else as proactive messages (markdown split to
 * WeCom's size limit, choices as button cards); a pressed card updated with its outcome.
 * Every send to a member goes through the pacer, within WeCom's limits.
 */
export class WecomDelivery {
  private readonly pacer: RecipientPacer;
  private readonly cardTitles = new Map<string, string>();
  private cardCounter = 0;

  constructor(
    private readonly connection: WecomConnection,
    options: WecomChannelOptions,
    private readonly clock: Clock,
    private readonly logger: WecomChannelLogger,
  ) {
    this.pacer = new RecipientPacer(this.pacingLimits(options.pacing), clock, options.sleep);
  }

  /** `context`: the callback being handled that this send answers, if any. */
  async send(to: ChannelAddress, message: OutgoingMessage, context: ReplyContext | undefined): Promise<void> {
    // The outcome names its card, so it applies wherever the answer goes (a group press may be answered privately).
    if (context?.click && message.outcome) await this.updateCard(context, message.outcome);
    const reply = context && context.chatKey === to.chatId.toLowerCase() ? context : undefined;
    if (reply && !reply.click && !reply.answered && this.connection.isCurrent(reply.connection)) {
      reply.answered = true;
      if (await this.respond(reply, to, message)) return;
    }
    await this.sendProactively(to, message);
  }

  /**
   * A reply shown while it is written, on the message callback it answers (see wecom-stream.ts).
   * False when there is none to answer here (not in hand, a click, already answered, another chat
   * or connection): the caller sends the final text instead.
   */
  async stream(
    to: ChannelAddress,
    parts: AsyncIterable<string>,
    context: ReplyContext | undefined,
    options: StreamOptions,
  ): Promise<boolean> {
    const client = this.connection.client;
    if (!client || !context || context.click || context.answered) return false;
    if (context.chatKey !== to.chatId.toLowerCase() || !this.connection.isCurrent(context.connection)) return false;
    context.answered = true;
    const feedback = options.rateable ? feedbackFor(context) : undefined;
    return this.pacer.run(to.chatId, () => streamReply(client, context.frame, parts, feedback, this.logger));
  }

  /**
   * Answers a message callback on its own req_id: the text as a finished stream, with the
   * first card attached. Returns false when WeCom refused the reply (e.g. too late), so the
   * caller sends it proactively instead. A reply lost with the connection is not re-sent:
   * it may have arrived, and nothing is sent twice.
   */
  private async respond(reply: ReplyContext, to: ChannelAddress, message: OutgoingMessage): Promise<boolean> {
    const client = this.connection.client!;
    const [first, ...restOfText] = splitUtf8(toMarkdown(message), MAX_STREAM_BYTES).filter((piece) => piece !== '');
    const [card, ...otherCards] = this.cardsFor(message);
    const feedback = message.rateable ? feedbackFor(reply) : undefined;
    const replied = await this.pacer.run(to.chatId, async () => {
      // The turn may have come after a reconnect; nothing is sent yet, so it is safe to switch.
      if (!this.connection.isCurrent(reply.connection)) return false;
      try {
        if (first === undefined && card) await client.replyTemplateCard(reply.frame, card, feedback);
        else if (card) {
          const streamId = generateReqId('stream');
          const options = { templateCard: card, streamFeedback: feedback };
          await client.replyStreamWithCard(reply.frame, streamId, first ?? '', true, options);
        } else await client.replyStream(reply.frame, generateReqId('stream'), first ?? '', true, undefined, feedback);
        return true;
      } catch (error) {
        const refused = refusal(error);
        if (!refused) throw error;
        const fields = { chatId: to.chatId, errcode: refused.errcode, errmsg: refused.errmsg };
        this.logger.warn(fields, 'wecom refused the reply; sending it as a new message');
        return false;
      }
    });
    if (!replied) return false;
    this.logger.debug({ chatId: to.chatId, reqId: reply.frame.headers.req_id }, 'wecom replied');
    for (const piece of restOfText) await this.push(to, { msgtype: 'markdown', markdown: { content: piece } });
    for (const other of otherCards) await this.push(to, { msgtype: 'template_card', template_card: other });
    return true;
  }

  private async sendProactively(to: ChannelAddress, message: OutgoingMessage): Promise<void> {
    if (fitsOnCard(message)) {
      const [card] = this.cardsFor(message, message.text);
      await this.push(to, { msgtype: 'template_card', template_card: card! });
      return;
    }
    for (const piece of splitUtf8(toMarkdown(message), MAX_MARKDOWN_BYTES)) {
      if (piece.trim() !== '') await this.push(to, { msgtype: 'markdown', markdown: { content: piece } });
    }
    for (const card of this.cardsFor(message)) await this.push(to, { msgtype: 'template_card', template_card: card });
  }

  /** One proactive message (`aibot_send_msg`), once the connection is up and the pacer allows. */
  private async push(to: ChannelAddress, body: SendMsgBody): Promise<void> {
    const deliver = async () => {
      try {
        await this.connection.client!.sendMessage(to.chatId, body);
      } catch (error) {
        const refused = refusal(error);
        throw refused ? refusalError(`a message to ${to.chatId}`, refused) : error;
      }
    };
    await this.pacer.run(to.chatId, deliver, () => this.connection.ready());
    this.logger.debug({ chatId: to.chatId, msgtype: body.msgtype }, 'wecom sent');
  }

  /**
   * Shows how a choice ended on the card that was clicked. WeCom accepts this only on the
   * click's own req_id, within 5 seconds; a decision typed as text leaves its card as it is.
   */
  private async updateCard(reply: ReplyContext, outcome: ActionOutcome): Promise<void> {
    const click = reply.click!;
    if (reply.answered || click.pressed.actionId !== outcome.actionId) return;
    if (reply.connection !== this.connection.number) return;
    reply.answered = true;
    const card = outcomeCard(click.taskId, outcome.text, this.cardTitles.get(click.taskId));
    try {
      // Only the clicker's copy changes: in a group, the others still have their own choice to make.
      await this.connection.client!.updateTemplateCard(reply.frame, card, [reply.userid]);
      this.logger.debug({ taskId: click.taskId }, 'wecom card updated');
    } catch (error) {
      // The reply's text still tells the person what happened.
      const refused = refusal(error);
      const why = refused ? { errcode: refused.errcode, errmsg: refused.errmsg } : errorFields(error);
      this.logger.warn({ taskId: click.taskId, ...why }, 'wecom card could not be updated');
    }
  }

  private cardsFor(message: OutgoingMessage, text?: string): TemplateCard[] {
    return (message.actions ?? [])
      .filter((action) => action.options.length > 0)
      .map((action) => {
        const taskId = makeTaskId(action.id, this.clock.now(), ++this.cardCounter);
        this.rememberTitle(taskId, action.title);
        return actionCard(action, taskId, text);
      });
  }

  private rememberTitle(taskId: string, title: string): void {
    this.cardTitles.set(taskId, title);
    if (this.cardTitles.size > MAX_REMEMBERED_CARDS) {
      const oldest = this.cardTitles.keys().next().value;
      if (oldest !== undefined) this.cardTitles.delete(oldest);
    }
  }

  private pacingLimits(requested: Partial<PacingLimits> | undefined): PacingLimits {
    const limits = { ...DEFAULT_PACING, ...requested };
    const capped = {
      ...limits,
      perMinute: Math.min(limits.perMinute, WECOM_LIMITS.perMinute),
      perHour: Math.min(limits.perHour, WECOM_LIMITS.perHour),
    };
    if (capped.perMinute !== limits.perMinute || capped.perHour !== limits.perHour) {
      const caps = `${WECOM_LIMITS.perMinute}/min, ${WECOM_LIMITS.perHour}/h per member`;
      this.logger.warn({ requested: limits, used: capped }, `wecom pacing capped at WeCom's limits (${caps})`);
    }
    return capped;
  }
}

/** A rateable reply carries the id of the message it answers, which WeCom hands back with a 👍/👎. */
function feedbackFor(reply: ReplyContext): ReplyFeedback | undefined {
  return reply.msgId ? { id: reply.msgId } : undefined;
}
