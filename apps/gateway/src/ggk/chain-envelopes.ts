/**
 * The envelopes the gateway sends back into the chain for a message that came in through the GGk:
 * a Du01 carrying the retour, or a Fo01 with StUF055 when the payload failed its schema.
 */
import {
  buildDu01,
  buildFo01,
  formatTijdstip,
  newReferentienummer,
  replyStuurgegevens,
  stuf055,
  type Di01Parameters,
  type Di01Stuurgegevens,
  type Finding,
  type ReadableStuurgegevens,
} from '../../../../libs/stuf-ggk/src/index.js';

/** What is kept of a received Di01/Du01 envelope (the payload itself is the stored message). */
export interface ReceivedEnvelope {
  readonly stuurgegevens: Omit<Di01Stuurgegevens, 'berichtcode'> & { readonly berichtcode: 'Di01' | 'Du01' };
  readonly parameters: Omit<Di01Parameters, 'bericht'>;
}

const GATEWAY_APPLICATIE = 'iStandaarden-gateway';

export function retourDu01(
  received: ReceivedEnvelope,
  retourCode: string,
  retourXml: Buffer,
  now = new Date(),
): string {
  const { stuurgegevens: heen, parameters } = received;
  return buildDu01({
    stuurgegevens: {
      zender: heen.ontvanger,
      ontvanger: heen.zender,
      referentienummer: newReferentienummer(),
      tijdstipBericht: formatTijdstip(now),
      crossRefnummer: heen.referentienummer,
      functie: retourCode,
    },
    parameters: {
      applicatieVersie: parameters.applicatieVersie,
      applicatieSubversie: parameters.applicatieSubversie,
      functieVersie: parameters.functieVersie,
      functieSubversie: parameters.functieSubversie,
      bericht: { bytes: retourXml },
    },
  });
}

/**
 * Stuurgegevens of the gateway's answer to `received` (Bv03, Fo01, Fo03): a fresh referentienummer,
 * the time `now`, and this gateway as applicatie where the received envelope names none.
 */
export function gatewayReply<C extends 'Bv03' | 'Fo01' | 'Fo03'>(
  received: ReadableStuurgegevens,
  now = new Date(),
): ReturnType<typeof replyStuurgegevens<C>> {
  return replyStuurgegevens<C>(received, {
    referentienummer: newReferentienummer(),
    tijdstipBericht: formatTijdstip(now),
    fallback: { applicatie: GATEWAY_APPLICATIE },
  });
}

export function schemaFailureFo01(
  received: ReceivedEnvelope,
  findings: readonly Finding[],
  now = new Date(),
): string {
  const { stuurgegevens, parameters } = received;
  return buildFo01({
    stuurgegevens: gatewayReply<'Fo01'>(stuurgegevens, now),
    body: stuf055({
      functie: stuurgegevens.functie,
      applicatieVersie: parameters.applicatieVersie,
      applicatieSubversie: parameters.applicatieSubversie,
      findings,
    }),
  });
}

export { GATEWAY_APPLICATIE };
