import { normalizeText } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** The number of days in '请三天' / '请假2.5天' / '半天' (0.5); null when none is given. */
export function extractDays(text: string): number | null {
  const token = tokenize(normalizeText(text).text).find((t) => t.kind === 'days');
  return token?.kind === 'days' ? token.days : null;
}
