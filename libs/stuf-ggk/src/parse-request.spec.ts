import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REFERENCE_DIR, skipWithoutReference } from '../../../test/support/reference.js';
import { buildDi01, buildDu01 } from './build/envelopes.js';
import type { GgkRequest } from './model.js';
import { NS, operationSpec } from './namespaces.js';
import { parseSoapRequest } from './parse-request.js';
import { aDi01, aDu01, asMtom, BOUNDARY, inSoap, PAYLOAD } from './testing/fixtures.js';

const STUF_GGK = `${REFERENCE_DIR}/stuf-ggk`;
const skip = skipWithoutReference || (existsSync(STUF_GGK) ? false : `SKIPPED: ${STUF_GGK} not found`);
const reference = (path: string) => readFileSync(`${STUF_GGK}/${path}`, 'utf8');

function request(result: ReturnType<typeof parseSoapRequest>): GgkRequest {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.findings));
  return result.request;
}

describe('parseSoapRequest: the official StUF-GGk examples', () => {
  it('reads the Di01 example (voorbeeldberichten) in SOAP 1.1 and 1.2, payload decoded', { skip }, () => {
    for (const version of ['1.1', '1.2'] as const) {
      const xml = inSoap(reference('voorbeeldberichten/envelopHeenbericht-ggk_Di01_v21.xml'), version);
      const parsed = request(parseSoapRequest(xml));
      assert.equal(parsed.operation, 'ggk_Di01');
      assert.equal(parsed.soap.version, version);
      assert.ok(parsed.operation === 'ggk_Di01');
      const { stuurgegevens, parameters } = parsed.envelope;
      assert.deepEqual(stuurgegevens, {
        berichtcode: 'Di01',
        zender: {
          organisatie: '0548',
          applicatie: 'Wmo Applicatie',
          administratie: 'test',
          gebruiker: 'gebruiker1',
        },
        ontvanger: { organisatie: 'CAK', applicatie: 'GGk', administratie: 'test', gebruiker: 'gebruiker1' },
        referentienummer: '9c0f7b90-5c69-11e5-a837-0800200c9a66',
        tijdstipBericht: '20160421132514',
        functie: 'WMO301',
      });
      assert.deepEqual(
        { ...parameters, bericht: undefined },
        {
          referentienummerBericht: '123456789012',
          applicatieVersie: '0004',
          applicatieSubversie: '0003',
          functieVersie: '0001',
          functieSubversie: '0001',
          bericht: undefined,
        },
      );
      assert.equal(parameters.bericht.bestandsnaam, 'WMO301.txt');
      assert.equal(parameters.bericht.contentType, 'application/xml');
      assert.equal(parameters.bericht.bytes.toString('utf8'), 'Hier staat het heenbericht');
    }
  });

  it('reads the Du01 example of the schema package, crossRefnummer included', { skip }, () => {
    const parsed = request(parseSoapRequest(inSoap(reference('ggk0310_21/ggkberichten/ggk_Du01.xml'))));
    assert.ok(parsed.operation === 'ggk_Du01');
    const { stuurgegevens, parameters } = parsed.envelope;
    assert.equal(stuurgegevens.berichtcode, 'Du01');
    assert.equal(stuurgegevens.zender.organisatie, '01023456');
    assert.equal(stuurgegevens.ontvanger.organisatie, '0484');
    assert.equal(stuurgegevens.referentienummer, 'b6e9f182-bc44-4f27-9863-9a5ccc1e1cf0');
    assert.equal(stuurgegevens.crossRefnummer, '9c0f7b90-5c69-11e5-a837-0800200c9a66');
    assert.equal(stuurgegevens.functie, 'WMO302');
    assert.equal(parameters.crossRefnummerBericht, '123456789012');
    assert.equal(parameters.bericht.bytes.toString('utf8'), 'Hier staat het retourbericht');
  });

  it(
    'refuses the Du01 example of voorbeeldberichten, which is not well-formed (stray apostrophes)',
    { skip },
    () => {
      const xml = inSoap(reference('voorbeeldberichten/envelopRetourbericht-ggk_Du01-v21.xml'));
      const parsed = parseSoapRequest(xml);
      assert.ok(!parsed.ok);
      assert.equal(parsed.findings[0]!.rule, 'XML');
      assert.equal(parsed.findings[0]!.line, 3);
    },
  );
});

