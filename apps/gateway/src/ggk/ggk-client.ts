/**
 * POSTs envelopes to the GGk endpoint over keep-alive connections (node:http/https): a delivery is one
 * small request and answer, and fetch's per-request machinery (abort signals, web streams) costs more
 * than the request itself when retours go out at the rate messages come in.
 */
import http from 'node:http';
import https from 'node:https';

export interface GgkAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

/** A Bv03 or Fo03 is a few KB; anything far larger is not an answer and is not read into memory. */
const MAX_ANSWER_BYTES = 1024 * 1024;
const TIMEOUT_MS = 30_000;

export class GgkClient {
  private readonly url: URL;
  private readonly agent: http.Agent;

  constructor(url: string, maxSockets: number) {
    this.url = new URL(url);
    const options = { keepAlive: true, maxSockets };
    this.agent = this.url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
  }

  post(envelope: string, headers: Readonly<Record<string, string>>): Promise<GgkAnswer> {
    const body = Buffer.from(envelope, 'utf8');
    const send = this.url.protocol === 'https:' ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const request = send(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          timeout: TIMEOUT_MS,
          headers: { ...headers, 'content-length': body.length },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) {
              response.destroy(new Error(`the answer exceeds ${MAX_ANSWER_BYTES} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              contentType: response.headers['content-type'] ?? '',
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
