import { createHash, randomBytes } from 'node:crypto';
import type { WebAuthRepo } from '../../data/repos/web-auth-repo.ts';

/** How long a login link works, and that it works once (issue 14). */
export const LOGIN_LINK_TTL_MS = 10 * 60 * 1000;

/** SHA-256 (hex) of a token: what the database keeps of links and sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh random token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A one-time link to the console for this person, valid ten minutes; only its hash is stored. */
export async function issueLoginLink(
  repo: WebAuthRepo,
  staffId: string,
  baseUrl: string,
  now: Date,
): Promise<{ url: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + LOGIN_LINK_TTL_MS);
  await repo.addLink(hashToken(token), staffId, now, expiresAt);
  return { url: `${baseUrl.replace(/\/+$/, '')}/login/${token}`, expiresAt };
}
