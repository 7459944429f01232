import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body.js';

export interface FakeReply {
  status?: number;
  /** The assistant message content (the JSON the model would return). */
  content?: string;
  delayMs?: number;
}

/**
 * An OpenAI-compatible chat-completions server on loopback, for tests of the LLM engine through the
 * official SDK without the internet. It records every request body and answers what `next` says.
 */
export class FakeOpenAiServer {
  readonly requests: { path: string; authorization: string | undefined; body: Record<string, unknown> }[] = [];
  next: FakeReply = { content: '{"suggestions": []}' };
  private server: Server | null = null;

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req).then(async (raw) => {
        this.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(raw || '{}') as Record<string, unknown> });
        const reply = this.next;
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        if ((reply.status ?? 200) >= 400) {
          res.end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
          return;
        }
        res.end(
          JSON.stringify({
            id: `chatcmpl-${this.requests.length}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: 'fake-model',
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: reply.content ?? '' } }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
