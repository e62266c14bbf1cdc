import type { Answerer } from '../../../bot/answerer.ts';

const SYSTEM =
  '你是社工机构的制度问答助手。下面是从制度文件中检索到的若干条目，每条有编号。' +
  '判断哪一条直接回答了同工的问题，并从那一条的原文中逐字摘出回答问题的一句或几句（照抄原文，不得改写、概括或补充）。' +
  '只输出JSON，例如 {"id": 2, "quote": "原文摘句"}。没有任何一条回答了这个问题时，输出 {"id": 0}。';

/** One candidate as the model sees it: where it is, and its text (both redacted). */
export interface Candidate {
  readonly ref: string;
  readonly text: string;
}

/** The model's pick: a candidate's index (0-based) and what it says the candidate states, or none. */
export type ModelPick = { readonly index: number; readonly quote: string } | 'none';

/**
 * Asks the model which candidate answers the question and what it quotes from it. Returns
 * undefined when the reply can't be read as a pick (then the engine's own result stands);
 * the quote is not trusted here: the caller checks it against the section.
 */
export async function chooseSection(
  answerer: Answerer,
  question: string,
  candidates: readonly Candidate[],
  signal: AbortSignal,
): Promise<ModelPick | undefined> {
  const listed = candidates.map((c, i) => `【条目${i + 1}】${c.ref}\n${c.text}`).join('\n\n');
  const user = `${listed}\n\n问题：${question}`;
  const text = await answerer.complete(
    [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: user },
    ],
    signal,
  );
  return readPick(text, candidates.length);
}

/** The first JSON object in the reply (models wrap it in prose or a code fence). */
export function readPick(text: string, count: number): ModelPick | undefined {
  const json = /\{[\s\S]*?\}/.exec(text)?.[0];
  if (!json) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const { id, quote } = (parsed ?? {}) as { id?: unknown; quote?: unknown };
  const n = typeof id === 'string' ? Number(id) : id;
  if (n === 0) return 'none';
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > count) return undefined;
  return { index: n - 1, quote: typeof quote === 'string' ? quote : '' };
}