describe('parseSoapRequest: SOAP, MTOM and HTTP details', () => {
  const di01 = buildDi01(aDi01());

  it('takes Content-Types of both SOAP versions, and lists header blocks without processing them', () => {
    assert.ok(parseSoapRequest(di01, { contentType: 'text/xml; charset="UTF-8"' }).ok);
    const soap12 = buildDi01(aDi01(), { soapVersion: '1.2' }).replace(
      '<soap:Body>',
      '<soap:Header><wsa:To xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:ggk</wsa:To></soap:Header><soap:Body>',
    );
    const action = operationSpec('ggk_Di01').soapAction;
    const parsed = request(
      parseSoapRequest(soap12, { contentType: `application/soap+xml; action="${action}"` }),
    );
    assert.deepEqual(parsed.soap, {
      version: '1.2',
      headers: ['{http://www.w3.org/2005/08/addressing}To'],
      mtom: false,
    });
  });

  it('reads bytes, with or without a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(di01)]);
    assert.ok(parseSoapRequest(new Uint8Array(bytes)).ok);
  });

  it('checks a SOAPAction header against the operation in the Body', () => {
    assert.ok(parseSoapRequest(di01, { soapAction: `"${operationSpec('ggk_Di01').soapAction}"` }).ok);
    assert.ok(parseSoapRequest(di01, { soapAction: '""' }).ok, 'an empty SOAPAction says nothing');
    const wrong = parseSoapRequest(di01, { soapAction: operationSpec('ggk_Du01').soapAction });
    assert.ok(!wrong.ok);
    assert.equal(wrong.findings[0]!.rule, 'OPERATION');
    assert.match(wrong.findings[0]!.message, /does not match the Body, which holds a ggk_Di01/);
  });

  it('reads an MTOM package: the payload comes from the attachment xop:Include names', () => {
    for (const version of ['1.1', '1.2'] as const) {
      const mtom = asMtom(buildDu01(aDu01(), { soapVersion: version }), { version, cid: 'payload 1@test' });
      const parsed = request(parseSoapRequest(mtom.body, { contentType: mtom.contentType }));
      assert.ok(parsed.operation === 'ggk_Du01');
      assert.equal(parsed.soap.mtom, true);
      assert.deepEqual(parsed.envelope.parameters.bericht.bytes, PAYLOAD);
      assert.equal(parsed.envelope.parameters.bericht.viaXop, true);
    }
  });

  it('reads an MTOM attachment sent with Content-Transfer-Encoding base64, and inline base64 in an MTOM root', () => {
    const mtom = asMtom(di01);
    const base64Part = Buffer.from(
      mtom.body
        .toString('latin1')
        .replace('Content-Transfer-Encoding: binary', 'Content-Transfer-Encoding: base64')
        .replace(
          /(Content-ID: <payload[^>]*>\r\n\r\n)([^]*?)(\r\n--)/,
          (_all, head: string, raw: string, tail: string) =>
            `${head}${Buffer.from(raw, 'latin1').toString('base64').replace(/.{76}/g, '$&\r\n')}${tail}`,
        ),
      'latin1',
    );
    const viaBase64 = request(parseSoapRequest(base64Part, { contentType: mtom.contentType }));
    assert.ok(viaBase64.operation === 'ggk_Di01');
    assert.deepEqual(viaBase64.envelope.parameters.bericht.bytes, PAYLOAD);
    const inline = Buffer.from(
      `--${BOUNDARY}\r\nContent-Type: application/xop+xml; type="text/xml"\r\n\r\n${di01}\r\n--${BOUNDARY}--\r\n`,
    );
    const contentType = `multipart/related; type="application/xop+xml"; boundary=${BOUNDARY}`;
    const parsed = request(parseSoapRequest(inline, { contentType }));
    assert.ok(parsed.operation === 'ggk_Di01');
    assert.deepEqual(parsed.envelope.parameters.bericht.bytes, PAYLOAD);
  });

  it('accepts base64 wrapped over lines, as many senders write it', () => {
    const wrapped = di01.replace(
      /(<GGK:bericht[^>]*>)([^<]*)</,
      (_all, open: string, text: string) => `${open}\r\n${text.replace(/.{20}/g, '$&\r\n')}\r\n<`,
    );
    const parsed = request(parseSoapRequest(wrapped));
    assert.ok(parsed.operation === 'ggk_Di01');
    assert.deepEqual(parsed.envelope.parameters.bericht.bytes, PAYLOAD);
  });

  it('hands back the message as a standalone fragment, with the namespaces declared on the SOAP envelope', () => {
    const declaredOnEnvelope = di01
      .replace(
        '<soap:Envelope ',
        `<soap:Envelope xmlns:StUF="${NS.STUF}" xmlns:GGK="${NS.GGK}" xmlns:xmime="${NS.XMIME}" `,
      )
      .replace(/ xmlns:(StUF|GGK|xmime)="[^"]*"(?=[^<]*>\s*<GGK:stuurgegevens)/g, '');
    const parsed = request(parseSoapRequest(declaredOnEnvelope));
    assert.match(
      parsed.originalXml,
      /^<GGK:envelopHeenbericht-ggk_Di01 xmlns:StUF="[^"]+" xmlns:GGK="[^"]+" xmlns:xmime="[^"]+" xmlns:soap="[^"]+">/,
    );
    assert.ok(parsed.originalXml.endsWith('</GGK:envelopHeenbericht-ggk_Di01>'));
    const again = request(parseSoapRequest(inSoap(parsed.originalXml)));
    assert.ok(again.operation === 'ggk_Di01');
    assert.deepEqual(
      again.envelope.stuurgegevens,
      parsed.operation === 'ggk_Di01' && parsed.envelope.stuurgegevens,
    );
  });
});
