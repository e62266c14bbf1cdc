import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import MiniSearch from 'minisearch';
import type { PolicyDocument } from '../data/org/policy-document.ts';

/**
 * The yardstick for the Q&A's speed (issue 12): MiniSearch, a plain BM25 library, over the
 * same sections (headings and text), cutting words with the same jieba dictionary, asked
 * the same questions in the same run. It only ranks sections; the Q&A also judges and
 * quotes, so the target is a ratio (≤ 2×), not parity.
 */
export function miniSearchOver(documents: readonly PolicyDocument[]): (question: string) => unknown {
  const jieba = Jieba.withDict(dict);
  const tokenize = (text: string) => jieba.cut(text.toLowerCase(), false).filter((w) => /[\p{L}\p{N}]/u.test(w));
  type Doc = { id: number; heading: string; body: string };
  const search = new MiniSearch<Doc>({ fields: ['heading', 'body'], tokenize });
  let id = 0;
  const sections = documents.flatMap((d) => d.sections);
  search.addAll(sections.map((s) => ({ id: id++, heading: s.path.join(' '), body: s.body })));
  return (question) => search.search(question, { boost: { heading: 2 } }).slice(0, 3);
}

/** The documents ten times over (as ten organisations' worth of text), for the speed row at scale. */
export function replicated(documents: readonly PolicyDocument[], times: number): PolicyDocument[] {
  return Array.from({ length: times }, (_, i) =>
    documents.map((d) => {
      const slug = i ? `${d.slug}-${i}` : d.slug;
      return { ...d, slug, sections: d.sections.map((s) => ({ ...s, doc: slug })) };
    }),
  ).flat();
}

/**
 * Median times of two runs over the same questions, several rounds after warm-up rounds,
 * taken in turn question by question: a machine busy with something else slows both alike,
 * where timing one after the other let a burst of load fall on one side only. Five rounds after
 * one warm-up read the same code at 1.7× to 2.4× from one run to the next on this machine;
 * a running bot has answered many questions, so both are timed warmed up, over 20 rounds.
 */
export function medianPairMs(
  questions: readonly string[],
  a: (q: string) => unknown,
  b: (q: string) => unknown,
  rounds = 20,
  warmUp = 3,
): [number, number] {
  for (let r = 0; r < warmUp; r++) {
    for (const q of questions) {
      a(q);
      b(q);
    }
  }
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      // Which goes first alternates, so neither always finds the caches warmed by the other.
      const order = r % 2 ? ([b, a] as const) : ([a, b] as const);
      for (const run of order) {
        const t = performance.now();
        run(q);
        times[run === a ? 0 : 1].push(performance.now() - t);
      }
    }
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(times[0]), median(times[1])];
}
