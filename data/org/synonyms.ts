/**
 * The HR-editable synonyms file: one group a line, words separated by spaces or commas,
 * `#` starts a comment. Every word in a group is searched as the group's first word.
 */
export function parseSynonyms(text: string): string[][] {
  const groups: string[][] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const words = [...new Set(line.split(/[\s,，、]+/).filter(Boolean))];
    if (words.length > 1) groups.push(words);
  }
  return groups;
}
