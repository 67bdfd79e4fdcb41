/**
 * Builders of complete SOAP envelopes: Di01 and Du01 carrying our payload to the GGk, the synchronous
 * Bv03, a Fo01 (e.g. StUF055 for a payload that fails its XSD) and a SOAP Fault with a StUF Fo03 in its detail.
 */
import type {
  Di01Parameters,
  Di01Stuurgegevens,
  Du01Parameters,
  Du01Stuurgegevens,
  Fout,
  ReplyStuurgegevens,
  Systeem,
} from '../model.js';
import { NS, type SoapVersion } from '../namespaces.js';
import { FACETS } from '../read/envelope-rules.js';
import { BESTANDSNAAM, InputCheck } from './input-check.js';
import { XmlWriter } from './xml-writer.js';

export interface BuildOptions {
  /** SOAP 1.1 by default (the WSDL's binding); 1.2 to answer a SOAP 1.2 request in kind. */
  readonly soapVersion?: SoapVersion;
}

export interface PayloadInput {
  /** The payload; a string is written as UTF-8. */
  readonly bytes: Uint8Array | string;
  /** `xmime:contentType`; default `application/xml`, as in the official StUF-GGk 2.1 examples. */
  readonly contentType?: string;
  /** Only for non-XML payloads (StUF-GGk 2.1.04 §2.7): [0-9A-Za-z._-], at most 255 characters. */
  readonly bestandsnaam?: string;
}

export interface Di01Input {
  readonly stuurgegevens: Omit<Di01Stuurgegevens, 'berichtcode'> & { readonly berichtcode?: 'Di01' };
  readonly parameters: Omit<Di01Parameters, 'bericht'> & { readonly bericht: PayloadInput };
}

export interface Du01Input {
  readonly stuurgegevens: Omit<Du01Stuurgegevens, 'berichtcode'> & { readonly berichtcode?: 'Du01' };
  readonly parameters: Omit<Du01Parameters, 'bericht'> & { readonly bericht: PayloadInput };
}

/** Stuurgegevens of an answer; `replyStuurgegevens()` derives them from the message answered. */
export type ReplyInput<C extends 'Bv03' | 'Fo01' | 'Fo03'> = Omit<ReplyStuurgegevens<C>, 'berichtcode'> & {
  readonly berichtcode?: C;
};

export interface FoutInput<C extends 'Fo01' | 'Fo03'> {
  readonly stuurgegevens: ReplyInput<C>;
  readonly body: Fout;
}

const PREFIXES = [
  ['xmlns:StUF', NS.STUF],
  ['xmlns:GGK', NS.GGK],
  ['xmlns:xmime', NS.XMIME],
] as const;

export function buildDi01(input: Di01Input, options: BuildOptions = {}): string {
  return buildEnvelop('Di01', input, options);
}

export function buildDu01(input: Du01Input, options: BuildOptions = {}): string {
  return buildEnvelop('Du01', input, options);
}

