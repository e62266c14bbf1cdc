import type { FakeReply, RecordedRequest } from './chat-completions-server.ts';

/** The Q&A's three kinds of request, told apart by their shape. */
export type ModelTask = 'rewrite' | 'choose' | 'write';

export function taskOf(request: RecordedRequest): ModelTask {
  if (request.body.stream) return 'write';
  return request.body.messages.some((m) => m.content.includes('【条目1】')) ? 'choose' : 'rewrite';
}

/** The question as the model received it: the last line of the user turn. */
export function questionIn(request: RecordedRequest): string {
  return request.body.messages.at(-1)!.content.split('\n').at(-1)!;
}

/**
 * A model that picks, among the candidates it is shown, the one whose heading holds
 * `heading` (as a reader would), quoting `quote`; {"id": 0} when none does.
 */
export function pick(heading: string, quote = ''): (request: RecordedRequest) => FakeReply {
  return (request) => {
    const listed = request.body.messages.at(-1)!.content;
    const n = [...listed.matchAll(/【条目(\d+)】([^\n]*)/g)].find((m) => m[2]!.includes(heading))?.[1];
    return { content: `好的。\n\`\`\`json\n${JSON.stringify(n ? { id: Number(n), quote } : { id: 0 })}\n\`\`\`` };
  };
}

export interface Script {
  readonly rewrite?: FakeReply;
  readonly choose?: FakeReply | ((request: RecordedRequest) => FakeReply);
  readonly write?: FakeReply;
}

/** Answers each task as scripted; a task left out fails with HTTP 500, so an unexpected call shows. */
export function scripted(script: Script): (request: RecordedRequest) => FakeReply {
  return (request) => {
    const reply = script[taskOf(request)];
    if (!reply) return { status: 500 };
    return typeof reply === 'function' ? reply(request) : reply;
  };
}
