import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, newToken } from '../../handlers/web-login/login-link.ts';
import { consoleScope } from '../../handlers/web-login/console-scope.ts';
import { html } from '../html/html.ts';
import { messagePage } from '../html/layout.ts';
import { webText } from '../messages.ts';
import type { WebDeps } from '../web-deps.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, sessionCookieOptions } from './session-cookie.ts';

/** A token is 43 URL-safe characters; anything else is not worth a database look-up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The one-time link. GET only shows a button: chat apps fetch links for previews, and a
 * preview must not use up someone's link. POST uses it (once) and starts the session.
 * Both are rate-limited per address.
 */
export function loginRoutes(app: FastifyInstance, deps: WebDeps): void {
  const limit = { rateLimit: { max: 20, timeWindow: '1 minute' } };
  app.get<{ Params: { token: string } }>('/login/:token', { config: limit }, async (req, reply) => {
    const token = req.params.token;
    const staffId = TOKEN.test(token) ? await deps.auth.peekLink(hashToken(token), deps.clock.now()) : undefined;
    const person = staffId ? deps.org().directory.get(staffId) : undefined;
    if (!person || !consoleScope(person)) return gone(reply);
    const form = html`<form method="post" action="/login/${token}"><button>${webText.linkButton}</button></form>`;
    const text = webText.linkConfirm(person.name);
    return reply.type('text/html').send(messagePage(undefined, webText.linkTitle, text, form));
  });

  app.post<{ Params: { token: string } }>('/login/:token', { config: limit }, async (req, reply) => {
    // No session yet, so no CSRF token: the link's own secret stands in for it. What is left
    // is a login CSRF (another site posting someone's link to sign this browser in as them):
    // a cross-site POST is refused, and the link stays unused.
    if (crossSite(req)) {
      return reply
        .code(403)
        .type('text/html')
        .send(messagePage(undefined, webText.csrfTitle, webText.csrf));
    }
    const token = req.params.token;
    const now = deps.clock.now();
    const staffId = TOKEN.test(token) ? await deps.auth.useLink(hashToken(token), now) : undefined;
    const person = staffId ? deps.org().directory.get(staffId) : undefined;
    if (!person || !consoleScope(person)) return gone(reply);
    const session = newToken();
    await deps.auth.addSession(hashToken(session), person.id, now, new Date(now.getTime() + SESSION_TTL_MS));
    reply.setCookie(SESSION_COOKIE, session, sessionCookieOptions(deps.baseUrl, SESSION_TTL_MS / 1000));
    return reply.redirect('/', 303);
  });

  app.post('/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await deps.auth.endSession(hashToken(token), deps.clock.now());
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps.baseUrl));
    return reply.type('text/html').send(messagePage(undefined, webText.loggedOutTitle, webText.loggedOut));
  });
}

/** The link was used, has expired, or was never one. */
function gone(reply: FastifyReply) {
  return reply
    .code(410)
    .type('text/html')
    .send(messagePage(undefined, webText.linkBadTitle, webText.linkBad));
}

/**
 * Whether the browser says the form came from another site: Sec-Fetch-Site (every current
 * browser sends it), else an Origin whose host is not the one asked for.
 */
function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}
