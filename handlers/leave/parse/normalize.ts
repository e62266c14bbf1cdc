export interface NormalizedText {
  text: string;
  /** For each character of `text`, its index in the original string. */
  origin: number[];
}

const REPLACE: Record<string, string> = {
  '：': ':',
  '．': '.',
  '。': '.',
  '／': '/',
  '－': '-',
  '—': '~',
  '–': '~',
  '―': '~',
  '～': '~',
  '〜': '~',
  '，': ',',
  '、': '、',
  '（': '(',
  '）': ')',
};

/**
 * Full-width digits and punctuation become ASCII and whitespace goes (between two numbers it
 * becomes a comma), so the patterns only need one spelling; `origin` lets us quote the person's
 * own words back. '。' becomes '.' only between digits (12。28), elsewhere it ends a sentence and
 * is dropped to ','.
 */
export function normalizeText(input: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < input.length; i++) {
    let ch = input[i] ?? '';
    if (/\s/.test(ch)) {
      // "19/11 18:00" must not become "19/1118:00": a space between two numbers stays a break.
      const next = input.slice(i + 1).trimStart()[0] ?? '';
      if (/\d/.test(text.at(-1) ?? '') && /[\d０-９]/.test(next) && text.at(-1) !== ',') {
        text += ',';
        origin.push(i);
      }
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) ch = String.fromCharCode(code - 0xff10 + 48);
    else if (ch === '。') ch = /\d/.test(text.at(-1) ?? '') && /[\d０-９]/.test(input[i + 1] ?? '') ? '.' : ',';
    else ch = REPLACE[ch] ?? ch;
    text += ch;
    origin.push(i);
  }
  return { text, origin };
}

/** The original text behind normalized characters [start, end). */
export function originalSlice(input: string, n: NormalizedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = n.origin[start] ?? 0;
  const to = (n.origin[end - 1] ?? input.length - 1) + 1;
  return input.slice(from, to);
}
