import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: { model: string; messages: { role: string; content: string }[] };
}

/**
 * A local stand-in for an OpenAI-compatible chat-completions endpoint, speaking the real
 * protocol (POST /v1/chat/completions, JSON in and out) on 127.0.0.1.
 */
export class FakeChatCompletionsServer {
  readonly requests: RecordedRequest[] = [];
  /** What the next answers are: text, an HTTP status to fail with, or a delay before answering. */
  reply: { content?: string; status?: number; delayMs?: number } = { content: '婚假为3天。' };
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const body = JSON.parse(await readBody(req));
      this.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      const { content, status, delayMs } = this.reply;
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (status) {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'fail' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'chatcmpl-test',
          object: 'chat.completion',
          model: body.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
        }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
