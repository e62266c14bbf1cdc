import type { Answerer } from '../../../bot/answerer.ts';

const SYSTEM =
  '你帮助在社工机构的制度文件中查找条目。把同工口语化的问题改写成制度文件里的说法，' +
  '例如「加班了能补休吗」→「加班 调休 补休」，「小孩发烧要请假扣钱吗」→「事假 病假 工资 扣除」。' +
  '只输出一行检索用的词语，不要回答问题，不要解释。';

/** Longer than this, the model answered or explained instead of rewriting: its text isn't a search. */
const MAX_REWRITE = 60;

/**
 * The question in the documents' vocabulary, for a second search. The model is shown the
 * documents' titles and the headings the first search found, to borrow their words.
 * Everything given is already redacted.
 */
export async function rewriteQuestion(
  answerer: Answerer,
  question: string,
  vocabulary: { readonly titles: readonly string[]; readonly headings: readonly string[] },
  signal: AbortSignal,
): Promise<string | undefined> {
  const user = [
    `制度文件：${vocabulary.titles.map((t) => `《${t}》`).join('')}`,
    vocabulary.headings.length ? `可能相关的条目：${vocabulary.headings.join('；')}` : '',
    `问题：${question}`,
  ].filter(Boolean);
  const turns = [
    { role: 'system' as const, content: SYSTEM },
    { role: 'user' as const, content: user.join('\n') },
  ];
  const text = await answerer.complete(turns, signal);
  const line =
    text
      .split('\n')
      .map((l) => l.replace(/^(改写|检索词|关键词)[：:]\s*/, '').trim())
      .find(Boolean) ?? '';
  return line && line.length <= MAX_REWRITE ? line : undefined;
}
