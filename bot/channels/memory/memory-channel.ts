import { randomUUID } from 'node:crypto';
import type { Channel } from '../../channel.ts';
import type { ChannelAddress, IncomingMessage, OutgoingMessage } from '../../../data/message.ts';

export interface SentMessage {
  readonly to: ChannelAddress;
  readonly message: OutgoingMessage;
  readonly at: Date;
}

/**
 * An in-process channel whose sender ids are staff ids: the `simulate` harness, the
 * terminal and the tests drive the real dispatcher through it and read what was sent.
 */
export class MemoryChannel implements Channel {
  readonly sent: SentMessage[] = [];
  private handler: ((m: IncomingMessage) => Promise<void>) | undefined;
  /** Unique per run, so a second run on the same database (a restart) isn't taken for redeliveries. */
  private readonly run = randomUUID().slice(0, 8);
  private counter = 0;
  /** Addresses whose sends fail, to test retries. */
  readonly failing = new Set<string>();

  constructor(
    readonly name: string = 'memory',
    private readonly now: () => Date = () => new Date(),
    private readonly onSend?: (sent: SentMessage) => void,
  ) {}

  async start(onMessage: (m: IncomingMessage) => Promise<void>): Promise<void> {
    this.handler = onMessage;
  }

  async stop(): Promise<void> {
    this.handler = undefined;
  }

  async send(to: ChannelAddress, message: OutgoingMessage): Promise<void> {
    if (this.failing.has(to.chatId)) throw new Error(`send to ${to.chatId} failed (simulated)`);
    const sent = { to, message, at: this.now() };
    this.sent.push(sent);
    this.onSend?.(sent);
  }

  /** Delivers a message as if `from` typed it; resolves when the bot has finished with it. */
  async receive(input: Partial<IncomingMessage> & { from: string; text?: string }): Promise<void> {
    if (!this.handler) throw new Error('channel not started');
    const room = input.chatId && input.isDirect === false ? input.chatId : undefined;
    const message: IncomingMessage = {
      id: input.id ?? `${this.name}-${this.run}-${++this.counter}`,
      channel: this.name,
      senderId: input.from,
      chatId: room ?? input.from,
      isDirect: !room,
      mentionsBot: room ? (input.mentionsBot ?? false) : true,
      isSelf: input.isSelf ?? false,
      kind: input.kind ?? 'text',
      text: input.text ?? '',
      receivedAt: input.receivedAt ?? this.now(),
      ...(input.action ? { action: input.action } : {}),
    };
    await this.handler(message);
  }

  /** Everything sent since the last call. */
  take(): SentMessage[] {
    return this.sent.splice(0, this.sent.length);
  }
}
