import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrg, SAMPLE_ORG_DIR } from '../data/org/load-org.ts';
import { createApp } from './app.ts';
import type { SchedulerHook } from '../scheduler/scheduler-hook.ts';
import { ConsoleChannel } from '../bot/channels/console/console-channel.ts';
import { parseStartOption } from '../bot/channels/console/parse-time-command.ts';
import { ConfigError } from '../data/errors.ts';
import type { Db } from '../data/db/open-database.ts';
import { redactLocation } from '../data/db/database-open-error.ts';
import { OutboxWatermarksRepo } from '../data/repos/outbox-watermarks-repo.ts';
import { OffsetClock } from '../bot/clock.ts';
import { databaseLocation, parseEnv } from '../bot/config/env.ts';
import { loadEnvFile } from './load-env-file.ts';
import { createLogger } from '../bot/logger.ts';
import type { ChannelRoute } from '../bot/outbound/channel-route.ts';
import { describeStartupError } from './startup-error.ts';
import { staffIdRoute } from '../bot/channels/staff-id-route.ts';
import { startMinuteTicker } from '../scheduler/minute-ticker.ts';
import { stepThrough } from '../scheduler/step-through.ts';
import { webBaseUrl } from '../web/web-base-url.ts';
import { startWeb } from './start-web.ts';
import { chatRoutes } from './instance/chat-routes.ts';

