/** Shorter than this (letters and digits), a "quote" says nothing: 「婚假」 is in every leave rule. */
const MIN_QUOTE = 8;

/**
 * The passage of `body` that a model says it quotes, as the document writes it, or
 * undefined when the body doesn't contain it. Compared on letters and digits alone (NFKC,
 * lower-cased), so a changed comma, a full-width digit or a line break doesn't reject a
 * true quote; a changed word, number or a sentence the document lacks does.
 */
export function quotedSpan(body: string, quote: string): string | undefined {
  const wanted = comparable(quote).text;
  if (wanted.length < MIN_QUOTE) return undefined;
  const { text, at, end } = comparable(body);
  const start = text.indexOf(wanted);
  if (start < 0) return undefined;
  // A bracket or quotation the quote opened is closed as the document closes it.
  const last = end[start + wanted.length - 1]!;
  const closing = /^[)）」』”’》】]*/.exec(body.slice(last))![0];
  return body.slice(at[start], last + closing.length);
}

/** The letters and digits of a text, each with where it starts and ends in the original. */
function comparable(source: string): { text: string; at: number[]; end: number[] } {
  let text = '';
  const at: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (/[\p{L}\p{N}]/u.test(c)) {
        text += c;
        at.push(i);
        end.push(i + ch.length);
      }
    }
    i += ch.length;
  }
  return { text, at, end };
}
