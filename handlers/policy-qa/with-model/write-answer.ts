import type { Answerer } from '../../../bot/answerer.ts';
import type { Logger } from '../../../bot/logger.ts';
import { withoutCitations } from '../without-citations.ts';

const SYSTEM =
  '你是社工机构的制度问答助手。只能根据用户消息中提供的制度原文回答，不得编造或补充原文以外的内容。' +
  '用简洁的中文回答，1到3句话，不超过150字，直接给出问题要的事实（天数、审批人、要交的材料等）。' +
  '如果原文没有答案，只回答"制度文件中没有相关规定"。不要输出出处，也不要照抄原文，系统会自动附上。';

const MAX_WRITTEN = 300;
/** The model saying the rule doesn't answer: the documents' answer is shown instead of a contradiction. */
const NO_ANSWER = /制度文件中没有相关规定|原文(中)?没有(提到|相关|答案)/;

export interface WrittenAnswer {
  /** The redacted question. */
  readonly question: string;
  /** The quoted rule, exactly as the document writes it, and where it stands (redacted copies go to the model). */
  readonly rule: string;
  readonly ruleSent: string;
  readonly ref: string;
  /** The bot's own citation line, added under the model's words. */
  readonly citation: string;
  /** The documents' answer, shown when the model fails. */
  readonly fallback: string;
}

/**
 * The reply as the model writes it, for channels that show a reply growing (WeCom's stream
 * replies): each value is the whole text so far, the last one final. The final text is the
 * model's words, the rule they rest on quoted as the document writes it, and the bot's
 * citation; on an error, the deadline or an empty or "no answer" reply, it is the documents'
 * answer instead (replacing whatever was shown).
 */
export async function* writeAnswer(
  answerer: Answerer,
  answer: WrittenAnswer,
  signal: AbortSignal,
  log: Logger,
): AsyncIterable<string> {
  const turns = [
    { role: 'system' as const, content: SYSTEM },
    { role: 'user' as const, content: `【原文】${answer.ref}\n${answer.ruleSent}\n\n问题：${answer.question}` },
  ];
  let written = '';
  try {
    for await (const piece of answerer.stream(turns, signal)) {
      written += piece;
      const shown = withoutCitations(written);
      if (shown && !NO_ANSWER.test(shown)) yield clip(shown);
    }
    signal.throwIfAborted();
  } catch (error) {
    const err = error instanceof Error ? error.message : String(error);
    log.warn({ err }, 'LLM answer failed; using the documents’ answer');
    yield answer.fallback;
    return;
  }
  const text = withoutCitations(written);
  if (!text || NO_ANSWER.test(text)) {
    yield answer.fallback;
    return;
  }
  yield `${clip(text)}\n原文：「${answer.rule}」\n${answer.citation}`;
}

function clip(text: string): string {
  return text.length > MAX_WRITTEN ? `${text.slice(0, MAX_WRITTEN - 1)}…` : text;
}

/** The last value: the reply for channels that send it whole. */
export async function finalOf(snapshots: AsyncIterable<string>): Promise<string | undefined> {
  let last: string | undefined;
  for await (const s of snapshots) last = s;
  return last;
}
