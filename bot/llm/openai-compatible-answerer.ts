import type { AnswerRequest, Answerer } from '../answerer.ts';

export interface OpenAiCompatibleOptions {
  readonly apiKey: string;
  /** e.g. https://api.openai.com/v1, https://api.deepseek.com/v1, a Qwen (DashScope) compatible endpoint. */
  readonly baseUrl: string;
  readonly model: string;
}

const SYSTEM_PROMPT =
  '你是社工机构的制度问答助手。只能根据用户消息中提供的制度原文回答，不得编造或补充原文以外的内容。' +
  '用简洁的中文回答，1到3句话，不超过150字，直接给出问题要的事实（天数、审批人、要交的材料等）。' +
  '如果原文没有答案，只回答"制度文件中没有相关规定"。不要输出出处，系统会自动附上。';

/**
 * Writes the answer through any OpenAI-compatible chat-completions endpoint (OpenAI,
 * DeepSeek, Qwen…), speaking the HTTP protocol directly so no SDK is needed.
 */
export class OpenAiCompatibleAnswerer implements Answerer {
  constructor(private readonly options: OpenAiCompatibleOptions) {}

  async answer(request: AnswerRequest, signal: AbortSignal): Promise<string> {
    const sources = request.sources.map((s, i) => `【原文${i + 1}】${s.ref}\n${s.text}`).join('\n\n');
    const response = await fetch(`${this.options.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      signal,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` },
      body: JSON.stringify({
        model: this.options.model,
        temperature: 0,
        max_tokens: 400,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: `${sources}\n\n问题：${request.question}` },
        ],
      }),
    });
    if (!response.ok) throw new Error(`LLM endpoint answered HTTP ${response.status}`);
    const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || !content.trim()) throw new Error('LLM answer has no content');
    return content.trim();
  }
}
