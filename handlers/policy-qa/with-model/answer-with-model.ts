import type { Answerer } from '../../../bot/answerer.ts';
import type { Logger } from '../../../bot/logger.ts';
import type { Directory } from '../../../data/org/directory.ts';
import type { PolicySection } from '../../../data/org/policy-document.ts';
import { qaText } from '../messages.ts';
import type { PolicyQa, QaResult } from '../policy-qa.ts';
import { quotedSpan } from '../quoted-span.ts';
import { redact, withoutPersonalDetails } from '../redact.ts';
import { chooseSection } from './choose-section.ts';
import { rewriteQuestion } from './rewrite-question.ts';
import { writeAnswer } from './write-answer.ts';

/** Sections the engine returns for each search, and the most the model chooses among. */
const TOP_K = 5;
const MAX_CANDIDATES = 6;
/** Enough of a section for the model to judge it; the rule itself is checked against the whole. */
const MAX_SECTION_SENT = 1200;

export interface WithModel {
  readonly answerer: Answerer;
  readonly qa: PolicyQa;
  readonly directory: Directory;
  readonly log: Logger;
  /** Aborts every model call of this question once LLM_TIMEOUT_MS have passed. */
  readonly signal: AbortSignal;
}

export interface ModelAnswer {
  /** What the Q&A settles on with the model's help; the engine's own result when the model failed. */
  readonly result: QaResult;
  /** For a found answer, the reply as the model writes it (each value the whole text so far). */
  readonly reply?: AsyncIterable<string>;
}

/**
 * The model helps the retrieval, never replaces it: when the engine is not sure it rewrites
 * the question into the documents' words for a second search; then it picks, among the
 * sections the engine returned, the one that answers, and says which sentences of it do.
 * The quote shown is always the document's own text: the model's is kept only if the section
 * contains it (letters and digits compared), otherwise the engine's passage of the section
 * is quoted. A pick of none turns a sure answer into a decline (a wrong rule costs someone
 * pay; a decline one question to HR) and leaves an unsure one (choices or a decline) as it
 * was. HR's FAQ is not second-guessed. Any failure or the deadline: the engine's result.
 */
export async function answerWithModel(m: WithModel, question: string, engine: QaResult): Promise<ModelAnswer> {
  const asked = redact(question, m.directory);
  let result = engine;
  try {
    result = await chooseWithModel(m, question, asked, engine);
  } catch (error) {
    const err = error instanceof Error ? error.message : String(error);
    m.log.warn({ err }, 'LLM retrieval failed; using the engine’s result');
  }
  if (!result.found || !result.rule) return { result };
  const cited = result.citations[0];
  const ref = cited ? redact(`《${cited.title}》${cited.section}`, m.directory, 'policy') : '';
  const citation = result.answer.slice(result.answer.lastIndexOf('\n') + 1);
  const written = {
    question: asked,
    rule: result.rule,
    ruleSent: redact(result.rule, m.directory, 'policy'),
    ref,
    citation,
    fallback: result.answer,
  };
  return { result, reply: writeAnswer(m.answerer, written, m.signal, m.log) };
}

async function chooseWithModel(m: WithModel, question: string, asked: string, engine: QaResult): Promise<QaResult> {
  const { qa } = m;
  const first = qa.index.search(withoutPersonalDetails(question, m.directory), TOP_K).map((h) => h.section);
  let sections = first;
  if (!engine.found) {
    const policy = (text: string) => redact(text, m.directory, 'policy');
    const vocabulary = {
      titles: [...new Set(first.map((s) => policy(qa.titleOf(s.doc))))],
      headings: first.map((s) => policy(s.path.at(-1) ?? '')),
    };
    const rewritten = await rewriteQuestion(m.answerer, asked, vocabulary, m.signal);
    if (rewritten)
      sections = interleave(
        qa.index.search(rewritten, TOP_K).map((h) => h.section),
        first,
      );
  } else {
    // The engine's own pick is always among those the model sees, first.
    const cited = engine.citations[0];
    const own = first.find((s) => cited && s.doc === cited.doc && s.path.join(' › ') === cited.section);
    if (own) sections = [own, ...first.filter((s) => s !== own)];
  }
  const candidates = sections.slice(0, MAX_CANDIDATES);
  if (!candidates.length) return engine;
  const sent = candidates.map((s) => ({
    ref: redact(`《${qa.titleOf(s.doc)}》${s.path.join(' › ')}`, m.directory, 'policy'),
    text: redact(s.body.slice(0, MAX_SECTION_SENT), m.directory, 'policy'),
  }));
  const pick = await chooseSection(m.answerer, asked, sent, m.signal);
  if (pick === undefined) return engine;
  if (pick === 'none') {
    if (!engine.found) return engine;
    m.log.info({}, 'the model found no section answering the question; declining');
    return declined(engine.score, 'the model found no candidate answering it');
  }
  const section = candidates[pick.index]!;
  const quote = quotedSpan(section.body, pick.quote);
  if (!quote) m.log.info({}, 'the model’s quote is not in the section; quoting the engine’s passage');
  return quoting(qa, section, quote ?? ownPassage(qa, question, section, engine));
}

/** The engine's own passage of a section (its answer when it picked the same one). */
function ownPassage(qa: PolicyQa, question: string, section: PolicySection, engine: QaResult): string | undefined {
  const path = section.path.join(' › ');
  const cited = engine.citations[0];
  if (engine.found && engine.rule && cited?.doc === section.doc && cited.section === path) return engine.rule;
  return qa.answerFrom(question, { doc: section.doc, section: path }).rule;
}

function quoting(qa: PolicyQa, section: PolicySection, rule: string | undefined): QaResult {
  const title = qa.titleOf(section.doc);
  const path = section.path.join(' › ');
  if (!rule) return declined(0, 'nothing to quote in the section the model chose');
  return {
    kind: 'policy',
    answer: `${rule}\n${qaText.citation(title, section.path)}`,
    rule,
    found: true,
    citations: [{ doc: section.doc, title, section: path }],
    score: 0,
  };
}

function declined(score: number, why: string): QaResult {
  return { kind: 'not-found', answer: qaText.notFound, found: false, citations: [], score, why };
}

/** Both lists, alternating (the rewritten search's first), each section once. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (const x of [a[i], b[i]]) if (x !== undefined && !out.includes(x)) out.push(x);
  }
  return out;
}
