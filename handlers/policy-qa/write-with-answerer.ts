import type { Answerer } from '../../bot/answerer.ts';
import type { Context } from '../../bot/context.ts';
import { qaText } from './messages.ts';
import type { PolicyQa, QaResult } from './policy-qa.ts';
import { redact } from './redact.ts';
import type { Directory } from '../../data/org/directory.ts';
import { withoutCitations } from './without-citations.ts';

const MAX_LLM_ANSWER = 300;

/**
 * Lets the LLM word the answer from the retrieved sections only, then appends our own
 * citation. Any failure, a timeout or an empty answer falls back to the extractive answer.
 */
export async function writeWithAnswerer(
  answerer: Answerer,
  ctx: Pick<Context, 'text' | 'log'>,
  result: QaResult,
  qa: PolicyQa,
  directory: Directory,
  timeoutMs: number,
): Promise<string> {
  const citation = result.citations[0];
  if (!citation) return result.answer;
  const sections = qa.index.search(ctx.text, 3);
  const sources = sections.map((h) => ({
    ref: `《${qa.titleOf(h.section.doc)}》${h.section.path.join(' › ')}`,
    text: redact(h.section.body.slice(0, 1500), directory, 'policy'),
  }));
  if (result.kind === 'faq' && result.rule) sources.unshift({ ref: `《${citation.title}》${citation.section}`, text: result.rule });
  try {
    const written = withoutCitations(await answerer.answer({ question: redact(ctx.text, directory), sources }, AbortSignal.timeout(timeoutMs)));
    if (!written) return result.answer;
    const text = written.length > MAX_LLM_ANSWER ? `${written.slice(0, MAX_LLM_ANSWER - 1)}…` : written;
    return `${text}\n${qaText.citation(citation.title, citation.section.split(' › '))}`;
  } catch (error) {
    ctx.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'LLM answer failed; using the extractive answer');
    return result.answer;
  }
}
