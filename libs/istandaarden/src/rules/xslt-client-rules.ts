/** XSLT-kind rules on the client part of a message: birth date, contacts, dates against the Dagtekening, duplicates. */
import type { BerichtType } from '../catalogue.js';
import { inMessageRule, yearsBefore } from './in-message-rule.js';
import { contacts, geboortedata } from './message-parts.js';
import { all, field, has, leafPath, leaves, parentOf, RepeatedKeys, shared, text, type At } from './paths.js';

export const TR002 = inMessageRule({
  id: 'TR002',
  level: 'xslt',
  appliesTo: ['301', '305', '307', '315'],
  explanation:
    'A birth date may lie at most 120 years before the Dagtekening, unless it is the marked unknown date (1900-01-01 with DatumGebruik 3).',
  *violations(facts) {
    const limit = yearsBefore(facts.dagtekening, 120);
    for (const geboortedatum of geboortedata(facts)) {
      const datum = text(geboortedatum.node, 'Datum');
      if (datum === undefined || datum >= limit) continue;
      if (datum === '1900-01-01' && text(geboortedatum.node, 'DatumGebruik') === '3') continue;
      yield {
        path: `${geboortedatum.path}/Datum`,
        message: `the birth date lies more than 120 years before the Dagtekening ${facts.dagtekening}`,
      };
    }
  },
});

export const TR006 = inMessageRule({
  id: 'TR006',
  level: 'xslt',
  appliesTo: ['301'],
  explanation: 'Every Contact gives a phone number, or a house number together with a postcode, or both.',
  *violations(facts) {
    for (const contact of contacts(facts)) {
      if (has(contact.node, 'Telefoon')) continue;
      if (has(contact.node, 'Adres/Huis') && has(contact.node, 'Adres/Postcode')) continue;
      yield { path: contact.path, message: 'a Contact needs Telefoon, or Huis and Postcode in its Adres' };
    }
  },
});

const ADDRESS_KINDS = new Set(['01', '02', '03']);

export const TR061 = inMessageRule({
  id: 'TR061',
  level: 'xslt',
  appliesTo: ['301'],
  explanation:
    'The client has at least one contact address of kind BRP (01), correspondence (02) or residence (03).',
  *violations(facts) {
    for (const gegevens of all(facts.root, 'Client/Contactgegevens')) {
      const kinds = all(gegevens, 'Contact').map((contact) => text(contact.node, 'Soort'));
      if (!kinds.some((kind) => kind !== undefined && ADDRESS_KINDS.has(kind)))
        yield { path: gegevens.path, message: 'no Contact of Soort 01, 02 or 03' };
    }
  },
});

const PRESTATIE = 'Clienten/Client/Prestaties/Prestatie';

/** The dates that may not lie after the Dagtekening, per message type (our reading of where TR134 is attached). */
export const TR134_ELEMENTS: Readonly<Partial<Record<BerichtType, readonly string[]>>> = {
  '301': [
    'Client/Geboortedatum/Datum',
    'Client/Relaties/Relatie/Geboortedatum/Datum',
    'Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum',
  ],
  '305': ['Client/Geboortedatum/Datum', 'Client/StartProducten/StartProduct/Begindatum'],
  '307': [
    'Client/Geboortedatum/Datum',
    'Client/StopProducten/StopProduct/Begindatum',
    'Client/StopProducten/StopProduct/Einddatum',
  ],
  '315': ['Client/Geboortedatum/Datum'],
  '323': [
    'Declaratie/DeclaratieDagtekening',
    'Declaratie/DeclaratiePeriode/Begindatum',
    `Declaratie/${PRESTATIE}/ProductPeriode/Begindatum`,
  ],
  '325': [`DeclaratieAntwoord/${PRESTATIE}/ProductPeriode/Begindatum`],
};

