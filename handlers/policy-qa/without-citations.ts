/**
 * A line, or the rest of a line, that reads like a citation: 「——《…》…」 (the bot's own
 * form, with any kind of dash), 「出处/来源/依据/摘自：《…》…」.
 */
const CITATION = /\s*(?:[—–\-－─]{1,3}\s*|(?:出处|来源|依据|摘自|引自|参见)\s*[：:]?\s*)《[^\n]*/g;

/**
 * The model's text without anything that looks like a citation. The bot adds the one true
 * citation itself; a model's own (possibly invented: 「——《员工手册》第九条 婚假为30天」)
 * would be read as the organisation's rule, in a group by everyone.
 */
export function withoutCitations(text: string): string {
  return text
    .replace(CITATION, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
