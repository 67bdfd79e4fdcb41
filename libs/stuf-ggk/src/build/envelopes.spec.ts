import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GgkAnswer, GgkRequest, GgkSysteem } from '../model.js';
import { parseSoapAnswer } from '../parse-answer.js';
import { parseSoapRequest } from '../parse-request.js';
import { aDi01, aDu01, aFout, aReply, PAYLOAD } from '../testing/fixtures.js';
import { buildBv03, buildDi01, buildDu01, buildFo01, buildFo03Fault } from './envelopes.js';

function request(xml: string): GgkRequest {
  const parsed = parseSoapRequest(xml);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.findings));
  return parsed.request;
}

function answer(xml: string): GgkAnswer {
  const parsed = parseSoapAnswer(xml);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.findings));
  return parsed.answer;
}

describe('build → parse round trips', () => {
  for (const soapVersion of ['1.1', '1.2'] as const) {
    it(`Di01 in SOAP ${soapVersion}, with and without the optional parameters`, () => {
      for (const input of [
        aDi01(),
        aDi01({
          stuurgegevens: { zender: { organisatie: '0363', applicatie: 'Gw & co <test>', gebruiker: 'x"y' } },
          parameters: {
            referentienummerBericht: 'ref-1',
            bericht: { bytes: PAYLOAD, contentType: 'text/plain', bestandsnaam: 'JW301_0363.txt' },
          },
        }),
      ]) {
        const parsed = request(buildDi01(input, { soapVersion }));
        assert.ok(parsed.operation === 'ggk_Di01');
        assert.equal(parsed.soap.version, soapVersion);
        assert.deepEqual(parsed.envelope, {
          ...input,
          stuurgegevens: { berichtcode: 'Di01', ...input.stuurgegevens },
        });
      }
    });
  }

  it('Du01, crossRefnummer and crossRefnummerBericht included', () => {
    const input = aDu01({ parameters: { crossRefnummerBericht: 'oud-123' } });
    const parsed = request(buildDu01(input));
    assert.ok(parsed.operation === 'ggk_Du01');
    assert.deepEqual(parsed.envelope, {
      ...input,
      stuurgegevens: { berichtcode: 'Du01', ...input.stuurgegevens },
    });
  });

  it('a payload given as a string is written as UTF-8', () => {
    const parsed = request(buildDi01(aDi01({ parameters: { bericht: { bytes: '<Bericht>€</Bericht>' } } })));
    assert.ok(parsed.operation === 'ggk_Di01');
    assert.equal(parsed.envelope.parameters.bericht.bytes.toString('utf8'), '<Bericht>€</Bericht>');
    assert.equal(parsed.envelope.parameters.bericht.contentType, 'application/xml');
  });

  it('Bv03, read back as the answer it is', () => {
    const stuurgegevens = aReply<'Bv03'>();
    const parsed = answer(buildBv03(stuurgegevens));
    assert.deepEqual(parsed, {
      kind: 'Bv03',
      soap: { version: '1.1', headers: [], mtom: false },
      stuurgegevens: { berichtcode: 'Bv03', ...stuurgegevens },
    });
  });

  it('Fo01 with StUF055, the original envelope in detailsXML', () => {
    const original = request(buildDi01(aDi01()));
    const input = aFout<'Fo01'>({ details: 'JW301-00010000', detailsXml: original.originalXml });
    const parsed = request(buildFo01(input));
    assert.ok(parsed.operation === 'Fo01');
    assert.deepEqual(parsed.envelope, {
      ...input,
      stuurgegevens: { berichtcode: 'Fo01', ...input.stuurgegevens },
    });
    const embedded = request(buildFo01(input)).originalXml;
    assert.match(embedded, /<StUF:detailsXML><GGK:envelopHeenbericht-ggk_Di01 /);
  });

  for (const soapVersion of ['1.1', '1.2'] as const) {
    it(`Fo03 as a SOAP ${soapVersion} Fault, faultcode from plek`, () => {
      for (const plek of ['client', 'server'] as const) {
        const input = aFout<'Fo03'>({ plek, code: 'StUF046', omschrijving: 'Opslaan bericht niet mogelijk' });
        const parsed = answer(buildFo03Fault(input, { soapVersion }));
        assert.ok(parsed.kind === 'Fo03');
        const expected = {
          '1.1': { client: 'soap:Client', server: 'soap:Server' },
          '1.2': { client: 'soap:Sender', server: 'soap:Receiver' },
        };
        assert.equal(parsed.faultcode, expected[soapVersion][plek]);
        assert.equal(parsed.faultstring, 'StUF046: Opslaan bericht niet mogelijk');
        assert.deepEqual(parsed.bericht, {
          ...input,
          stuurgegevens: { berichtcode: 'Fo03', ...input.stuurgegevens },
        });
      }
    });
  }

  it('writes UTF-8 without a byte order mark, CRLF line ends, and base64 on one line', () => {
    const xml = buildDi01(aDi01());
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\r\n<soap:Envelope'));
    assert.equal(xml.split('\r\n').length, xml.split('\n').length);
    assert.match(xml, /<GGK:bericht xmime:contentType="application\/xml">[A-Za-z0-9+/=]+<\/GGK:bericht>/);
  });
});

describe('builders refuse input the schemas would refuse (a programming error: RangeError)', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    [
      'functie longer than 30',
      () => buildDi01(aDi01({ stuurgegevens: { functie: 'J'.repeat(31) } })),
      /stuurgegevens\.functie .* at most 30/,
    ],
    [
      'a version of two digits',
      () => buildDi01(aDi01({ parameters: { functieVersie: '03' } })),
      /parameters\.functieVersie '03'/,
    ],
    [
      'a tijdstip with dashes',
      () => buildDu01(aDu01({ stuurgegevens: { tijdstipBericht: '2026-03-15' } })),
      /tijdstipBericht '2026-03-15' does not match StUF:Tijdstip/,
    ],
    [
      'organisatie missing in a Di01',
      () => buildDi01(aDi01({ stuurgegevens: { ontvanger: { applicatie: 'GGk' } as GgkSysteem } })),
      /ontvanger\.organisatie is required/,
    ],
    [
      'a bestandsnaam with a space',
      () => buildDi01(aDi01({ parameters: { bericht: { bytes: PAYLOAD, bestandsnaam: 'a b.txt' } } })),
      /bestandsnaam 'a b.txt'/,
    ],
    [
      'an empty payload',
      () => buildDi01(aDi01({ parameters: { bericht: { bytes: new Uint8Array(0) } } })),
      /bericht\.bytes is empty/,
    ],
    [
      'plek other than client/server',
      () => buildFo01({ ...aFout<'Fo01'>(), body: { ...aFout<'Fo01'>().body, plek: 'elders' as 'client' } }),
      /body\.plek 'elders' must be 'client' or 'server'/,
    ],
    [
      'detailsXml that is not well-formed',
      () => buildFo01(aFout<'Fo01'>({ detailsXml: '<a><b></a>' })),
      /detailsXml is not a well-formed XML fragment/,
    ],
    [
      'a control character',
      () => buildBv03(aReply<'Bv03'>({ zender: { applicatie: 'Gate\u0001way' } })),
      /U\+0001 cannot be written in XML/,
    ],
  ];
  for (const [name, build, message] of cases) {
    it(name, () =>
      assert.throws(build, (error: unknown) => error instanceof RangeError && message.test(error.message)),
    );
  }
});
