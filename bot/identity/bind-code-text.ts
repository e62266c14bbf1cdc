import { CODE_DIGITS } from '../../data/repos/bindings-repo.ts';

/** 「123456789012」「1234 5678 9012」「绑定：1234-5678-9012」: digits, grouped any way, after an optional 绑定(码). */
const ATTEMPT = /^(?:绑定码?\s*[:：]?\s*)?([\d][\d\s-]*[\d])$/;

/**
 * The digits of a message that tries a binding code, or undefined when it doesn't look like
 * one. Any run of 6–14 digits counts as a try (an old six-digit code, a mistyped one), so
 * every guess is counted; only twelve digits can match a code.
 */
export function readCodeAttempt(text: string): string | undefined {
  const digits = ATTEMPT.exec(text.trim())?.[1]?.replace(/[\s-]/g, '');
  return digits && digits.length >= 6 && digits.length <= 14 ? digits : undefined;
}

/** How a code is shown: groups of four, easy to read out and type. */
export function formatBindCode(code: string): string {
  return code.length === CODE_DIGITS ? (code.match(/\d{4}/g) ?? [code]).join(' ') : code;
}
