/**
 * The inventory marks the restricties and a few other rules as covered by the XSD. For each a probe
 * breaks the rule in a passing message and schema validation must refuse the result.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BerichtType } from '../catalogue.js';
import type { Standaard } from '../definition/model.js';
import type { BerichtNode } from '../mapping/model.js';
import { build } from '../mapping/build.js';
import { validate } from '../validation/validate.js';
import { BOTH } from './rule-cases.js';
import { passingBericht, put } from './rule-fixtures.js';
import { ruleInventory } from './rule-inventory.js';

/** A change to the model and/or (for a missing required element, which `build` refuses) to the built XML. */
interface Probe {
  readonly type: BerichtType;
  readonly model?: (bericht: BerichtNode) => void;
  readonly xml?: (xml: string) => string;
}

const CONTACT = 'Client/Contactgegevens/Contact';
const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
const PRESTATIE = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
const telefoon = (nummer: string) => ({ Telefoon01: { Telefoonnummer: nummer, Landnummer: '0031' } });
const relatie = (fields: BerichtNode = {}): BerichtNode => ({
  Nummer: '1',
  Volgorde: 1,
  Soort: '03',
  Naam: { Geslachtsnaam: { Achternaam: 'Jansen' }, NaamGebruik: '1' },
  Contact: { Soort: '01', Telefoon: telefoon('0201234567') },
  ...fields,
});
/** The XML without the first element `name` that comes after the first element `after`. */
const without =
  (name: string, after = 'Bericht') =>
  (xml: string): string => {
    const start = xml.search(new RegExp(`<\\w+:${after}[\\s>]`));
    const element = new RegExp(`<(\\w+):${name}>[\\s\\S]*?</\\1:${name}>\\s*`);
    return xml.slice(0, start) + xml.slice(start).replace(element, '');
  };
const set = (steps: string, value: BerichtNode[string] | undefined) => (b: BerichtNode) =>
  put(b, steps, value);
const long = (length: number) => 'x'.repeat(length);

