/**
 * The chain simulator: plays the GGk (and the providers behind it) for tests and benchmarks. It wraps
 * iJw/iWmo messages in Di01 envelopes and posts them to the gateway, and it is the GGk endpoint the
 * gateway delivers to: every envelope it receives is kept and answered with a Bv03 (or, when told so,
 * with a failure, to play an unreachable chain).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SOAP_MEDIA_TYPE,
  buildBv03,
  buildDi01,
  buildFo03Fault,
  fo03ForFindings,
  buildDu01,
  formatTijdstip,
  newReferentienummer,
  operationSpec,
  parseSoapAnswer,
  parseSoapRequest,
  replyStuurgegevens,
  type GgkAnswer,
  type GgkRequest,
} from '../../../libs/stuf-ggk/src/index.js';
import { providerRetour, type RetourOptions } from './provider-retour.js';

export interface ChainSimOptions {
  /** The gateway's base URL, e.g. `http://127.0.0.1:3000`. */
  readonly gatewayUrl: string;
  /** AGB code of the provider the simulator plays. */
  readonly aanbieder?: string;
}

export interface Delivered {
  readonly request: GgkRequest;
  readonly receivedAt: Date;
}

export class ChainSim {
  readonly delivered: Delivered[] = [];
  /** While set, deliveries are answered with this HTTP status instead of a Bv03 (the chain is "down"). */
  failWith?: number;
  /** Deliveries still to refuse (with `failWith`, default 503) before the chain "comes back". */
  failuresLeft = 0;
  /** Delivery attempts refused while down. */
  refused = 0;
  /** While set, deliveries are answered with a Fo03 SOAP fault with this explanation (the GGk refuses them). */
  fo03?: string;
  private server?: Server;
  /** Where messages are sent; may be set after `listen()`, when the gateway is started with this GGk's URL. */
  gatewayUrl: string;

  constructor(private readonly options: ChainSimOptions) {
    this.gatewayUrl = options.gatewayUrl;
  }

  /** Starts the GGk endpoint; returns its URL, to be the gateway's GGK_URL. */
  async listen(port = 0): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then((body) => {
        if (this.failWith || this.failuresLeft > 0) {
          if (this.failuresLeft > 0) this.failuresLeft--;
          this.refused++;
          response.writeHead(this.failWith ?? 503).end();
          return;
        }
        const parsed = parseSoapRequest(body, { contentType: request.headers['content-type'] ?? '' });
        if (!parsed.ok) {
          response
            .writeHead(400, { 'content-type': 'text/plain' })
            .end(parsed.findings.map((f) => f.message).join('\n'));
          return;
        }
        if (this.fo03) {
          this.refused++;
          const fault = buildFo03Fault({
            stuurgegevens: replyStuurgegevens<'Fo03'>(parsed.request.envelope.stuurgegevens, {
              referentienummer: newReferentienummer(),
              tijdstipBericht: formatTijdstip(new Date()),
              fallback: { applicatie: 'GGk' },
            }),
            body: fo03ForFindings([{ rule: 'GGK', line: 0, column: 0, path: '', message: this.fo03 }]),
          });
          response.writeHead(500, { 'content-type': `${SOAP_MEDIA_TYPE['1.1']}; charset=utf-8` }).end(fault);
          return;
        }
        this.delivered.push({ request: parsed.request, receivedAt: new Date() });
        const bv03 = buildBv03(
          replyStuurgegevens<'Bv03'>(parsed.request.envelope.stuurgegevens, {
            referentienummer: newReferentienummer(),
            tijdstipBericht: formatTijdstip(new Date()),
            fallback: { applicatie: 'GGk' },
          }),
        );
        response.writeHead(200, { 'content-type': `${SOAP_MEDIA_TYPE['1.1']}; charset=utf-8` }).end(bv03);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/ggk/OntvangAsynchroon`;
  }

  async close(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  /** Sends a message as the GGk would: in a Di01 (heenbericht) or Du01 (retour), returns the gateway's answer. */
  async send(
    payload: Buffer | string,
    functie: string,
    options: { retourOp?: string } = {},
  ): Promise<SendResult> {
    const referentienummer = newReferentienummer();
    const common = {
      zender: { organisatie: this.options.aanbieder ?? '12345678', applicatie: 'ZorgSysteem' },
      ontvanger: { organisatie: 'GGk', applicatie: 'GGk' },
      referentienummer,
      tijdstipBericht: formatTijdstip(new Date()),
      functie,
    };
    const parameters = {
      applicatieVersie: '0301',
      applicatieSubversie: '0000',
      functieVersie: '0302',
      functieSubversie: '0000',
      bericht: { bytes: payload },
    };
    const envelope = options.retourOp
      ? buildDu01({ stuurgegevens: { ...common, crossRefnummer: options.retourOp }, parameters })
      : buildDi01({ stuurgegevens: common, parameters });
    const operation = options.retourOp ? 'ggk_Du01' : 'ggk_Di01';
    const response = await fetch(`${this.gatewayUrl}/ggk/OntvangAsynchroon`, {
      method: 'POST',
      headers: {
        'content-type': `${SOAP_MEDIA_TYPE['1.1']}; charset=utf-8`,
        soapaction: `"${operationSpec(operation).soapAction}"`,
      },
      body: envelope,
    });
    const text = Buffer.from(await response.arrayBuffer());
    const answer = parseSoapAnswer(text, { contentType: response.headers.get('content-type') ?? '' });
    return {
      status: response.status,
      referentienummer,
      ...(answer.ok ? { answer: answer.answer } : { raw: text.toString('utf8') }),
    };
  }

  /** Refuses the next `count` deliveries (the chain is down for a while), then answers again. */
  failFor(count: number): void {
    this.failuresLeft = count;
  }

  /**
   * Answers a message the gateway delivered (a 301 or 319 in a Di01) as the provider would, later: its
   * retour (302, 320) in a Du01 that refers to the Di01, with the retourcodes given.
   */
  async sendRetour(delivered: Delivered, options: RetourOptions = {}): Promise<SendResult> {
    const { request } = delivered;
    if (request.operation !== 'ggk_Di01')
      throw new Error(`a ${request.operation} is not answered with a retour`);
    const original = request.envelope.parameters.bericht.bytes;
    const xml = providerRetour(original, options);
    const functie = /^(JW|WMO)\d{3}$/.exec(request.envelope.stuurgegevens.functie)
      ? request.envelope.stuurgegevens.functie.replace(/\d{3}$/, (n) => String(Number(n) + 1))
      : request.envelope.stuurgegevens.functie;
    return this.send(xml, functie, { retourOp: request.envelope.stuurgegevens.referentienummer });
  }

  /** Waits until `predicate` holds for the envelopes delivered so far. */
  async waitForDelivery(
    predicate: (delivered: readonly Delivered[]) => boolean,
    timeoutMs = 10_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.delivered)) {
      if (Date.now() > deadline)
        throw new Error(`no matching delivery in ${timeoutMs} ms (have ${this.delivered.length})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export interface SendResult {
  readonly status: number;
  readonly referentienummer: string;
  readonly answer?: GgkAnswer;
  readonly raw?: string;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
