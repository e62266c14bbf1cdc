import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Simulation } from '../../app/simulation/simulation.ts';
import { silentLogger } from '../../bot/logger.ts';
import { WebAuthRepo } from '../../data/repos/web-auth-repo.ts';
import { issueLoginLink } from '../../handlers/web-login/login-link.ts';
import { csrfToken } from '../../web/auth/csrf.ts';
import { SESSION_COOKIE } from '../../web/auth/session-cookie.ts';
import { buildWebServer } from '../../web/server.ts';
import { webDeps } from '../../web/web-deps.ts';

export const BASE = 'http://127.0.0.1:3000';

/** The whole bot on the memory channel plus its web console (driven with `inject`, no socket). */
export interface WebKit {
  readonly sim: Simulation;
  readonly web: FastifyInstance;
  close(): Promise<void>;
}

export async function webKit(options: { start?: Date; orgDir?: string } = {}): Promise<WebKit> {
  const sim = await Simulation.create({
    start: options.start ?? new Date('2026-12-01T09:00:00+08:00'),
    ...(options.orgDir ? { orgDir: options.orgDir } : {}),
  });
  const app = sim.app;
  const web = await buildWebServer(
    webDeps({
      db: app.db,
      store: app.store,
      messenger: app.messenger,
      clock: sim.clock,
      log: silentLogger(),
      schedulerSwitch: app.schedulerSwitch,
      baseUrl: BASE,
    }),
  );
  return {
    sim,
    web,
    async close() {
      await web.close();
      await sim.close();
    },
  };
}

/** A fresh one-time link for someone (what 「登录后台」 or `tonggong login-link` hands out). */
export async function linkFor(kit: WebKit, staffId: string): Promise<string> {
  return (await issueLoginLink(new WebAuthRepo(kit.sim.app.db), staffId, BASE, kit.sim.clock.now())).url;
}

/** A signed-in browser: its cookie header and CSRF token. */
export interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

export function cookieFrom(res: LightMyRequestResponse): string | undefined {
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
  return c ? `${SESSION_COOKIE}=${c.value}` : undefined;
}

/** Logs in through a link as a browser would: GET shows the button, POST uses the link. */
export async function login(kit: WebKit, staffId: string): Promise<Session> {
  const path = new URL(await linkFor(kit, staffId)).pathname;
  const res = await kit.web.inject({ method: 'POST', url: path });
  const cookie = cookieFrom(res);
  if (res.statusCode !== 303 || !cookie) throw new Error(`login failed: ${res.statusCode}`);
  return { cookie, csrf: csrfToken(cookie.split('=')[1]!) };
}

export function get(kit: WebKit, s: Session | undefined, url: string) {
  return kit.web.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });
}

export function post(kit: WebKit, s: Session, url: string, form: Record<string, string>, withCsrf = true) {
  const body = new URLSearchParams({ ...form, ...(withCsrf ? { _csrf: s.csrf } : {}) }).toString();
  return kit.web.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body,
  });
}

/** Listens on a free local port (for a real browser); returns the base URL. */
export async function listen(kit: WebKit): Promise<string> {
  await kit.web.listen({ host: '127.0.0.1', port: 0 });
  const address = kit.web.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

/** A one-time link on the listening server. */
export async function browserLinkFor(kit: WebKit, base: string, staffId: string): Promise<string> {
  return (await linkFor(kit, staffId)).replace(BASE, base);
}
