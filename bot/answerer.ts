/**
 * The optional LLM, behind a port with a working default (no LLM: the extractive answer).
 * What comes back is untrusted text: it is only ever shown, never acted on, and what it
 * claims the documents say is checked against them before it is quoted.
 */
export interface ChatTurn {
  readonly role: 'system' | 'user';
  /** Everything in it has been redacted by the caller: names, phone and ID numbers removed. */
  readonly content: string;
}

export interface Answerer {
  /** The model's whole reply to the turns. Rejects on any failure, or when `signal` aborts. */
  complete(turns: readonly ChatTurn[], signal: AbortSignal): Promise<string>;
  /** The same reply as it is written, piece by piece (each value follows the previous one). */
  stream(turns: readonly ChatTurn[], signal: AbortSignal): AsyncIterable<string>;
}

/** How the model is used: LLM_TIMEOUT_MS and LLM_CALLS_PER_HOUR. */
export interface LlmSettings {
  /** Give up on the model after this long (all its calls for one question) and answer from the documents. */
  readonly timeoutMs: number;
  /** Questions one person may send through the model in an hour; beyond it they get the documents' answer. */
  readonly callsPerHour: number;
}

export const DEFAULT_LLM_SETTINGS: LlmSettings = { timeoutMs: 8000, callsPerHour: 30 };
