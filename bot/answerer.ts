/**
 * The optional LLM, behind a port with a working default (no LLM: the extractive answer).
 * What comes back is untrusted text: it is only ever shown, never acted on.
 */
export interface AnswerRequest {
  /** The question, already stripped of names, phone and ID numbers. */
  readonly question: string;
  /** The retrieved policy passages, the only material the model may use. */
  readonly sources: readonly { readonly ref: string; readonly text: string }[];
}

export interface Answerer {
  answer(request: AnswerRequest, signal: AbortSignal): Promise<string>;
}

/** How the model is used: LLM_TIMEOUT_MS and LLM_CALLS_PER_HOUR. */
export interface LlmSettings {
  /** Give up on the model after this long and answer from the documents. */
  readonly timeoutMs: number;
  /** Model calls one person may cause in an hour; beyond it they get the documents' answer. */
  readonly callsPerHour: number;
}

export const DEFAULT_LLM_SETTINGS: LlmSettings = { timeoutMs: 8000, callsPerHour: 30 };
