import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEARNED_VOCABULARY_FILE } from '../data/org/learned-vocabulary.ts';
import { loadOrg } from '../data/org/load-org.ts';
import { PolicyQa, plainHeading } from '../handlers/policy-qa/policy-qa.ts';
import { loadDevSet, loadOptionalSet, loadQaSet, OUTSIDER_DEV_FILE, sectionMatches, statesExpected } from './qa-set.ts';

/** A question word this telling is what is asked, not how it is put. */
const TELLING = 0.3;
/** Document words offered per question word: the rarest of the answering section's heading and sentence. */
const PER_PAIR = 3;
/** Document words this telling are offered: the ones that say what the section is about. */
const OFFERED = 0.5;

/**
 * `npx tsx bench/qa-learn-vocabulary.ts`: learns which words of the sample organisation's
 * documents its staff mean by their own (issue 12: a colloquial ↔ document vocabulary, a
 * translation model in the IR sense) from the question sets that may be read while tuning —
 * the main set, the development set and the first outsider development set; never a held-out
 * one, nor outsider dev2 (kept unseen: the honest figure on questions nobody tuned for).
 * It is written to the organisation's folder (data/orgs/sample/learned-vocabulary.json): the
 * words belong to that organisation's documents. For each question, a telling
 * word its answering section lacks ("打车") is paired with the rarest words of that section's
 * heading and of the sentence stating the fact ("出租车", "交通费"). The query then also looks
 * for those words, as weaker evidence than the word itself (handlers/policy-qa/engine/query.ts).
 */
function learn(): Record<string, string[]> {
  const org = loadOrg();
  // Learned afresh: what an earlier run learned plays no part.
  const qa = new PolicyQa({ ...org, faq: [], learnedVocabulary: undefined });
  const { tokenizer } = qa.index;
  const pairs = new Map<string, Map<string, number>>();
  const cases = [
    ...loadQaSet(),
    ...loadDevSet(),
    ...loadOptionalSet(OUTSIDER_DEV_FILE),
    // Not outsider dev2: nothing was tuned on it, so it measures questions the Q&A never saw.
  ];
  for (const c of cases) {
    if ('answerable' in c) continue;
    const section = org.documents
      .find((d) => d.slug === c.doc)
      ?.sections.find((s) => sectionMatches(s.path.join(' › '), c.section));
    if (!section) continue;
    const words = new Set(tokenizer.tokens(`${section.path.join(' ')}\n${section.body}`));
    const asked = tokenizer.terms(c.q);
    const askedWords = new Set(asked.flatMap((t) => [t.word, ...t.pieces]));
    const sentence = section.body.split(/[。；\n]/).find((s) => c.expect.every((e) => statesExpected(s, e))) ?? '';
    const offered = [...tokenizer.terms(plainHeading(section.path.at(-1) ?? '')), ...tokenizer.terms(sentence)]
      .filter((t) => !t.context && t.word.length >= 2 && t.salience >= OFFERED && !askedWords.has(t.word))
      .map((t) => t.word)
      .filter((w, i, all) => all.indexOf(w) === i)
      .sort((a, b) => qa.index.idf(b) - qa.index.idf(a))
      .slice(0, PER_PAIR);
    for (const t of asked) {
      if (t.context || t.word.length < 2 || t.salience < TELLING) continue;
      if (words.has(t.word) || t.pieces.some((p) => words.has(p))) continue;
      const to = pairs.get(t.word) ?? new Map<string, number>();
      for (const w of offered) to.set(w, (to.get(w) ?? 0) + 1);
      pairs.set(t.word, to);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [word, to] of [...pairs].sort((a, b) => a[0].localeCompare(b[0]))) {
    const best = [...to].sort((a, b) => b[1] - a[1]).slice(0, PER_PAIR);
    if (best.length) out[word] = best.map(([w]) => w);
  }
  return out;
}

const ABOUT =
  'Learned by bench/qa-learn-vocabulary.ts from the main, development and first outsider development ' +
  'question sets (not the second: it stays unseen): ' +
  'a word staff ask with → the document words of the sections that answered it. Regenerate, do not edit.';
const vocabulary = learn();
const file = join(loadOrg().dir, LEARNED_VOCABULARY_FILE);
writeFileSync(file, `${JSON.stringify({ about: ABOUT, words: vocabulary }, null, 2)}\n`);
process.stdout.write(`${Object.keys(vocabulary).length} words learned → ${file}\n`);