const PROBES: Readonly<Record<string, Probe>> = {
  RS001: { type: '301', model: set(`${CONTACT}/Adres/Huis/Huisnummer`, -1) },
  RS002: { type: '301', model: set('Client/Relaties', { Relatie: [relatie({ Volgorde: 100 })] }) },
  RS004: { type: '301', model: set(`${CONTACT}/Adres/Huis/Huisnummer`, 100000) },
  RS005: { type: '301', model: set(`${TOEGEWEZEN}/Omvang/Volume`, 100000000) },
  RS006: { type: '301', model: set(`${TOEGEWEZEN}/ToewijzingNummer`, 1000000000) },
  RS008: { type: '301', model: set('Client/Geslacht', '11') },
  RS009: { type: '301', model: set('Client/JuridischeStatus', '011') },
  RS010: { type: '305', model: set('Header/BerichtCode', '4380') },
  RS011: { type: '301', model: set(`${CONTACT}/Adres/Huis/HuisnummerToevoeging`, 'ABCDE') },
  RS012: { type: '305', model: set('Client/StartProducten/StartProduct/Product/Code', '45A011') },
  RS013: { type: '305', model: set('Client/Naam/Voorletters', 'ABCDEFG') },
  RS014: { type: '301', model: set(`${CONTACT}/Adres/Postcode`, '1234ABCDE') },
  RS015: { type: '305', model: set('Client/Bsn', '9999900190') },
  RS016: { type: '305', model: set('Client/Naam/Geslachtsnaam/Voorvoegsel', long(11)) },
  RS017: { type: '305', model: set('Header/BerichtIdentificatie/Identificatie', long(13)) },
  RS018: { type: '301', model: set(`${CONTACT}/Telefoon`, telefoon('0'.repeat(16))) },
  RS019: { type: '323', model: set(`${PRESTATIE}/ProductReferentie/ReferentieNummer`, long(21)) },
  RS020: { type: '301', model: set(`${CONTACT}/Adres/Straatnaam`, long(25)) },
  RS021: { type: '301', model: set('Client/Communicatie', { Vorm: '1', Taal: long(26) }) },
  RS023: { type: '301', model: set(`${CONTACT}/Organisatie`, long(36)) },
  RS024: {
    type: '315',
    model: set('Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder', long(37)),
  },
  RS025: {
    type: '315',
    model: set('Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer', { Type: '01', Naam: long(65) }),
  },
  RS026: { type: '301', model: set(`${CONTACT}/Adres/Plaatsnaam`, long(81)) },
  RS028: { type: '305', model: set('Client/Naam/Geslachtsnaam/Achternaam', long(201)) },
  RS031: { type: '315', model: set('Client/Commentaar', '   ') },
  RS032: { type: '305', model: set('Header/BerichtIdentificatie/Dagtekening', '2026-03-02Z') },
  RS033: { type: '301', model: set(`${CONTACT}/Adres/Straatnaam`, '') },
  RS034: { type: '301', model: set(`${TOEGEWEZEN}/Toewijzingstijd`, '09:30:00Z') },
  RS035: { type: '305', model: set('Header/Ontvanger', '363') },
  RS036: { type: '305', model: set('Header/Afzender', '1234567') },
  RS037: { type: '305', model: set('Client/Bsn', '99999001A') },
  RS040: { type: '323', model: set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', 1_000_000_000_000) },
  RS045: { type: '305', model: set('Client/Naam/Voorletters', 'J.P') },
  RS046: { type: '301', model: set(`${CONTACT}/Telefoon`, telefoon('020-123456')) },
  RS047: { type: '305', model: set('Header/BerichtCode', '999') },
  RS048: { type: '305', model: set('Header/XsdVersie/BerichtXsdVersie', '1.0') },
  CS015: { type: '305', model: set('Header/BerichtSubversie', 1) },
  CS025: { type: '305', model: set('Header/BerichtVersie', 2) },
  CS319: { type: '323', model: set('Declaratie/DeclaratieNummer', 'DN 1') },
  OP079: { type: '305', xml: without('Bsn') },
  OP091: { type: '301', xml: without('Soort', 'Contactgegevens') },
  OP130: {
    type: '301',
    model: set('Client/Relaties', { Relatie: [relatie()] }),
    xml: without('Naam', 'Relatie'),
  },
  OP192: { type: '305', xml: without('XsdVersie') },
};

function xmlOf(bericht: BerichtNode, type: BerichtType, standaard: Standaard): string {
  const built = build({ ...passingBericht(type, standaard), bericht });
  assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
  return built.xml;
}

describe('rules covered by the XSD', () => {
  const covered = ruleInventory.filter((entry) => entry.by?.includes('XSD'));

  it('has a probe for every rule the inventory says the XSD covers', () => {
    assert.deepEqual(
      covered.map((entry) => entry.id).filter((id) => !PROBES[id]),
      [],
    );
  });

  for (const [id, probe] of Object.entries(PROBES)) {
    for (const standaard of BOTH) {
      it(`${id}: schema validation refuses a ${standaard} ${probe.type} that breaks it`, () => {
        const bericht = passingBericht(probe.type, standaard).bericht;
        const valid = xmlOf(bericht, probe.type, standaard);
        assert.deepEqual(validate(valid).findings, [], 'the message before the probe is valid');
        probe.model?.(bericht);
        const edited = xmlOf(bericht, probe.type, standaard);
        const xml = probe.xml ? probe.xml(edited) : edited;
        assert.notEqual(xml, valid, 'the probe changes the message');
        const findings = validate(xml).findings;
        assert.ok(findings.length > 0, 'the probe is refused');
        assert.deepEqual([...new Set(findings.map((f) => f.rule))], ['XSD']);
      });
    }
  }
});
