/**
 * Fouten and answers: the StUF foutcodes this gateway uses, the Fo01 StUF055 the GGk specification
 * prescribes for a payload that fails its XSD, the Fo03 for an envelope that cannot be taken in, and
 * the stuurgegevens of any answer (zender and ontvanger swapped, crossRefnummer = referentienummer answered).
 */
import type { Finding } from './findings.js';
import type { Fout, ReadableStuurgegevens, Systeem } from './model.js';
import type { SoapVersion } from './namespaces.js';
import { FACETS } from './read/envelope-rules.js';
import { facetViolation, type TextFacet } from './read/rules.js';
import type { ReplyInput } from './build/envelopes.js';

/** StUF 03.01 table 4.1 entries used here (omschrijving as the standard words it, and plek). */
export const STUF_FOUTEN = {
  StUF016: { omschrijving: 'Combinatie zender en referentienummer niet uniek', plek: 'client' },
  StUF022: { omschrijving: 'Berichtcode onbekend', plek: 'client' },
  StUF046: { omschrijving: 'Opslaan bericht niet mogelijk', plek: 'server' },
  StUF052: { omschrijving: 'Het zendende systeem is niet geautoriseerd', plek: 'client' },
  StUF055: { omschrijving: 'Berichtbody is niet conform schema in sectormodel', plek: 'client' },
  StUF058: { omschrijving: 'Proces voor afhandelen bericht geeft fout', plek: 'server' },
} as const satisfies Record<string, { omschrijving: string; plek: Fout['plek'] }>;

export type StufFoutcode = keyof typeof STUF_FOUTEN;

export function stufFout(
  code: StufFoutcode,
  extra?: { toelichting?: string; details?: string; detailsXml?: string },
): Fout {
  const { omschrijving, plek } = STUF_FOUTEN[code];
  const full = extra?.toelichting ? `${omschrijving}: ${extra.toelichting}` : omschrijving;
  return {
    code,
    plek,
    omschrijving: clip(full, FACETS.foutomschrijving.maxLength),
    ...(extra?.details !== undefined && { details: clip(extra.details, FACETS.foutdetails.maxLength) }),
    ...(extra?.detailsXml !== undefined && { detailsXml: extra.detailsXml }),
  };
}

/**
 * The Fo01 body for a payload that fails its XSD (GGk specification §2.3, §3.1): code StUF055, the
 * first schema finding in the omschrijving, details `<functie>-<applicatieVersie><applicatieSubversie>`
 * (e.g. `JW315-00020010`) and, when given, the original envelope in detailsXML.
 */
export function stuf055(input: {
  readonly functie: string;
  readonly applicatieVersie: string;
  readonly applicatieSubversie: string;
  readonly findings?: readonly Finding[];
  readonly originalXml?: string;
}): Fout {
  const first = input.findings?.[0];
  return stufFout('StUF055', {
    ...(first && { toelichting: `${first.message} (regel ${first.line}, ${first.path})` }),
    details: `${input.functie}-${input.applicatieVersie}${input.applicatieSubversie}`,
    ...(input.originalXml !== undefined && { detailsXml: input.originalXml }),
  });
}

/**
 * The Fo03 body for an envelope parseSoapRequest refused. Table 4.1 of StUF 03.01 has no Fo03 code for
 * an envelope that does not follow its schema; we use StUF055 for those (the nearest description), and
 * StUF022 (berichtcode onbekend) when the Body holds no operation of the service.
 */
export function fo03ForFindings(findings: readonly Finding[]): Fout {
  const first = findings[0];
  const toelichting = first ? first.message : undefined;
  const code: StufFoutcode = first?.rule === 'OPERATION' ? 'StUF022' : 'StUF055';
  const details = findings
    .slice(0, 5)
    .map((f) => `${f.rule} ${f.line}:${f.column} ${f.path} ${f.message}`)
    .join('\n');
  return stufFout(code, { ...(toelichting && { toelichting }), details });
}

/**
 * HTTP status for a SOAP Fault: always 500 in SOAP 1.1 (WS-I Basic Profile R1126); in SOAP 1.2 400 for a
 * Sender (client) fault and 500 for a Receiver (server) fault.
 */
export function faultHttpStatus(version: SoapVersion, plek: Fout['plek']): 400 | 500 {
  return version === '1.2' && plek === 'client' ? 400 : 500;
}

/**
 * Stuurgegevens of an answer (Bv03, Fo01, Fo03) to a received message: our zender is its ontvanger and
 * the other way round, crossRefnummer is its referentienummer. Values a refused message lacks, or has in
 * a form the schema refuses, are replaced by `fallback` (zender/ontvanger) or left empty (crossRefnummer).
 */
export function replyStuurgegevens<C extends 'Bv03' | 'Fo01' | 'Fo03'>(
  received: ReadableStuurgegevens,
  ids: { readonly referentienummer: string; readonly tijdstipBericht: string; readonly fallback: Systeem },
): ReplyInput<C> {
  return {
    zender: usableSysteem(received.ontvanger) ?? ids.fallback,
    ontvanger: usableSysteem(received.zender) ?? ids.fallback,
    referentienummer: ids.referentienummer,
    tijdstipBericht: ids.tijdstipBericht,
    crossRefnummer: fits(received.referentienummer, FACETS.refnummer) ?? '',
  };
}

function usableSysteem(systeem: Partial<Systeem> | undefined): Systeem | undefined {
  const applicatie = fits(systeem?.applicatie, FACETS.applicatie);
  if (!systeem || applicatie === undefined) return undefined;
  const organisatie = fits(systeem.organisatie, FACETS.organisatie);
  const administratie = fits(systeem.administratie, FACETS.administratie);
  const gebruiker = fits(systeem.gebruiker, FACETS.gebruiker);
  return {
    ...(organisatie !== undefined && { organisatie }),
    applicatie,
    ...(administratie !== undefined && { administratie }),
    ...(gebruiker !== undefined && { gebruiker }),
  };
}

function fits(value: string | undefined, facet: TextFacet): string | undefined {
  return value !== undefined && facetViolation(value, facet) === undefined ? value : undefined;
}

function clip(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}
