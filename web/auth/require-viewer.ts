import type { FastifyReply, FastifyRequest } from 'fastify';
import { consoleScope } from '../../handlers/web-login/console-scope.ts';
import { hashToken } from '../../handlers/web-login/login-link.ts';
import { messagePage } from '../html/layout.ts';
import { webText } from '../messages.ts';
import type { WebDeps } from '../web-deps.ts';
import { csrfMatches, csrfToken } from './csrf.ts';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie.ts';

/** A token is 43 URL-safe characters; anything else is not worth a database look-up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Paths anyone may open: the login link, the stylesheet, the health check, the metrics (METRICS_TOKEN). */
export function isPublic(path: string): boolean {
  return path.startsWith('/login/') || path.startsWith('/static/') || path === '/healthz' || path === '/metrics';
}

/**
 * Runs before every other page: the session must be live, its person still in the directory
 * and still holding a console role (checked on every request, so leaving or losing the role
 * ends the session at once), and every POST must carry the session's CSRF token.
 */
export function requireViewer(deps: WebDeps) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const path = req.url.split('?')[0]!;
    if (isPublic(path)) return;
    const feed = (req.query as Record<string, unknown> | undefined)?.token;
    if (path === '/calendar.ics' && req.method === 'GET' && feed !== undefined) {
      // A calendar app with its owner's secret feed link: the owner's scope, read only.
      const owner = typeof feed === 'string' && TOKEN.test(feed) ? await deps.feeds.owner(hashToken(feed)) : undefined;
      const person = owner ? deps.org().directory.get(owner) : undefined;
      const scope = person ? consoleScope(person) : undefined;
      if (!person || !scope) {
        await reply.code(404).type('text/plain; charset=utf-8').send(webText.feedGone);
        return;
      }
      req.viewer = { person, scope, csrf: '' };
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    const now = deps.clock.now();
    if (!token) {
      await reply
        .code(401)
        .type('text/html')
        .send(messagePage(undefined, webText.signInTitle, webText.signIn));
      return;
    }
    const hash = hashToken(token);
    const staffId = await deps.auth.sessionOwner(hash, now);
    const person = staffId ? deps.org().directory.get(staffId) : undefined;
    const scope = person ? consoleScope(person) : undefined;
    if (!person || !scope) {
      if (staffId) await deps.auth.endSession(hash, now);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps.baseUrl));
      const ended = messagePage(undefined, webText.sessionEndedTitle, webText.sessionEnded);
      await reply.code(401).type('text/html').send(ended);
      return;
    }
    req.viewer = { person, scope, csrf: csrfToken(token) };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const query = (req.query ?? {}) as Record<string, unknown>;
      const given = body._csrf ?? query._csrf ?? req.headers['x-csrf-token'];
      if (!csrfMatches(token, given)) {
        await reply
          .code(403)
          .type('text/html')
          .send(messagePage(req.viewer, webText.csrfTitle, webText.csrf));
      }
    }
  };
}
