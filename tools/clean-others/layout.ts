// Turns normalized seed lines into policy Markdown by applying an ordered list of layout rules.
// Rules are matched in order against line prefixes, so a repeated line such as "第一章总则"
// always binds to the occurrence after the previous rule's match.

export type Rule =
  /**
   * The matched line becomes a heading. `title` replaces the line's text; `body` keeps text after
   * `strip` (or the whole line with 'line') as the first paragraph.
   */
  | {
      kind: 'heading';
      match: string;
      level: number;
      title?: string;
      body?: 'rest' | 'line';
      strip?: RegExp;
      note?: string;
    }
  /** Inserts Markdown before the matched line, which is then laid out by the following rules. */
  | { kind: 'insert'; match: string; text: string }
  /** Replaces the lines from `match` up to (not including) `until` with literal Markdown. */
  | { kind: 'block'; match: string; until: string; text: string }
  /** Joins the matched line with the next non-empty one (a line broken inside a sentence). */
  | { kind: 'join'; match: string };

const ORDINAL_PREFIX =
  /^(第[一二三四五六七八九十百]+[章条节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+(?:\.\d+)?、?)/;

export function spaceAfterOrdinal(text: string): string {
  return text
    .replace(/^(第[一二三四五六七八九十百]+[章条节])(?=[^\s，。])/, '$1 ')
    .replace(/^(\d+\.\d+)(?=[^\s\d])/, '$1 ');
}

function headingText(line: string, rule: Extract<Rule, { kind: 'heading' }>): string {
  return rule.title ?? spaceAfterOrdinal(line.replace(/[：:。]\s*$/, ''));
}

function bodyText(line: string, rule: Extract<Rule, { kind: 'heading' }>): string | undefined {
  if (rule.body === 'line') return spaceAfterOrdinal(line);
  if (rule.body === 'rest') return line.replace(rule.strip ?? ORDINAL_PREFIX, '').trim();
  return undefined;
}

export function layout(
  lines: readonly string[],
  rules: readonly Rule[],
  fixes: ReadonlyArray<readonly [string, string]> = [],
): string {
  const out: string[] = [];
  let next = 0;
  const fix = (s: string): string => fixes.reduce((acc, [from, to]) => acc.split(from).join(to), s);

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const rule = rules[next];

    if (rule && line.startsWith(rule.match)) {
      next++;
      switch (rule.kind) {
        case 'insert':
          out.push(rule.text);
          i--; // lay the same line out again with the next rule
          continue;
        case 'block': {
          out.push(rule.text);
          while (i + 1 < lines.length && !(lines[i + 1] ?? '').trim().startsWith(rule.until)) i++;
          continue;
        }
        case 'join': {
          let j = i + 1;
          while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
          out.push(fix(spaceAfterOrdinal(line + (lines[j] ?? '').trim())));
          i = j;
          continue;
        }
        case 'heading': {
          out.push(`${'#'.repeat(rule.level)} ${fix(headingText(line, rule))}`);
          if (rule.note) out.push(`<!-- cleaning note: ${rule.note} -->`);
          const body = bodyText(line, rule);
          if (body) out.push(fix(body));
          continue;
        }
      }
    }
    out.push(fix(spaceAfterOrdinal(line)));
  }

  if (next < rules.length) {
    const missing = rules[next];
    throw new Error(`layout rule ${next} never matched: ${JSON.stringify(missing)}`);
  }
  return `${out.join('\n\n')}\n`;
}