function buildEnvelop(code: 'Di01' | 'Du01', input: Di01Input | Du01Input, options: BuildOptions): string {
  const { stuurgegevens: s, parameters: p } = input;
  const crossRefnummer = 'crossRefnummer' in s ? s.crossRefnummer : undefined;
  const crossRefnummerBericht = 'crossRefnummerBericht' in p ? p.crossRefnummerBericht : undefined;
  const bytes = typeof p.bericht.bytes === 'string' ? Buffer.from(p.bericht.bytes, 'utf8') : p.bericht.bytes;
  const contentType = p.bericht.contentType ?? 'application/xml';
  const check = new InputCheck(`build${code}`)
    .systeem('stuurgegevens.zender', s.zender, true)
    .systeem('stuurgegevens.ontvanger', s.ontvanger, true)
    .value('stuurgegevens.referentienummer', s.referentienummer, FACETS.refnummer)
    .value('stuurgegevens.tijdstipBericht', s.tijdstipBericht, FACETS.tijdstip)
    .value('stuurgegevens.crossRefnummer', crossRefnummer, FACETS.refnummer, code === 'Du01')
    .value('stuurgegevens.functie', s.functie, FACETS.functie)
    .value('parameters.referentienummerBericht', p.referentienummerBericht, FACETS.refnummer, false)
    .value('parameters.crossRefnummerBericht', crossRefnummerBericht, FACETS.refnummer, false);
  for (const name of [
    'applicatieVersie',
    'applicatieSubversie',
    'functieVersie',
    'functieSubversie',
  ] as const) {
    check.value(`parameters.${name}`, p[name], FACETS.versienr);
  }
  check.value('parameters.bericht.contentType', contentType, FACETS.contentType);
  if (p.bericht.bestandsnaam !== undefined && !BESTANDSNAAM.test(p.bericht.bestandsnaam)) {
    check.fail(
      `parameters.bericht.bestandsnaam '${p.bericht.bestandsnaam.slice(0, 60)}' must match ${BESTANDSNAAM.source}`,
    );
  }
  if (bytes.byteLength === 0) check.fail('parameters.bericht.bytes is empty');
  check.done();

  const element = code === 'Di01' ? 'GGK:envelopHeenbericht-ggk_Di01' : 'GGK:envelopRetourbericht-ggk_Du01';
  const xml = soapStart(options).start(element, PREFIXES);
  xml.start('GGK:stuurgegevens').leaf('StUF:berichtcode', code);
  systeem(xml, 'StUF:zender', s.zender);
  systeem(xml, 'StUF:ontvanger', s.ontvanger);
  xml
    .leaf('StUF:referentienummer', s.referentienummer)
    .leaf('StUF:tijdstipBericht', s.tijdstipBericht)
    .leaf('StUF:crossRefnummer', crossRefnummer)
    .leaf('StUF:functie', s.functie)
    .end()
    .start('GGK:parameters')
    .leaf('GGK:referentienummerBericht', p.referentienummerBericht)
    .leaf('GGK:crossRefnummerBericht', crossRefnummerBericht)
    .leaf('GGK:applicatieVersie', p.applicatieVersie)
    .leaf('GGK:applicatieSubversie', p.applicatieSubversie)
    .leaf('GGK:functieVersie', p.functieVersie)
    .leaf('GGK:functieSubversie', p.functieSubversie)
    .leaf('GGK:bericht', Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), [
      ['StUF:bestandsnaam', p.bericht.bestandsnaam],
      ['xmime:contentType', contentType],
    ])
    .end()
    .end();
  return soapEnd(xml).toString();
}

/** The synchronous acknowledgement: crossRefnummer = referentienummer of the message acknowledged. */
export function buildBv03(stuurgegevens: ReplyInput<'Bv03'>, options: BuildOptions = {}): string {
  checkReply('buildBv03', stuurgegevens).done();
  const xml = soapStart(options).start('StUF:Bv03Bericht', [PREFIXES[0]]);
  replyStuurgegevensXml(xml, 'Bv03', stuurgegevens);
  return soapEnd(xml.end()).toString();
}

/** An asynchronous error message, e.g. StUF055 to the provider whose payload failed its XSD. */
export function buildFo01(input: FoutInput<'Fo01'>, options: BuildOptions = {}): string {
  checkFout('buildFo01', input).done();
  const xml = soapStart(options);
  foutbericht(xml, 'Fo01', input);
  return soapEnd(xml).toString();
}

