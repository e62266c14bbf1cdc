import { ConfigError } from '../errors.ts';

/** One section of a policy document: a heading path and the text under that heading. */
export interface PolicySection {
  /** Document slug (file name without `.md`). */
  readonly doc: string;
  /** Headings from the top of the document down to this section. */
  readonly path: readonly string[];
  readonly body: string;
}

/**
 * What a document is: the rules staff must follow (a handbook, a policy manual), or a plan
 * or a report that describes work. Between two equally good answers, the rule is quoted.
 */
export type DocumentKind = 'rules' | 'plan' | 'report';
const DOCUMENT_KINDS: readonly DocumentKind[] = ['rules', 'plan', 'report'];

export interface PolicyDocument {
  readonly slug: string;
  readonly title: string;
  readonly short: string;
  readonly source: string;
  readonly kind: DocumentKind;
  readonly sections: readonly PolicySection[];
}

/**
 * Parses the structured policy format: front matter (`title`, `short`, `source`, and
 * `kind`: rules, plan or report, rules when left out), then
 * Markdown headings whose nesting is the section path (document › chapter › article).
 * HTML comments are editorial notes and are dropped.
 */
export function parsePolicyDocument(text: string, slug: string, file: string): PolicyDocument {
  const src = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!fm) throw new ConfigError(file, [{ row: 1, message: 'must start with front matter (---, title: …, ---)' }]);
  const meta: Record<string, string> = {};
  for (const line of fm[1]!.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (m) meta[m[1]!] = m[2]!.trim();
  }
  if (!meta.title) throw new ConfigError(file, [{ row: 2, field: 'title', message: 'front matter needs a title' }]);
  const kind = (meta.kind || 'rules') as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) {
    const row = fm[1]!.split('\n').findIndex((l) => l.trim().startsWith('kind:')) + 2;
    throw new ConfigError(file, [
      { row, field: 'kind', message: `must be one of ${DOCUMENT_KINDS.join(', ')} (got "${meta.kind}")` },
    ]);
  }

  const sections: PolicySection[] = [];
  const stack: { level: number; text: string }[] = [];
  let body: string[] = [];
  const flush = () => {
    const text = body.join('\n').trim();
    if (text && stack.length) sections.push({ doc: slug, path: stack.map((h) => h.text), body: text });
    body = [];
  };
  for (const line of src.slice(fm[0].length).split('\n')) {
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      const level = h[1]!.length;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, text: h[2]! });
    } else {
      body.push(line);
    }
  }
  flush();
  return { slug, title: meta.title, short: meta.short || meta.title, source: meta.source ?? '', kind, sections };
}
