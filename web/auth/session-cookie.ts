/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it). */
export const SESSION_COOKIE = 'tonggong_session';

/** A console session lasts a working day; the person asks the bot for a new link after that. */
export const SESSION_TTL_MS = 10 * 60 * 60 * 1000;

export function sessionCookieOptions(baseUrl: string, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: baseUrl.startsWith('https:'),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}
