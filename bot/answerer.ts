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
