/**
 * Our compact schema of the StUF-GGk messages we use, written from the facts of the official schemas
 * (ggk0310_msg.xsd, ggk0310_msg_stuf.xsd, stuf0301.xsd, stuf0301mtom.xsd, xmlmime.xsd): element names,
 * namespaces, order, cardinality and the facets of the simple types.
 */
import { NS } from '../namespaces.js';
import type { ElementRule, TextFacet } from './rules.js';

export const FACETS = {
  refnummer: { type: 'StUF:Refnummer', maxLength: 40 },
  tijdstip: { type: 'StUF:Tijdstip', pattern: /^[0-9]{8,17}$/ },
  versienr: { type: 'StUF:Versienr', minLength: 4, maxLength: 4, pattern: /^[0-9]{4}$/ },
  functie: { type: 'StUF:Functie', maxLength: 30 },
  organisatie: { type: 'StUF:Organisatie', maxLength: 200 },
  applicatie: { type: 'StUF:Applicatie', minLength: 3, maxLength: 50 },
  administratie: { type: 'StUF:Administratie', maxLength: 50 },
  gebruiker: { type: 'StUF:Gebruiker', maxLength: 100 },
  foutcode: { type: 'StUF:Foutcode', maxLength: 7 },
  foutplek: { type: 'StUF:Foutplek', enumeration: ['client', 'server'] },
  foutomschrijving: { type: 'StUF:Foutomschrijving', maxLength: 200 },
  foutdetails: { type: 'StUF:Foutdetails', maxLength: 1000 },
  bestandsnaam: { type: 'StUF:Bestandsnaam', maxLength: 255 },
  contentType: { type: 'xmime:contentType', minLength: 3 },
} as const satisfies Record<string, TextFacet>;

function text(name: string, ns: string, facet: TextFacet, optional = false): ElementRule {
  return { name, ns, content: { kind: 'text', facet }, ...(optional && { optional }) };
}

function sequence(name: string, ns: string, children: readonly ElementRule[]): ElementRule {
  return { name, ns, content: { kind: 'sequence', children } };
}

function berichtcode(code: string): ElementRule {
  return text('berichtcode', NS.STUF, { type: `StUF:Berichtcode${code}`, enumeration: [code] });
}

/** StUF `Systeem`, or `Systeem_ggkberichten` (organisatie required) in Di01/Du01. */
function systeem(name: 'zender' | 'ontvanger', ggk: boolean): ElementRule {
  return sequence(name, NS.STUF, [
    text('organisatie', NS.STUF, FACETS.organisatie, !ggk),
    text('applicatie', NS.STUF, FACETS.applicatie),
    text('administratie', NS.STUF, FACETS.administratie, true),
    text('gebruiker', NS.STUF, FACETS.gebruiker, true),
  ]);
}

function envelopStuurgegevens(code: 'Di01' | 'Du01'): ElementRule {
  return sequence('stuurgegevens', NS.GGK, [
    berichtcode(code),
    systeem('zender', true),
    systeem('ontvanger', true),
    text('referentienummer', NS.STUF, FACETS.refnummer),
    text('tijdstipBericht', NS.STUF, FACETS.tijdstip),
    ...(code === 'Du01' ? [text('crossRefnummer', NS.STUF, FACETS.refnummer)] : []),
    text('functie', NS.STUF, FACETS.functie),
  ]);
}

/** `parameters/bericht`: `StUF:BinaireInhoud-basis_ggkberichten` (base64, or xop:Include under MTOM). */
export const BERICHT: ElementRule = {
  name: 'bericht',
  ns: NS.GGK,
  content: { kind: 'node' },
  attributes: [
    { ns: NS.STUF, name: 'bestandsnaam', facet: FACETS.bestandsnaam },
    { ns: NS.XMIME, name: 'contentType', required: true, facet: FACETS.contentType },
  ],
};

function parameters(code: 'Di01' | 'Du01'): ElementRule {
  return sequence('parameters', NS.GGK, [
    text('referentienummerBericht', NS.GGK, FACETS.refnummer, true),
    ...(code === 'Du01' ? [text('crossRefnummerBericht', NS.GGK, FACETS.refnummer, true)] : []),
    text('applicatieVersie', NS.GGK, FACETS.versienr),
    text('applicatieSubversie', NS.GGK, FACETS.versienr),
    text('functieVersie', NS.GGK, FACETS.versienr),
    text('functieSubversie', NS.GGK, FACETS.versienr),
    BERICHT,
  ]);
}

function replyStuurgegevens(code: 'Bv03' | 'Fo01' | 'Fo03'): ElementRule {
  return sequence('stuurgegevens', NS.STUF, [
    berichtcode(code),
    systeem('zender', false),
    systeem('ontvanger', false),
    text('referentienummer', NS.STUF, FACETS.refnummer),
    text('tijdstipBericht', NS.STUF, FACETS.tijdstip),
    text('crossRefnummer', NS.STUF, FACETS.refnummer),
  ]);
}

/** `StUF:Foutbericht`. */
const FOUTBERICHT = sequence('body', NS.STUF, [
  text('code', NS.STUF, FACETS.foutcode),
  text('plek', NS.STUF, FACETS.foutplek),
  text('omschrijving', NS.STUF, FACETS.foutomschrijving),
  text('details', NS.STUF, FACETS.foutdetails, true),
  { name: 'detailsXML', ns: NS.STUF, optional: true, content: { kind: 'node' } },
]);

/** The message elements, by their name in the SOAP Body. */
export const MESSAGE_RULES = {
  Di01: sequence('envelopHeenbericht-ggk_Di01', NS.GGK, [envelopStuurgegevens('Di01'), parameters('Di01')]),
  Du01: sequence('envelopRetourbericht-ggk_Du01', NS.GGK, [envelopStuurgegevens('Du01'), parameters('Du01')]),
  Fo01: sequence('Fo01Bericht', NS.STUF, [replyStuurgegevens('Fo01'), FOUTBERICHT]),
  Bv03: sequence('Bv03Bericht', NS.STUF, [replyStuurgegevens('Bv03')]),
  Fo03: sequence('Fo03Bericht', NS.STUF, [replyStuurgegevens('Fo03'), FOUTBERICHT]),
} as const satisfies Record<string, ElementRule>;
