/**
 * `POST /ggk/OntvangAsynchroon`: the StUF-GGk service with its operations ggk_Di01, ggk_Du01 and Fo01.
 * A payload is stored like any other message and the envelope answered with Bv03 once it is durable;
 * an envelope that cannot be taken in is answered with a Fo03 SOAP fault.
 */
import { Controller, Headers, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  SOAP_MEDIA_TYPE,
  buildBv03,
  buildFo03Fault,
  faultHttpStatus,
  fo03ForFindings,
  formatTijdstip,
  newReferentienummer,
  parseSoapRequest,
  replyStuurgegevens,
  stuf055,
  stufFout,
  type ReadableStuurgegevens,
  type SoapVersion,
} from '../../../../libs/stuf-ggk/src/index.js';
import { BerichtenService } from '../berichten/berichten.service.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../problem/database-unavailable.js';
import { ProblemException } from '../problem/problem.js';
import { claimedAfzender, verifySender } from '../security/sender-check.js';
import { GATEWAY_APPLICATIE, type ReceivedEnvelope } from './chain-envelopes.js';

@Controller('ggk')
export class GgkController {
  constructor(private readonly berichten: BerichtenService) {}

  @Post('OntvangAsynchroon')
  async ontvang(
    @Req() request: Request,
    @Res() response: Response,
    @Headers('content-type') contentType: string | undefined,
    @Headers('soapaction') soapAction: string | undefined,
  ): Promise<void> {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const parsed = parseSoapRequest(body, {
      ...(contentType ? { contentType } : {}),
      ...(soapAction ? { soapAction } : {}),
    });
    if (!parsed.ok) {
      this.fault(
        response,
        parsed.soapVersion ?? '1.1',
        parsed.stuurgegevens ?? {},
        fo03ForFindings(parsed.findings),
      );
      return;
    }
    const { request: ggk } = parsed;
    const version = ggk.soap.version;
    const mismatch = await verifySender(request, () => [
      { where: 'stuurgegevens/zender/organisatie', value: ggk.envelope.stuurgegevens.zender?.organisatie },
      ...(ggk.operation === 'Fo01' ? [] : [claimedAfzender(ggk.envelope.parameters.bericht.bytes)]),
    ]);
    if (mismatch) {
      const toelichting = mismatch.problem.detail ?? mismatch.problem.title;
      this.fault(response, version, ggk.envelope.stuurgegevens, stufFout('StUF052', { toelichting }), 403);
      return;
    }
    if (ggk.operation === 'Fo01') {
      // An error from the chain about something we sent: kept, never dropped.
      await this.berichten.recordChainError(Buffer.from(ggk.originalXml), ggk.envelope);
    } else {
      const { bericht, ...parameters } = ggk.envelope.parameters;
      const envelope: ReceivedEnvelope = { stuurgegevens: ggk.envelope.stuurgegevens, parameters };
      try {
        await this.berichten.receive(bericht.bytes, 'ggk', false, envelope);
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
          const fout = stufFout('StUF046', {
            toelichting: 'de berichtenopslag is tijdelijk niet bereikbaar',
          });
          this.fault(response, version, ggk.envelope.stuurgegevens, fout, 503);
          return;
        }
        if (!(error instanceof ProblemException)) throw error;
        const findings = error.problem.errors ?? [];
        const { stuurgegevens } = ggk.envelope;
        const fout = stuf055({
          functie: stuurgegevens.functie,
          applicatieVersie: parameters.applicatieVersie,
          applicatieSubversie: parameters.applicatieSubversie,
          findings,
        });
        this.fault(response, version, stuurgegevens, fout);
        return;
      }
    }
    const bv03 = buildBv03(
      replyStuurgegevens<'Bv03'>(ggk.envelope.stuurgegevens, {
        referentienummer: newReferentienummer(),
        tijdstipBericht: formatTijdstip(new Date()),
        fallback: { applicatie: GATEWAY_APPLICATIE },
      }),
      { soapVersion: version },
    );
    response.status(200).type(`${SOAP_MEDIA_TYPE[version]}; charset=utf-8`).send(bv03);
  }

  private fault(
    response: Response,
    version: SoapVersion,
    received: ReadableStuurgegevens,
    fout: ReturnType<typeof fo03ForFindings>,
    status: number = faultHttpStatus(version, fout.plek),
  ): void {
    const envelope = buildFo03Fault(
      {
        stuurgegevens: replyStuurgegevens<'Fo03'>(received, {
          referentienummer: newReferentienummer(),
          tijdstipBericht: formatTijdstip(new Date()),
          fallback: { applicatie: GATEWAY_APPLICATIE },
        }),
        body: fout,
      },
      { soapVersion: version },
    );
    response.status(status).type(`${SOAP_MEDIA_TYPE[version]}; charset=utf-8`).send(envelope);
  }
}
