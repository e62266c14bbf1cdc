import { OffsetClock } from '../bot/clock.ts';
import { EnvError, databaseLocation, type Env } from '../bot/config/env.ts';
import { createLogger } from '../bot/logger.ts';
import { OpenAiCompatibleAnswerer } from '../bot/llm/openai-compatible-answerer.ts';
import { processOwner } from '../scheduler/process-owner.ts';
import { OpsMetrics } from '../web/ops/ops-metrics.ts';
import { chatRoutes } from './instance/chat-routes.ts';
import { accountChannels, orgAccounts } from './instance/org-accounts.ts';
import { OrgSupervisor } from './instance/org-supervisor.ts';
import { startOrg } from './instance/start-org.ts';
import { serveOpsOnly } from './serve-ops-only.ts';

/** Settings that mean one organisation: refused with ORGS_DIR rather than applied to every folder. */
function manyOrgsProblems(env: Env, flags: { start?: string; as?: string }): string[] {
  const problems: string[] = [];
  const why = 'ORGS_DIR serves every organisation folder in it';
  if (env.TONGGONG_ORG_DIR) problems.push(`TONGGONG_ORG_DIR is set too: ${why}; unset one of them`);
  for (const name of ['WECOM_BOT_ID', 'WECHATY_PUPPET'] as const) {
    if (env[name])
      problems.push(`${name} is set: with ORGS_DIR each organisation names its accounts in org.json (accounts)`);
  }
  if (env.TONGGONG_CONSOLE)
    problems.push(`TONGGONG_CONSOLE is set: the terminal chat serves one organisation (${why})`);
  if (flags.start || flags.as) problems.push(`--start and --as are for the terminal chat of one organisation (${why})`);
  return problems;
}

/**
 * `npm start` with ORGS_DIR (docs/deploy.md §3): every organisation folder, each its own app,
 * database, account lease, channels and scheduler, under one supervisor; /healthz and /metrics
 * list them all. The web console belongs to one organisation and is not served in this mode.
 */
export async function serveManyOrgs(env: Env, flags: { db?: string; start?: string; as?: string }): Promise<void> {
  const problems = manyOrgsProblems(env, flags);
  if (problems.length) throw new EnvError(problems);
  const log = createLogger(env.LOG_LEVEL);
  const clock = new OffsetClock();
  const owner = processOwner();
  const listen = { host: env.WEB_HOST, port: env.WEB_PORT };
  const answerer = env.OPENAI_API_KEY
    ? new OpenAiCompatibleAnswerer({
        apiKey: env.OPENAI_API_KEY,
        baseUrl: env.OPENAI_BASE_URL,
        model: env.OPENAI_MODEL,
      })
    : undefined;
  const supervisor = new OrgSupervisor({
    orgsDir: env.ORGS_DIR!,
    base: databaseLocation(flags.db, env),
    owner,
    log,
    start: (folder) =>
      startOrg(folder, {
        clock,
        log,
        owner,
        answerer,
        llm: { timeoutMs: env.LLM_TIMEOUT_MS, callsPerHour: env.LLM_CALLS_PER_HOUR },
        // No web console is served in this mode: 「登录后台」 says so rather than hand out a dead link.
        webBaseUrl: null,
        scheduling: {
          paused: env.SCHEDULER_PAUSED,
          pace: {
            perMinute: (c) => ({ wechaty: env.PACE_WECHATY_PER_MINUTE, wecom: env.PACE_WECOM_PER_MINUTE })[c],
            jitterMs: env.PACE_JITTER_MS,
          },
        },
        routes: async (f, org) => {
          const accounts = orgAccounts(f.dir, org.info.accounts);
          return { channels: accountChannels(accounts), routes: await chatRoutes(accounts, log, clock) };
        },
      }),
  });
  await supervisor.start();
  const metrics = new OpsMetrics(() => supervisor.opsOrgs());
  const stopOps = await serveOpsOnly({ metrics, token: env.METRICS_TOKEN }, listen, log);
  const shutdown = async () => {
    await stopOps();
    await supervisor.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  if (env.SCHEDULER_PAUSED) log.warn('SCHEDULER_PAUSED is set: no scheduled sends until it is unset');
  log.info({ orgs: [...supervisor.orgs.keys()], orgsDir: env.ORGS_DIR }, 'tonggong started for many organisations');
}