export const TR134 = inMessageRule({
  id: 'TR134',
  level: 'xslt',
  appliesTo: ['301', '305', '307', '315', '323', '325'],
  explanation:
    'Dates of things that already happened (birth, start, stop, toewijzing, declared period) may not lie after the Dagtekening.',
  *violations(facts) {
    for (const steps of TR134_ELEMENTS[facts.type] ?? []) {
      for (const leaf of leaves(facts.root, steps)) {
        // The path only for a date that breaks the rule.
        if (leaf.value > facts.dagtekening)
          yield { path: leafPath(leaf), message: `the date lies after the Dagtekening ${facts.dagtekening}` };
      }
    }
  },
});

interface LogicalKey {
  /** From the root to the parent class instances. */
  readonly parent: string;
  readonly element: string;
  /** The key elements, relative to `element`. */
  readonly key: readonly string[];
}

const PRODUCT_KEY = ['Product/Categorie', 'Product/Code'];
const PRESTATIE_KEY = ['ProductReferentie/ReferentieNummer', 'ProductReferentie/VorigReferentieNummer'];

/**
 * The logical keys of the repeatable classes (the key elements the condities-constraints files mark).
 * A 315 has one repeatable class, AangevraagdProduct, keyed on ReferentieAanbieder: TR383 reports that.
 */
export const LOGICAL_KEYS: Readonly<Partial<Record<BerichtType, readonly LogicalKey[]>>> = {
  '301': [
    { parent: 'Client/Contactgegevens', element: 'Contact', key: ['Soort'] },
    { parent: 'Client/Relaties', element: 'Relatie', key: ['Nummer'] },
    { parent: 'Client/ToegewezenProducten', element: 'ToegewezenProduct', key: ['ToewijzingNummer'] },
  ],
  '305': [
    {
      parent: 'Client/StartProducten',
      element: 'StartProduct',
      key: ['ToewijzingNummer', ...PRODUCT_KEY, 'Begindatum'],
    },
  ],
  '307': [
    {
      parent: 'Client/StopProducten',
      element: 'StopProduct',
      key: ['ToewijzingNummer', ...PRODUCT_KEY, 'Begindatum', 'Einddatum', 'RedenBeeindiging'],
    },
  ],
  '317': [
    {
      parent: 'Client/Verzoek/OngewijzigdeProducten',
      element: 'OngewijzigdProduct',
      key: ['ToewijzingNummer'],
    },
    { parent: 'Client/Verzoek/TeWijzigenProducten', element: 'TeWijzigenProduct', key: ['ToewijzingNummer'] },
    {
      parent: 'Client/Verzoek/NieuweProducten',
      element: 'NieuwProduct',
      key: [...PRODUCT_KEY, 'GewensteIngangsdatum'],
    },
  ],
  '323': [
    { parent: 'Declaratie/Clienten', element: 'Client', key: ['Bsn'] },
    { parent: 'Declaratie/Clienten/Client/Prestaties', element: 'Prestatie', key: PRESTATIE_KEY },
  ],
  '325': [
    { parent: 'DeclaratieAntwoord/Clienten', element: 'Client', key: ['Bsn'] },
    { parent: 'DeclaratieAntwoord/Clienten/Client/Prestaties', element: 'Prestatie', key: PRESTATIE_KEY },
  ],
};

export const TR101 = inMessageRule({
  id: 'TR101',
  level: 'xslt',
  appliesTo: ['301', '305', '307', '315', '317', '323', '325'],
  explanation:
    'No class occurs twice with the same logical key under the same parent (no duplicate lines in a message).',
  *violations(facts) {
    for (const { parent, element, key } of LOGICAL_KEYS[facts.type] ?? []) {
      // One walk to the elements (shared with the other rules), taken per parent instance: the
      // elements of one parent follow each other in document order.
      const fields = key.map(field);
      let container: At | undefined;
      let seen = new RepeatedKeys(fields);
      for (const child of shared(facts.root, `${parent}/${element}`)) {
        const of = parentOf(child);
        if (of !== container) {
          container = of;
          seen = new RepeatedKeys(fields);
        }
        if (seen.repeats(child.node))
          yield {
            path: child.path,
            message: `${element} repeats the key (${key.join(', ')}) of an earlier one`,
          };
      }
    }
  },
});
