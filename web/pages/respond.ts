import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../auth/viewer.ts';
import { messagePage } from '../html/layout.ts';
import { webText } from '../messages.ts';

export function sendHtml(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** The polite 403: the page exists, it is just not this person's to see. */
export function forbidden(reply: FastifyReply, viewer: Viewer | undefined): FastifyReply {
  return sendHtml(reply, messagePage(viewer, webText.forbiddenTitle, webText.forbidden), 403);
}

export function notFound(reply: FastifyReply, viewer: Viewer | undefined): FastifyReply {
  return sendHtml(reply, messagePage(viewer, webText.notFoundTitle, webText.notFound), 404);
}

/** The signed-in viewer (the session check has run before every page). */
export function viewerOf(req: FastifyRequest): Viewer {
  if (!req.viewer) throw new Error('page reached without a session');
  return req.viewer;
}

/** A query or form value as one trimmed string ('' when absent or repeated). */
export function field(source: unknown, name: string): string {
  const v = (source as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
}
