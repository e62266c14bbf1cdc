import { createApp, type App } from '../../../../app/app.ts';
import type { Answerer, LlmSettings } from '../../../../bot/answerer.ts';
import { WecomChannel } from '../../../../bot/channels/wecom/wecom-channel.ts';
import { directoryRoute } from '../../../../bot/channels/directory-route.ts';
import { ManualClock } from '../../../../bot/clock.ts';
import { silentLogger } from '../../../../bot/logger.ts';
import { Simulation } from '../../../../app/simulation/simulation.ts';
import { loadOrg, SAMPLE_ORG_DIR, type Org } from '../../../../data/org/load-org.ts';
import { FakeWecomServer, type BotMessage } from '../../../fakes/wecom-server.ts';
import { stepThrough } from '../../../../scheduler/step-through.ts';

export const BOT = { botId: 'aibot-tonggong', secret: 'secret-tonggong' };
/** The staff group's chatid in these tests (the sample org leaves it empty). */
export const STAFF_GROUP_CHAT = 'wrStaffGroup01';

export interface WecomApp {
  readonly app: App;
  readonly server: FakeWecomServer;
  readonly channel: WecomChannel;
  readonly clock: ManualClock;
  close(): Promise<void>;
}

/** The sample organisation, with its staff group on WeCom. */
export function sampleOrgOnWecom(): Org {
  const org = loadOrg(SAMPLE_ORG_DIR);
  const staffGroup = { ...org.info.staffGroup, channels: { ...org.info.staffGroup.channels, wecom: STAFF_GROUP_CHAT } };
  return { ...org, info: { ...org.info, staffGroup } };
}

/**
 * The whole bot (createApp, in-memory SQLite, a manual clock) with WeCom as its only channel,
 * the SDK talking to a fake WeCom server on 127.0.0.1. The pacer waits by moving the clock.
 */
export async function startWecomApp(
  start: Date,
  model: { answerer?: Answerer; llm?: LlmSettings } = {},
): Promise<WecomApp> {
  const clock = new ManualClock(start);
  const org = sampleOrgOnWecom();
  const server = await FakeWecomServer.start({
    ...BOT,
    now: () => clock.now(),
    knownChats: [
      STAFF_GROUP_CHAT,
      ...org.directory.all.flatMap((s) => (s.identities.wecom ? [s.identities.wecom] : [])),
    ],
  });
  const channel = new WecomChannel({
    ...BOT,
    wsUrl: server.url,
    clock,
    reconnectIntervalMs: 20,
    sleep: async (ms) => clock.advance(ms),
  });
  const app = await createApp({
    orgDir: org.dir,
    org,
    dbPath: ':memory:',
    clock,
    log: silentLogger(),
    ...model,
    routes: ({ store }) => [directoryRoute(channel, () => store.org)],
  });
  await app.start();
  return {
    app,
    server,
    channel,
    clock,
    async close() {
      await channel.idle();
      await app.stop();
      await server.close();
    },
  };
}

/**
 * A message's text as the core wrote it: without the hard line breaks WeCom's markdown needs,
 * and with the markup characters the renderer swapped for full-width ones put back.
 */
export function textOf(message: BotMessage): string {
  return message.text
    .replace(/ {2}\n/g, '\n')
    .replace(/[［］＜＞＊｀]/g, (c) => ASCII[c]!)
    .replace(/～～/g, '~~')
    .replace(/^(\s*)＃/gm, '$1#');
}

const ASCII: Record<string, string> = { '［': '[', '］': ']', '＜': '<', '＞': '>', '＊': '*', '｀': '`' };

/** The WeCom userid of a staff member in the sample directory. */
export function userid(app: App, staffId: string): string {
  const id = app.store.org.directory.get(staffId)?.identities.wecom;
  if (!id) throw new Error(`${staffId} has no WeCom userid in the sample directory`);
  return id;
}

/**
 * What the same person gets, turn by turn, saying the same things through the in-memory
 * channel: the reference a WeCom conversation must match (texts only; WeCom shows the
 * choices as cards, the terminal as hints).
 */
export async function repliesInSimulation(staffId: string, script: readonly string[], start: Date): Promise<string[]> {
  const sim = await Simulation.create({ start, org: sampleOrgOnWecom() });
  try {
    const texts: string[] = [];
    for (const text of script) {
      await sim.channel.receive({ from: staffId, text });
      texts.push(
        ...sim.channel
          .take()
          .filter((s) => s.to.chatId === staffId)
          .map((s) => s.message.text),
      );
    }
    return texts;
  } finally {
    await sim.close();
  }
}

/**
 * `staffId` writes each text to the bot directly, one after another; each turn waits for the
 * bot's answer. Returns everything the bot sent them meanwhile.
 */
export async function converse(bot: WecomApp, staffId: string, texts: readonly string[]): Promise<BotMessage[]> {
  const chat = userid(bot.app, staffId);
  const before = bot.server.visible(chat).length;
  for (const text of texts) {
    const seen = bot.server.visible(chat).length;
    bot.server.sendText(chat, text);
    await bot.server.waitUntil(() => bot.server.visible(chat).length > seen, `an answer to "${text}"`);
    await bot.channel.idle();
  }
  return bot.server.visible(chat).slice(before);
}

/** Moves the clock to `to` through every instant the scheduler has something due, running it. */
export async function advanceTo(bot: WecomApp, to: Date): Promise<void> {
  await stepThrough(bot.app.scheduler, bot.clock, bot.clock.now(), to);
}
