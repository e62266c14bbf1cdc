import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CSRF token of a session: an HMAC of the session's own secret cookie value, so it needs
 * no storage, differs per session, and can't be computed by a page on another site (which
 * can neither read the HttpOnly cookie nor, with SameSite=Strict, send it).
 */
export function csrfToken(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tonggong-csrf').digest('base64url');
}

export function csrfMatches(sessionToken: string, given: unknown): boolean {
  if (typeof given !== 'string' || !given) return false;
  const want = Buffer.from(csrfToken(sessionToken));
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got);
}