/**
 * `npm start`: the composition root. With no channel configured it opens the terminal chat
 * on the bundled sample organisation and a local SQLite file: no account, key or server.
 * With ORGS_DIR it serves every organisation folder in it instead (app/serve-many-orgs.ts).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { org: { type: 'string' }, db: { type: 'string' }, as: { type: 'string' }, start: { type: 'string' } },
  });
  loadEnvFile();
  const env = parseEnv(process.env);
  // ORGS_DIR: one process serves every organisation folder in it (docs/deploy.md §3); `--org` still picks one.
  if (env.ORGS_DIR && values.org === undefined)
    return (await import('./serve-many-orgs.ts')).serveManyOrgs(env, values);
  const wantsWechaty = Boolean(env.WECHATY_PUPPET);
  const wantsWecom = Boolean(env.WECOM_BOT_ID);
  const wantsConsole = env.TONGGONG_CONSOLE || (!wantsWechaty && !wantsWecom);
  // In the terminal the chat owns stdout; only warnings reach stderr unless asked otherwise.
  const log = createLogger(wantsConsole && !process.env.LOG_LEVEL ? 'warn' : env.LOG_LEVEL);
  const orgDir = values.org ?? env.TONGGONG_ORG_DIR ?? SAMPLE_ORG_DIR;
  const org = loadOrg(orgDir);
  const clock = new OffsetClock();
  const start = values.start === undefined ? undefined : parseStartOption(values.start);
  if (values.start !== undefined && !start) {
    const message = `"${values.start}" is not a time: write 2026-12-24T09:00 (Beijing) or 2026-12-24T09:00:00+08:00`;
    throw new ConfigError('--start', [{ message }]);
  }
  // The terminal chat at a chosen simulated time (it then runs on like a wall clock).
  if (start) clock.set(start);
  // The model's client (the openai package) loads only when a model is configured.
  const answerer = env.OPENAI_API_KEY
    ? new (await import('../bot/llm/openai-compatible-answerer.ts')).OpenAiCompatibleAnswerer({
        apiKey: env.OPENAI_API_KEY,
        baseUrl: env.OPENAI_BASE_URL,
        model: env.OPENAI_MODEL,
      })
    : undefined;

  const chat = await chatRoutes(
    {
      ...(wantsWecom
        ? { wecom: { botId: env.WECOM_BOT_ID!, secret: env.WECOM_BOT_SECRET!, wsUrl: env.WECOM_WS_URL } }
        : {}),
      ...(wantsWechaty
        ? { wechaty: { puppet: env.WECHATY_PUPPET!, token: env.WECHATY_PUPPET_SERVICE_TOKEN, name: env.WECHATY_NAME } }
        : {}),
    },
    log,
    clock,
  );

  const webListen = { host: env.WEB_HOST, port: env.WEB_PORT };
  const baseUrl = webBaseUrl(webListen, env.WEB_BASE_URL);
  let shutdown = async () => {};
  // `/time` in the terminal: run what falls due on the way, each at its own time.
  let lastRun = clock.now();
  let onTimeChanged = async (_to: Date) => {};
  let terminal: ConsoleChannel | undefined;
  const app = await createApp({
    orgDir,
    org,
    dbPath: databaseLocation(values.db, env),
    clock,
    log,
    answerer,
    llm: { timeoutMs: env.LLM_TIMEOUT_MS, callsPerHour: env.LLM_CALLS_PER_HOUR },
    // With the console off, 「登录后台」 says so rather than hand out a link to nothing.
    webBaseUrl: env.WEB_ENABLED ? baseUrl : null,
    // Always ready for a second instance on the same database: the accounts connect under a lease.
    shared: {},
    scheduling: {
      paused: env.SCHEDULER_PAUSED,
      pace: {
        perMinute: (channel) => ({ wechaty: env.PACE_WECHATY_PER_MINUTE, wecom: env.PACE_WECOM_PER_MINUTE })[channel],
        jitterMs: env.PACE_JITTER_MS,
      },
    },
    routes: ({ bindings, store }) => {
      const routes: ChannelRoute[] = [];
      if (wantsConsole) {
        const console = (terminal = new ConsoleChannel({
          directory: () => store.org.directory,
          clock,
          startAs: values.as ?? 'S011',
          roomNames: (id) => (id === store.org.info.staffGroup.id ? store.org.info.staffGroup.name : undefined),
          onQuit: () => void shutdown(),
          onTimeChanged: (to) => onTimeChanged(to),
        }));
        routes.push(staffIdRoute(console));
      }
      routes.push(...chat({ bindings, store }));
      return routes;
    },
  });
  if (start) await refuseToGoBack(app.db, start, databaseLocation(values.db, env));
  let stopTicker = async () => {};
  let stopWeb = async () => {};
  shutdown = async () => {
    await stopTicker();
    await stopWeb();
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  app.store.watch();
  await app.start();
  // The web console after the chat: the terminal's prompt comes first, and its modules load after.
  const web = await startWeb({
    parts: { db: app.db, store: app.store, messenger: app.messenger, schedulerSwitch: app.schedulerSwitch },
    org: { id: basename(resolve(orgDir)), db: app.db, lease: app.lease, messages: () => app.messages },
    enabled: env.WEB_ENABLED,
    listen: webListen,
    baseUrl,
    metricsToken: env.METRICS_TOKEN,
    clock,
    log,
  });
  stopWeb = web.stop;
  if (web.banner && terminal) terminal.notice(web.banner);
  else if (web.banner) process.stdout.write(`${web.banner}\n`);
  // Reminders, greetings and scheduled notices: every minute, in Asia/Shanghai whatever TZ says.
  const scheduler: SchedulerHook = {
    nextDue: (after) => app.scheduler.nextDue(after),
    runDue: (now) => {
      lastRun = now;
      return app.scheduler.runDue(now);
    },
  };
  onTimeChanged = (to) => stepThrough(scheduler, clock, lastRun < to ? lastRun : to, to);
  stopTicker = startMinuteTicker(scheduler, clock, log);
  if (env.SCHEDULER_PAUSED) log.warn('SCHEDULER_PAUSED is set: no scheduled sends until it is unset');
  log.info({ channels: app.channels.map((c) => c.name), org: app.store.org.info.name }, 'tonggong started');
}

/**
 * A database that has already run past `--start` would silently skip everything due in between
 * (those occurrences are behind its watermarks): refuse, as `/time` refuses to go back.
 */
async function refuseToGoBack(db: Db, start: Date, path: string): Promise<void> {
  const latest = await new OutboxWatermarksRepo(db).latest();
  if (latest && latest.getTime() > start.getTime() + 1) {
    await db.destroy();
    const message =
      `the database ${redactLocation(path)} has already run until ${latest.toISOString()}; ` +
      'to start earlier, use another --db file (e.g. --db var/try.db)';
    throw new ConfigError('--start', [{ message }]);
  }
}

main().catch((error) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
});
