/** The content of StUF-GGk envelopes and their answers, with the element names of the StUF-GGk schemas. */
import type { Finding } from './findings.js';
import type { Operation, SoapVersion } from './namespaces.js';

export type Berichtcode = 'Di01' | 'Du01' | 'Bv03' | 'Fo01' | 'Fo03';

/** StUF `Systeem`: who sends or receives. In Fo01/Bv03/Fo03 (plain StUF) `organisatie` may be absent. */
export interface Systeem {
  /** CBS gemeentecode, AGB code, or a chain party ("VECOZO", "IB", "RINIS", "SVB", "CAK"…); at most 200 characters. */
  readonly organisatie?: string;
  /** Name of the application, 3–50 characters; "GGk" for the receiving side of a Di01/Du01. */
  readonly applicatie: string;
  readonly administratie?: string;
  readonly gebruiker?: string;
}

/** `Systeem_ggkberichten`: in Di01/Du01 `organisatie` is required. */
export interface GgkSysteem extends Systeem {
  readonly organisatie: string;
}

interface StuurgegevensBase {
  /** UUID (v4 in the ISD chain), at most 40 characters. */
  readonly referentienummer: string;
  /** `YYYYMMDDhhmmss` with optional milliseconds (StUF `Tijdstip`: 8–17 digits). */
  readonly tijdstipBericht: string;
}

export interface Di01Stuurgegevens extends StuurgegevensBase {
  readonly berichtcode: 'Di01';
  readonly zender: GgkSysteem;
  readonly ontvanger: GgkSysteem;
  /** The iStandaarden message, e.g. `JW305` or `WMO301` (at most 30 characters). */
  readonly functie: string;
}

export interface Du01Stuurgegevens extends StuurgegevensBase {
  readonly berichtcode: 'Du01';
  readonly zender: GgkSysteem;
  readonly ontvanger: GgkSysteem;
  /** referentienummer of the Di01 this retour answers. */
  readonly crossRefnummer: string;
  readonly functie: string;
}

/** Stuurgegevens of Bv03, Fo01 and Fo03: crossRefnummer = referentienummer of the message answered. */
export interface ReplyStuurgegevens<
  C extends 'Bv03' | 'Fo01' | 'Fo03' = 'Bv03' | 'Fo01' | 'Fo03',
> extends StuurgegevensBase {
  readonly berichtcode: C;
  readonly zender: Systeem;
  readonly ontvanger: Systeem;
  readonly crossRefnummer: string;
}

export type Stuurgegevens = Di01Stuurgegevens | Du01Stuurgegevens | ReplyStuurgegevens;

/** `parameters/bericht`: the payload, base64 in the XML (or an MTOM attachment), decoded here. */
export interface Payload {
  /** `xmime:contentType`, e.g. `application/xml`. */
  readonly contentType: string;
  /** `StUF:bestandsnaam`; since StUF-GGk 2.1.04 only for non-XML (tekstBestand) payloads. */
  readonly bestandsnaam?: string;
  /** The decoded payload bytes; never parsed by this library. */
  readonly bytes: Buffer;
  /** True when the bytes came from an MTOM attachment (xop:Include). */
  readonly viaXop?: boolean;
}

/** `parameters` of a Di01 (and, with crossRefnummerBericht, of a Du01). Versions are four digits. */
export interface Di01Parameters {
  /** Still in the 2.1.02 schema, dropped by specification 2.1.04: read when present, written only when given. */
  readonly referentienummerBericht?: string;
  readonly applicatieVersie: string;
  readonly applicatieSubversie: string;
  readonly functieVersie: string;
  readonly functieSubversie: string;
  readonly bericht: Payload;
}

export interface Du01Parameters extends Di01Parameters {
  readonly crossRefnummerBericht?: string;
}

/** Body of Fo01/Fo02/Fo03 (`StUF:Foutbericht`). */
export interface Fout {
  /** e.g. `StUF055`, `IB102`, `CC02`; at most 7 characters. */
  readonly code: string;
  /** Where the cause lies: the sender of the failed message (`client`) or its receiver (`server`). */
  readonly plek: 'client' | 'server';
  /** At most 200 characters. */
  readonly omschrijving: string;
  /** At most 1000 characters; in the ISD chain `<functie>-<applicatieVersie><applicatieSubversie>`. */
  readonly details?: string;
  /** Well-formed XML placed in `detailsXML` as is (the original envelope, without base64 or CDATA). */
  readonly detailsXml?: string;
}

export interface Di01Envelope {
  readonly stuurgegevens: Di01Stuurgegevens;
  readonly parameters: Di01Parameters;
}

export interface Du01Envelope {
  readonly stuurgegevens: Du01Stuurgegevens;
  readonly parameters: Du01Parameters;
}

export interface FoutBericht<C extends 'Fo01' | 'Fo03'> {
  readonly stuurgegevens: ReplyStuurgegevens<C>;
  readonly body: Fout;
}

/** What the SOAP layer said besides the message. */
export interface SoapInfo {
  readonly version: SoapVersion;
  /** Header blocks as `{namespace}localName`, in order; this library does not process them. */
  readonly headers: readonly string[];
  /** True when the body was a multipart/related (MTOM/XOP) package. */
  readonly mtom: boolean;
}

interface RequestBase {
  readonly soap: SoapInfo;
  /**
   * The Body's message element as a standalone XML fragment (namespace declarations of the SOAP envelope
   * added), e.g. for `detailsXML` of a Fo01 that refuses it.
   */
  readonly originalXml: string;
}

export type GgkRequest =
  | (RequestBase & { readonly operation: 'ggk_Di01'; readonly envelope: Di01Envelope })
  | (RequestBase & { readonly operation: 'ggk_Du01'; readonly envelope: Du01Envelope })
  | (RequestBase & { readonly operation: 'Fo01'; readonly envelope: FoutBericht<'Fo01'> });

/** Best-effort stuurgegevens of an envelope that was refused, so that a Fo03 can still be addressed. */
export interface ReadableStuurgegevens {
  readonly berichtcode?: string;
  readonly zender?: Partial<Systeem>;
  readonly ontvanger?: Partial<Systeem>;
  readonly referentienummer?: string;
  readonly tijdstipBericht?: string;
  readonly crossRefnummer?: string;
  readonly functie?: string;
}

export type ParseRequestResult =
  | { readonly ok: true; readonly request: GgkRequest }
  | {
      readonly ok: false;
      readonly findings: readonly Finding[];
      readonly operation?: Operation;
      readonly soapVersion?: SoapVersion;
      readonly stuurgegevens?: ReadableStuurgegevens;
    };

/** The synchronous answer of OntvangAsynchroon: Bv03, or a SOAP Fault with Fo03 in its detail. */
export type GgkAnswer =
  | { readonly kind: 'Bv03'; readonly soap: SoapInfo; readonly stuurgegevens: ReplyStuurgegevens<'Bv03'> }
  | {
      readonly kind: 'Fo03';
      readonly soap: SoapInfo;
      /** SOAP 1.1 faultcode or SOAP 1.2 Code/Value, e.g. `soap:Client`. */
      readonly faultcode: string;
      readonly faultstring: string;
      readonly bericht: FoutBericht<'Fo03'>;
    };

export type ParseAnswerResult =
  | { readonly ok: true; readonly answer: GgkAnswer }
  | { readonly ok: false; readonly findings: readonly Finding[] };
