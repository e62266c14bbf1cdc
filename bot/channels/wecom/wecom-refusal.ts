import type { WsFrame } from '@wecom/aibot-node-sdk';

/** An error as a log field: its message only (an SDK error can carry the whole frame). */
export function errorFields(error: unknown): { err: unknown } {
  return { err: error instanceof Error ? { message: error.message } : error };
}

/** The SDK rejects a refused send with WeCom's answer frame, not an Error. */
export function refusal(error: unknown): WsFrame | undefined {
  if (error instanceof Error || typeof error !== 'object' || error === null) return undefined;
  return 'errcode' in error ? (error as WsFrame) : undefined;
}

export function refusalError(what: string, frame: WsFrame): Error {
  return new Error(`WeCom refused ${what}: errcode ${frame.errcode} ${frame.errmsg ?? ''}`.trim());
}
