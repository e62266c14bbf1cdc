import type { Org } from '../../data/org/load-org.ts';
import { SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import type { Answerer, LlmSettings } from '../../bot/answerer.ts';
import { createApp, type App } from '../app.ts';
import { MemoryChannel, type SentMessage } from '../../bot/channels/memory/memory-channel.ts';
import { staffIdRoute } from '../../bot/channels/staff-id-route.ts';
import { renderOutgoingText } from '../../bot/channels/render-actions-as-text.ts';
import { ManualClock } from '../../bot/clock.ts';
import { silentLogger, type Logger } from '../../bot/logger.ts';
import type { ActionPress, MessageKind } from '../../data/message.ts';
import { stepThrough } from '../../scheduler/step-through.ts';
import type { Feature } from '../../handlers/feature.ts';

export interface SimulationOptions {
  readonly orgDir?: string;
  readonly org?: Org;
  readonly dbPath?: string;
  readonly start: Date;
  readonly log?: Logger;
  readonly answerer?: Answerer;
  readonly llm?: LlmSettings;
  /** Where 「登录后台」 links point; null: no web console is served (app.ts). */
  readonly webBaseUrl?: string | null;
  /** The features, in the dispatcher's order; default: every feature (a test may put its own first). */
  readonly features?: readonly Feature[];
}

/** The simulated clock only moves forward: what was due on the way has already run. */
export class ClockBackwardsError extends Error {
  constructor(
    readonly now: Date,
    readonly to: Date,
  ) {
    super(`the clock only moves forward (now ${now.toISOString()}, asked for ${to.toISOString()})`);
    this.name = 'ClockBackwardsError';
  }
}

/** One message the bot sent, as `simulate` prints it. */
export interface SimulatedSend {
  readonly at: string;
  readonly to?: string;
  readonly room?: string;
  readonly text: string;
}

export interface SayOptions {
  readonly room?: string;
  readonly mention?: boolean;
  readonly kind?: MessageKind;
  readonly id?: string;
  readonly action?: ActionPress;
}

/**
 * The whole bot on an in-memory channel and a manual clock: the `simulate` command and the
 * conversation tests both drive it. Sender ids are staff ids.
 */
export class Simulation {
  private constructor(
    readonly app: App,
    readonly channel: MemoryChannel,
    readonly clock: ManualClock,
  ) {}

  static async create(options: SimulationOptions): Promise<Simulation> {
    const clock = new ManualClock(options.start);
    const channel = new MemoryChannel('memory', () => clock.now());
    const app = await createApp({
      orgDir: options.orgDir ?? SAMPLE_ORG_DIR,
      org: options.org,
      dbPath: options.dbPath ?? ':memory:',
      clock,
      log: options.log ?? silentLogger(),
      answerer: options.answerer,
      llm: options.llm,
      webBaseUrl: options.webBaseUrl,
      features: options.features,
      routes: () => [staffIdRoute(channel)],
    });
    await app.start();
    return new Simulation(app, channel, clock);
  }

  /** A person writes to the bot (directly, or in a room); returns what the bot sent meanwhile. */
  async say(from: string, text: string, options: SayOptions = {}): Promise<SimulatedSend[]> {
    await this.channel.receive({
      from,
      text,
      ...(options.room ? { chatId: options.room, isDirect: false, mentionsBot: options.mention ?? false } : {}),
      ...(options.kind ? { kind: options.kind } : {}),
      ...(options.id ? { id: options.id } : {}),
      ...(options.action ? { action: options.action } : {}),
    });
    return this.drain();
  }

  /** Moves the clock forward to `to`, running every job that falls due on the way. */
  async advanceTo(to: Date): Promise<SimulatedSend[]> {
    if (to.getTime() < this.clock.now().getTime()) throw new ClockBackwardsError(this.clock.now(), to);
    // Step the clock through each due instant so every send carries the time it was due.
    await stepThrough(this.app.scheduler, this.clock, this.clock.now(), to);
    return this.drain();
  }

  /** Everything sent since the last call, oldest first. */
  drain(): SimulatedSend[] {
    return this.channel.take().map(toSimulatedSend);
  }

  async close(): Promise<void> {
    await this.app.stop();
  }
}

export function toSimulatedSend(sent: SentMessage): SimulatedSend {
  const text = renderOutgoingText(sent.message);
  return sent.to.isDirect
    ? { at: sent.at.toISOString(), to: sent.to.chatId, text }
    : { at: sent.at.toISOString(), room: sent.to.chatId, text };
}
