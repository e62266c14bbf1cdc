import { CODE_DIGITS } from '../../data/repos/bindings-repo.ts';

/** 「1234567890」「12345 67890」「绑定：12345-67890」: digits, grouped any way, after an optional 绑定(码). */
const ATTEMPT = /^(?:绑定码?\s*[:：]?\s*)?([\d][\d\s-]*[\d])$/;

/**
 * The digits of a message that tries a binding code, or undefined when it doesn't look like
 * one. Any run of 6–12 digits counts as a try (an old six-digit code, a mistyped one), so
 * every guess is counted; only ten digits can match a code.
 */
export function readCodeAttempt(text: string): string | undefined {
  const digits = ATTEMPT.exec(text.trim())?.[1]?.replace(/[\s-]/g, '');
  return digits && digits.length >= 6 && digits.length <= 12 ? digits : undefined;
}

/** How a code is shown: two groups of five, easy to read out and type. */
export function formatBindCode(code: string): string {
  return code.length === CODE_DIGITS ? `${code.slice(0, 5)} ${code.slice(5)}` : code;
}
