import { parseArgs } from 'node:util';
import { loadOrg } from '../../../data/org/load-org.ts';
import { openDatabase } from '../../../data/db/open-database.ts';
import { WebAuthRepo } from '../../../data/repos/web-auth-repo.ts';
import { consoleScope } from '../../../handlers/web-login/console-scope.ts';
import { issueLoginLink } from '../../../handlers/web-login/login-link.ts';
import { serveWeb } from '../../../web/serve-web.ts';
import { webBaseUrl } from '../../../web/web-base-url.ts';
import { createApp } from '../../app.ts';
import { systemClock } from '../../../bot/clock.ts';
import { createLogger } from '../../../bot/logger.ts';
import { formatDateTime } from '../../../data/time/index.ts';
import { databaseLocation } from '../../../bot/config/env.ts';
import { cliEnv, orgDirFrom, print } from '../cli-context.ts';

/**
 * `tonggong web [--org DIR] [--db PATH] [--port N]`: the web console alone on the bot's data.
 * No chat channel runs here, so the chat messages a decision causes reach people only when
 * the bot itself (`npm start`) is running on the same database; they are logged as unreachable.
 */
export async function webCommand(argv: string[]): Promise<number> {
  const options = { org: { type: 'string' }, db: { type: 'string' }, port: { type: 'string' } } as const;
  const { values } = parseArgs({ args: argv, options });
  const env = cliEnv();
  const port = values.port ? Number(values.port) : env.WEB_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    print('usage: tonggong web [--org DIR] [--db PATH] [--port N]   (--port must be 1–65535)');
    return 2;
  }
  const listen = { host: env.WEB_HOST, port };
  const baseUrl = webBaseUrl(listen, values.port ? undefined : env.WEB_BASE_URL);
  const log = createLogger(env.LOG_LEVEL);
  const orgDir = orgDirFrom(values.org, env);
  const dbPath = databaseLocation(values.db, env);
  const org = loadOrg(orgDir);
  const app = await createApp({ orgDir, org, dbPath, clock: systemClock, log, routes: () => [], webBaseUrl: baseUrl });
  app.store.watch();
  const parts = { db: app.db, store: app.store, messenger: app.messenger, schedulerSwitch: app.schedulerSwitch };
  const web = await serveWeb({ ...parts, clock: systemClock, log, baseUrl }, listen);
  const linkHint = `tonggong login-link <staff id>${values.port ? ` --port ${port}` : ''}`;
  print(`管理后台 web console: ${baseUrl}   (${linkHint} prints a login link; Ctrl+C stops)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await web.close();
  await app.stop();
  return 0;
}

/**
 * `tonggong login-link <staff id> [--port N]`: a one-time console link for HR, a department head
 * or a lead; `--port` for a console started with `tonggong web --port N`.
 */
export async function loginLinkCommand(argv: string[]): Promise<number> {
  const options = { org: { type: 'string' }, db: { type: 'string' }, port: { type: 'string' } } as const;
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  const env = cliEnv();
  const org = loadOrg(orgDirFrom(values.org, env));
  const person = positionals[0] ? org.directory.find(positionals[0]) : undefined;
  if (!person) {
    print(
      'usage: tonggong login-link <staff id> [--org DIR] [--db PATH] [--port N]   ' +
        `(no such person: ${positionals[0] ?? '—'})`,
    );
    return 2;
  }
  if (!consoleScope(person)) {
    print(`${person.name}（${person.id}）is not HR, a department head or a lead: the web console is not for them.`);
    return 1;
  }
  const db = await openDatabase(databaseLocation(values.db, env));
  try {
    const port = values.port ? Number(values.port) : env.WEB_PORT;
    const baseUrl = webBaseUrl({ host: env.WEB_HOST, port }, values.port ? undefined : env.WEB_BASE_URL);
    const { url, expiresAt } = await issueLoginLink(new WebAuthRepo(db), person.id, baseUrl, new Date());
    print(`${person.name}（${person.id}）: ${url}`);
    print(`单次有效，${formatDateTime(expiresAt)}前 / one use, 10 minutes`);
    return 0;
  } finally {
    await db.destroy();
  }
}
