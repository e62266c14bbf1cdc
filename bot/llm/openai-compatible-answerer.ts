import OpenAI from 'openai';
import type { Answerer, ChatTurn } from '../answerer.ts';

export interface OpenAiCompatibleOptions {
  readonly apiKey: string;
  /** e.g. https://api.openai.com/v1, https://api.deepseek.com/v1, a Qwen (DashScope) compatible endpoint. */
  readonly baseUrl: string;
  readonly model: string;
}

/** A policy answer is a few sentences; a choice is a line of JSON. */
const MAX_TOKENS = 400;

/**
 * Any OpenAI-compatible chat-completions service (OpenAI, DeepSeek, Qwen…) through the
 * official `openai` client and its `baseURL`. No retries: the documents' answer is already
 * in hand, and a quick one beats a model reached on the third try.
 */
export class OpenAiCompatibleAnswerer implements Answerer {
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiCompatibleOptions) {
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 0 });
  }

  async complete(turns: readonly ChatTurn[], signal: AbortSignal): Promise<string> {
    const completion = await this.client.chat.completions.create(
      { model: this.options.model, temperature: 0, max_tokens: MAX_TOKENS, messages: [...turns] },
      { signal },
    );
    const content = completion.choices[0]?.message?.content;
    if (typeof content !== 'string' || !content.trim()) throw new Error('the model answered with no content');
    return content.trim();
  }

  async *stream(turns: readonly ChatTurn[], signal: AbortSignal): AsyncIterable<string> {
    const chunks = await this.client.chat.completions.create(
      { model: this.options.model, temperature: 0, max_tokens: MAX_TOKENS, messages: [...turns], stream: true },
      { signal },
    );
    for await (const chunk of chunks) {
      const piece = chunk.choices[0]?.delta?.content;
      if (piece) yield piece;
    }
  }
}
