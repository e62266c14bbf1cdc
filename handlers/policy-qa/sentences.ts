/** A list item or table row longer than this is cut at its sentence ends like prose. */
const MAX_ITEM_CHARS = 160;

/**
 * Splits a section's text into the pieces an answer quotes: sentences, keeping their
 * punctuation, and list items or table rows whole (a row of the approval table is one
 * rule, even with a "；" inside its brackets).
 */
export function splitSentences(body: string): string[] {
  return body
    .split(/\n+/)
    .flatMap((raw) => {
      const line = raw.trim();
      if (/^\|[-\s|:]+\|?$/.test(line)) return [];
      const item = /^([-*]\s+|\|)/.test(line);
      const text = line.replace(/^[-*]\s*/, '').replace(/\s*\|\s*/g, ' ').trim();
      if (item && text.length <= MAX_ITEM_CHARS) return [text];
      return text.match(/[^。！？；]+[。！？；]?/g) ?? [];
    })
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}