/** The synchronous refusal: a SOAP Fault (Client for plek client, Server for plek server) with the Fo03 in its detail. */
export function buildFo03Fault(input: FoutInput<'Fo03'>, options: BuildOptions = {}): string {
  checkFout('buildFo03Fault', input).done();
  const version = options.soapVersion ?? '1.1';
  const client = input.body.plek === 'client';
  const reason = `${input.body.code}: ${input.body.omschrijving}`;
  const xml = soapStart(options).start('soap:Fault');
  if (version === '1.1') {
    xml
      .leaf('faultcode', client ? 'soap:Client' : 'soap:Server')
      .leaf('faultstring', reason)
      .start('detail');
  } else {
    xml
      .start('soap:Code')
      .leaf('soap:Value', client ? 'soap:Sender' : 'soap:Receiver')
      .end()
      .start('soap:Reason')
      .leaf('soap:Text', reason, [['xml:lang', 'nl']])
      .end()
      .start('soap:Detail');
  }
  foutbericht(xml, 'Fo03', input);
  return soapEnd(xml.end().end()).toString();
}

function soapStart(options: BuildOptions): XmlWriter {
  const ns = (options.soapVersion ?? '1.1') === '1.1' ? NS.SOAP11 : NS.SOAP12;
  return new XmlWriter().start('soap:Envelope', [['xmlns:soap', ns]]).start('soap:Body');
}

function soapEnd(xml: XmlWriter): XmlWriter {
  return xml.end().end();
}

function systeem(xml: XmlWriter, name: string, value: Systeem): void {
  xml
    .start(name)
    .leaf('StUF:organisatie', value.organisatie)
    .leaf('StUF:applicatie', value.applicatie)
    .leaf('StUF:administratie', value.administratie)
    .leaf('StUF:gebruiker', value.gebruiker)
    .end();
}

function replyStuurgegevensXml(xml: XmlWriter, code: string, s: ReplyInput<'Bv03' | 'Fo01' | 'Fo03'>): void {
  xml.start('StUF:stuurgegevens').leaf('StUF:berichtcode', code);
  systeem(xml, 'StUF:zender', s.zender);
  systeem(xml, 'StUF:ontvanger', s.ontvanger);
  xml
    .leaf('StUF:referentienummer', s.referentienummer)
    .leaf('StUF:tijdstipBericht', s.tijdstipBericht)
    .leaf('StUF:crossRefnummer', s.crossRefnummer)
    .end();
}

function foutbericht(xml: XmlWriter, code: 'Fo01' | 'Fo03', input: FoutInput<'Fo01' | 'Fo03'>): void {
  xml.start(`StUF:${code}Bericht`, [PREFIXES[0]]);
  replyStuurgegevensXml(xml, code, input.stuurgegevens);
  const { body } = input;
  xml
    .start('StUF:body')
    .leaf('StUF:code', body.code)
    .leaf('StUF:plek', body.plek)
    .leaf('StUF:omschrijving', body.omschrijving)
    .leaf('StUF:details', body.details);
  if (body.detailsXml !== undefined) xml.markup('StUF:detailsXML', body.detailsXml);
  xml.end().end();
}

function checkReply(builder: string, s: ReplyInput<'Bv03' | 'Fo01' | 'Fo03'>): InputCheck {
  return new InputCheck(builder)
    .systeem('stuurgegevens.zender', s.zender, false)
    .systeem('stuurgegevens.ontvanger', s.ontvanger, false)
    .value('stuurgegevens.referentienummer', s.referentienummer, FACETS.refnummer)
    .value('stuurgegevens.tijdstipBericht', s.tijdstipBericht, FACETS.tijdstip)
    .value('stuurgegevens.crossRefnummer', s.crossRefnummer, FACETS.refnummer);
}

function checkFout(builder: string, input: FoutInput<'Fo01' | 'Fo03'>): InputCheck {
  return checkReply(builder, input.stuurgegevens)
    .value('body.code', input.body.code, FACETS.foutcode)
    .value('body.plek', input.body.plek, FACETS.foutplek)
    .value('body.omschrijving', input.body.omschrijving, FACETS.foutomschrijving)
    .value('body.details', input.body.details, FACETS.foutdetails, false)
    .fragment('body.detailsXml', input.body.detailsXml);
}
