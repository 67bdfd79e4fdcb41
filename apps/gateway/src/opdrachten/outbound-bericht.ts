/**
 * The message a command becomes: the back office's body under a Header the gateway writes (our
 * identification, our schema versions; for a 325 the declaration it answers), and the Di01 envelope
 * that carries it to the GGk.
 */
import {
  catalogueEntry,
  loadDefinition,
  type Bericht,
  type BerichtNode,
  type CatalogueEntry,
} from '../../../../libs/istandaarden/src/index.js';
import { buildDi01, formatTijdstip, newReferentienummer } from '../../../../libs/stuf-ggk/src/index.js';
import { GATEWAY_APPLICATIE } from '../ggk/chain-envelopes.js';

export interface HeaderFeiten {
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  /** 325: the declaration answered, and the Header's RetourCodes. */
  readonly declaratie?: {
    readonly identificatie: string;
    readonly dagtekening: string;
    readonly xsdVersie: BerichtNode;
  };
  readonly retourcodes?: readonly string[];
}

export function outboundBericht(
  entry: CatalogueEntry,
  body: Record<string, unknown>,
  feiten: HeaderFeiten,
): Bericht {
  const message = loadDefinition(entry.standaard).messages.get(entry.code)!;
  const header: BerichtNode = {
    BerichtCode: entry.berichtCode,
    BerichtVersie: 3,
    BerichtSubversie: 2,
    Afzender: feiten.gemeente,
    Ontvanger: feiten.aanbieder,
    BerichtIdentificatie: { Identificatie: feiten.identificatie, Dagtekening: feiten.dagtekening },
    XsdVersie: { BasisschemaXsdVersie: message.basisschemaVersion, BerichtXsdVersie: message.version },
    ...(feiten.declaratie
      ? {
          DeclaratieIdentificatie: {
            Identificatie: feiten.declaratie.identificatie,
            Dagtekening: feiten.declaratie.dagtekening,
          },
          XsdVersieDeclaratie: feiten.declaratie.xsdVersie,
          RetourCodes: { RetourCode: [...(feiten.retourcodes ?? ['0200'])] },
        }
      : {}),
  };
  return {
    standaard: entry.standaard,
    code: entry.code,
    bericht: { Header: header, ...body } as BerichtNode,
  };
}

/** The XsdVersie of a message's Header, read from its first bytes (the Header comes first). */
export function headerXsdVersie(head: string): BerichtNode | undefined {
  const basis = /<(?:[\w-]+:)?BasisschemaXsdVersie>\s*([^<\s]+)\s*</.exec(head)?.[1];
  const bericht = /<(?:[\w-]+:)?BerichtXsdVersie>\s*([^<\s]+)\s*</.exec(head)?.[1];
  return basis && bericht ? { BasisschemaXsdVersie: basis, BerichtXsdVersie: bericht } : undefined;
}

/** A Di01 carrying our message to the aanbieder through the GGk. */
export function outboundDi01(
  code: string,
  gemeente: string,
  aanbieder: string,
  xml: Buffer,
  now = new Date(),
): string {
  if (!catalogueEntry(code)) throw new Error(`unknown message code ${code}`);
  return buildDi01({
    stuurgegevens: {
      zender: { organisatie: gemeente, applicatie: GATEWAY_APPLICATIE },
      ontvanger: { organisatie: aanbieder, applicatie: 'GGk' },
      referentienummer: newReferentienummer(),
      tijdstipBericht: formatTijdstip(now),
      functie: code,
    },
    parameters: {
      applicatieVersie: '0301',
      applicatieSubversie: '0000',
      functieVersie: '0302',
      functieSubversie: '0000',
      bericht: { bytes: xml },
    },
  });
}
