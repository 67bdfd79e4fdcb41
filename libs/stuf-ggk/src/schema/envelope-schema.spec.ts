import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { REFERENCE_DIR, skipWithoutReference } from '../../../../test/support/reference.js';
import { buildBv03, buildDi01, buildDu01, buildFo01, buildFo03Fault } from '../build/envelopes.js';
import { fo03ForFindings, replyStuurgegevens, stuf055 } from '../fouten.js';
import { parseSoapAnswer } from '../parse-answer.js';
import { parseSoapRequest } from '../parse-request.js';
import { aDi01, aDu01, aFout, aReply, inSoap } from '../testing/fixtures.js';
import { EnvelopeSchema } from './envelope-schema.js';

const STUF_GGK = `${REFERENCE_DIR}/stuf-ggk`;
const skip = skipWithoutReference || (existsSync(STUF_GGK) ? false : `SKIPPED: ${STUF_GGK} not found`);

describe('built envelopes are valid against the OFFICIAL StUF-GGk schemas', { skip }, () => {
  let official: EnvelopeSchema;
  before(() => {
    official = EnvelopeSchema.load({ dir: STUF_GGK });
  });
  after(() => official.dispose());

  const di01 = request(buildDi01(aDi01()));
  const built: Array<[string, () => string]> = [
    ['Di01 (SOAP 1.1)', () => buildDi01(aDi01())],
    ['Di01 (SOAP 1.2)', () => buildDi01(aDi01(), { soapVersion: '1.2' })],
    [
      'Di01 with every optional value',
      () =>
        buildDi01(
          aDi01({
            stuurgegevens: {
              zender: { organisatie: '0363', applicatie: 'Gateway', administratie: 'A', gebruiker: 'g' },
            },
            parameters: {
              referentienummerBericht: 'r',
              bericht: { bytes: 'x', contentType: 'text/plain', bestandsnaam: 'a.csv' },
            },
          }),
        ),
    ],
    ['Du01 (SOAP 1.1)', () => buildDu01(aDu01({ parameters: { crossRefnummerBericht: 'c' } }))],
    ['Du01 (SOAP 1.2)', () => buildDu01(aDu01(), { soapVersion: '1.2' })],
    ['Bv03', () => buildBv03(aReply<'Bv03'>())],
    [
      'Bv03 answering a received Di01',
      () =>
        buildBv03(
          replyStuurgegevens(di01.envelope.stuurgegevens, {
            referentienummer: '9d6c1c58-2d7b-4f55-9a0e-8b1c2d3e4f50',
            tijdstipBericht: '20260315103002',
            fallback: { applicatie: 'Gateway' },
          }),
        ),
    ],
    [
      'Fo01 StUF055 with the original envelope in detailsXML',
      () =>
        buildFo01({
          stuurgegevens: aReply<'Fo01'>(),
          body: stuf055({
            functie: 'JW305',
            applicatieVersie: '0002',
            applicatieSubversie: '0010',
            findings: [
              { rule: 'XSD', line: 4, column: 0, path: '/Bericht/Client', message: 'Element Client: x' },
            ],
            originalXml: di01.originalXml,
          }),
        }),
    ],
    ['Fo03 fault, client (SOAP 1.1)', () => buildFo03Fault(aFout<'Fo03'>())],
    [
      'Fo03 fault, server (SOAP 1.2)',
      () => buildFo03Fault(aFout<'Fo03'>({ plek: 'server', code: 'StUF046' }), { soapVersion: '1.2' }),
    ],
    [
      'Fo03 fault for a refused envelope',
      () => {
        const refused = parseSoapRequest(
          buildDi01(aDi01()).replace('<StUF:functie>JW301', `<StUF:functie>${'J'.repeat(40)}`),
        );
        assert.ok(!refused.ok && refused.stuurgegevens);
        const stuurgegevens = replyStuurgegevens<'Fo03'>(refused.stuurgegevens, {
          referentienummer: '9d6c1c58-2d7b-4f55-9a0e-8b1c2d3e4f50',
          tijdstipBericht: '20260315103002',
          fallback: { applicatie: 'Gateway' },
        });
        return buildFo03Fault({ stuurgegevens, body: fo03ForFindings(refused.findings) });
      },
    ],
  ];
  for (const [name, build] of built) {
    it(name, () => assert.deepEqual(official.validate(build()), []));
  }

  it('the official examples, wrapped in SOAP, are valid too (our SOAP schemas and the loading work)', () => {
    for (const file of ['ggk_Di01.xml', 'ggk_Du01.xml']) {
      const xml = readFileSync(`${STUF_GGK}/ggk0310_21/ggkberichten/${file}`, 'utf8');
      assert.deepEqual(official.validate(inSoap(xml)), [], file);
    }
  });

  describe('our structural checks agree with the official schemas', () => {
    const valid = buildDi01(aDi01());
    const mutations: Array<[string, string, boolean]> = [
      ['without administratie and gebruiker', valid, true],
      ['a tijdstip of 8 digits', valid.replace('20260315103000123', '20260315'), true],
      [
        'with referentienummerBericht',
        valid.replace(
          '<GGK:applicatieVersie>',
          '<GGK:referentienummerBericht>r</GGK:referentienummerBericht><GGK:applicatieVersie>',
        ),
        true,
      ],
      ['functie removed', valid.replace(/<StUF:functie>[^<]*<\/StUF:functie>/, ''), false],
      [
        'functie of 31 characters',
        valid.replace('<StUF:functie>JW301', `<StUF:functie>${'J'.repeat(26)}JW301`),
        false,
      ],
      ['tijdstip with dashes', valid.replace('20260315103000123', '2026-03-15'), false],
      ['tijdstip of 18 digits', valid.replace('20260315103000123', '202603151030001234'), false],
      [
        'applicatieVersie of one digit',
        valid.replace('<GGK:applicatieVersie>0001', '<GGK:applicatieVersie>1'),
        false,
      ],
      ['applicatie of two characters', valid.replace('<StUF:applicatie>GGk', '<StUF:applicatie>GG'), false],
      ['zender without organisatie', valid.replace('<StUF:organisatie>0363</StUF:organisatie>', ''), false],
      [
        'berichtcode Du01 in a Di01',
        valid.replace('<StUF:berichtcode>Di01', '<StUF:berichtcode>Du01'),
        false,
      ],
      [
        'an unknown element in stuurgegevens',
        valid.replace('<StUF:functie>', '<StUF:entiteittype>X</StUF:entiteittype><StUF:functie>'),
        false,
      ],
      [
        'referentienummer after tijdstipBericht',
        valid.replace(
          /(<StUF:referentienummer>[^<]*<\/StUF:referentienummer>)(\s*)(<StUF:tijdstipBericht>[^<]*<\/StUF:tijdstipBericht>)/,
          '$3$2$1',
        ),
        false,
      ],
      [
        'stuurgegevens in the StUF namespace',
        valid.replace(/GGK:stuurgegevens/g, 'StUF:stuurgegevens'),
        false,
      ],
      ['bericht without xmime:contentType', valid.replace(' xmime:contentType="application/xml"', ''), false],
      [
        'an unknown attribute on bericht',
        valid.replace('<GGK:bericht ', '<GGK:bericht StUF:soort="x" '),
        false,
      ],
      ['a payload that is not base64', valid.replace(/(<GGK:bericht[^>]*>)PD94/, '$1PD9!'), false],
      ['text directly in zender', valid.replace('<StUF:zender>', '<StUF:zender>tekst'), false],
    ];
    for (const [name, xml, expectValid] of mutations) {
      it(`${name}: ${expectValid ? 'both accept' : 'both refuse'}`, () => {
        const xsd = official.validate(xml);
        const ours = parseSoapRequest(xml);
        assert.equal(xsd.length === 0, expectValid, JSON.stringify(xsd));
        assert.equal(ours.ok, expectValid, JSON.stringify(!ours.ok && ours.findings));
        if (!ours.ok) assert.match(ours.findings[0]!.rule, /^(STUF|PAYLOAD)$/);
      });
    }

    const fo01 = buildFo01(aFout<'Fo01'>());
    for (const [name, xml] of [
      ['plek other than client/server', fo01.replace('<StUF:plek>client', '<StUF:plek>elders')],
      [
        'omschrijving of 201 characters',
        fo01.replace(/<StUF:omschrijving>[^<]*/, `<StUF:omschrijving>${'o'.repeat(201)}`),
      ],
      ['crossRefnummer missing', fo01.replace(/<StUF:crossRefnummer>[^<]*<\/StUF:crossRefnummer>/, '')],
      ['code of 8 characters', fo01.replace('<StUF:code>StUF055', '<StUF:code>StUF0555')],
    ] as const) {
      it(`Fo01 ${name}: both refuse`, () => {
        assert.notDeepEqual(official.validate(xml), []);
        const ours = parseSoapRequest(xml);
        assert.ok(!ours.ok);
        assert.equal(ours.findings[0]!.rule, 'STUF');
      });
    }

    it('Bv03 without zender: both refuse', () => {
      const xml = buildBv03(aReply<'Bv03'>()).replace(/<StUF:zender>[^]*?<\/StUF:zender>/, '');
      assert.notDeepEqual(official.validate(xml), []);
      const ours = parseSoapAnswer(xml);
      assert.ok(!ours.ok);
      assert.match(ours.findings[0]!.message, /zender is missing in stuurgegevens/);
    });
  });
});

function request(xml: string) {
  const parsed = parseSoapRequest(xml);
  assert.ok(parsed.ok && parsed.request.operation === 'ggk_Di01');
  return parsed.request;
}
