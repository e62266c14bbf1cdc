import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequestBody {
  readonly model: string;
  readonly stream?: boolean;
  readonly temperature?: number;
  readonly messages: { role: string; content: string }[];
}

export interface RecordedRequest {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: ChatRequestBody;
}

/** One answer: text, an HTTP status to fail with, a delay before answering, and between streamed pieces. */
export interface FakeReply {
  readonly content?: string;
  readonly status?: number;
  readonly delayMs?: number;
  readonly pieceDelayMs?: number;
}

/** Streamed answers go out in pieces this long (characters), as models send a few tokens at a time. */
const PIECE = 4;

/**
 * A local stand-in for an OpenAI-compatible chat-completions endpoint, speaking the real
 * protocol on 127.0.0.1: POST /v1/chat/completions, JSON in and out, or server-sent events
 * (`data: {chunk}` … `data: [DONE]`) when the request asks for `stream: true`.
 */
export class FakeChatCompletionsServer {
  readonly requests: RecordedRequest[] = [];
  /** The next answers: the same for every request, or chosen from the request (a scripted model). */
  reply: FakeReply | ((request: RecordedRequest) => FakeReply) = { content: '婚假为3天。' };
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const body = JSON.parse(await readBody(req)) as ChatRequestBody;
      const request = { path: req.url ?? '', authorization: req.headers.authorization, body };
      this.requests.push(request);
      const reply = typeof this.reply === 'function' ? this.reply(request) : this.reply;
      const { content = '', status, delayMs, pieceDelayMs } = reply;
      if (delayMs) await sleep(delayMs);
      if (res.destroyed) return;
      if (status) {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'fail' } }));
        return;
      }
      if (!body.stream) {
        const message = { role: 'assistant', content };
        const choices = [{ index: 0, finish_reason: 'stop', message }];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...envelope(body.model, 'chat.completion'), choices }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const chunk = (delta: object, finish: string | null) => {
        const choices = [{ index: 0, delta, finish_reason: finish }];
        return `data: ${JSON.stringify({ ...envelope(body.model, 'chat.completion.chunk'), choices })}\n\n`;
      };
      res.write(chunk({ role: 'assistant', content: '' }, null));
      for (let i = 0; i < content.length; i += PIECE) {
        if (pieceDelayMs) await sleep(pieceDelayMs);
        if (res.destroyed) return;
        res.write(chunk({ content: content.slice(i, i + PIECE) }, null));
      }
      res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Everything sent to the model so far, as one string (to look for what must never leave). */
  sent(): string {
    return this.requests.map((r) => JSON.stringify(r.body)).join('\n');
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

const envelope = (model: string, object: string) => ({ id: 'chatcmpl-test', object, created: 0, model });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
