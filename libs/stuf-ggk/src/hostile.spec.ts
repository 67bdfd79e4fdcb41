import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildBv03, buildDi01, buildFo01 } from './build/envelopes.js';
import { stuf055 } from './fouten.js';
import type { Finding } from './findings.js';
import { NS } from './namespaces.js';
import { parseSoapRequest, type ParseOptions } from './parse-request.js';
import { aDi01, aReply, asMtom } from './testing/fixtures.js';

const di01 = buildDi01(aDi01());
const lines = di01.split('\r\n');
const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
const BODY_PATH = '/Envelope/Body/envelopHeenbericht-ggk_Di01';

function refused(body: string | Uint8Array, options: ParseOptions = {}): Finding {
  const result = parseSoapRequest(body, options);
  assert.ok(!result.ok, 'expected the request to be refused');
  return result.findings[0]!;
}

function withPayload(text: string): string {
  return di01.replace(/(<GGK:bericht[^>]*>)[^<]*(<\/GGK:bericht>)/, `$1${text}$2`);
}

describe('hostile and broken requests: each refused with a specific finding, never a crash', () => {
  it('a DOCTYPE (entity expansion, external entities) is refused before parsing', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n${di01.replace(/^<\?xml[^>]*>\r\n/, '')}`;
    assert.deepEqual(refused(bomb), {
      rule: 'INPUT',
      line: 2,
      column: 1,
      path: '',
      message: 'a document type declaration (<!DOCTYPE) is not allowed: DTDs and entities are refused',
    });
    const hidden = di01.replace(
      '<soap:Envelope',
      '<!-- a comment first --><!DOCTYPE x SYSTEM "file:///etc/passwd"><soap:Envelope',
    );
    assert.match(refused(hidden).message, /<!DOCTYPE\) is not allowed/);
  });

  it('an entity reference without a DOCTYPE is not expanded', () => {
    const finding = refused(di01.replace('<StUF:functie>JW301', '<StUF:functie>&xxe;'));
    assert.equal(finding.rule, 'XML');
    assert.match(finding.message, /undefined entity/);
    assert.equal(finding.line, lineOf('<StUF:functie>'));
  });

  it('a payload with a character outside base64 is refused at that character', () => {
    const xml = withPayload('PD94bWwg*mVyc2lvbj0iMS4wIj8+');
    const line = lineOf('<GGK:bericht');
    assert.deepEqual(refused(xml), {
      rule: 'PAYLOAD',
      line,
      column: xml.split('\r\n')[line - 1]!.indexOf('*') + 1,
      path: `${BODY_PATH}/parameters/bericht`,
      message: "bericht is not valid base64: character '*' at position 9 is not base64",
    });
  });

  it('base64 with wrong padding is refused', () => {
    const cases: Array<[string, RegExp]> = [
      ['PD94bWw', /7 base64 characters is not a multiple of 4/],
      ['PD9=4bWw', /padding '=' at position 4 is not at the end/],
      ['PD94bW===', /padding '=' at position 7 is not at the end/],
      ['PD94bWx=', /'x' before the padding leaves bits set/],
      ['PD94bR==', /'R' before the padding leaves bits set/],
    ];
    for (const [payload, message] of cases) {
      const finding = refused(withPayload(payload));
      assert.equal(finding.rule, 'PAYLOAD', payload);
      assert.match(finding.message, message, payload);
    }
  });

  it('an empty payload is refused', () => {
    assert.match(refused(withPayload('')).message, /bericht is empty/);
  });

  it('a nested envelope in the payload position is refused, as markup or base64-encoded', () => {
    const asMarkup = refused(withPayload(`<soap:Envelope><soap:Body/></soap:Envelope>`));
    assert.equal(asMarkup.rule, 'PAYLOAD');
    assert.equal(asMarkup.path, `${BODY_PATH}/parameters/bericht/Envelope`);
    assert.equal(asMarkup.message, 'bericht must hold base64 text; found a nested envelope (soap:Envelope)');
    const encoded = refused(
      withPayload(
        Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- x -->\n${di01.replace(/^<\?xml[^>]*>/, '')}`).toString(
          'base64',
        ),
      ),
    );
    assert.equal(encoded.rule, 'PAYLOAD');
    assert.equal(
      encoded.message,
      'the payload is itself an envelope (soap:Envelope), not an iStandaarden message',
    );
  });

  it('a nested SOAP envelope in the Body is refused', () => {
    const nested = di01
      .replace('<soap:Body>', `<soap:Body><soap:Envelope><soap:Body/></soap:Envelope>`)
      .replace(/<GGK:envelopHeenbericht[^]*<\/GGK:envelopHeenbericht-ggk_Di01>/, '');
    assert.deepEqual(
      { ...refused(nested), line: 0, column: 0 },
      {
        rule: 'SOAP',
        line: 0,
        column: 0,
        path: '/Envelope/Body/Envelope',
        message: 'a nested Envelope in the SOAP Body; expected one StUF-GGk message',
      },
    );
  });

  it('a wrong Content-Type is refused', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['application/json', 'CONTENT_TYPE', /'application\/json' is not a SOAP message/],
      ['text/xml; charset=ISO-8859-1', 'CONTENT_TYPE', /charset 'ISO-8859-1' is not supported/],
      ['not a media type', 'CONTENT_TYPE', /is not a media type/],
      ['application/soap+xml', 'SOAP', /announces SOAP 1\.2, but the envelope is SOAP 1\.1/],
      ['multipart/related; boundary=x', 'CONTENT_TYPE', /is not MTOM; expected type="application\/xop\+xml"/],
      ['multipart/related; type="application/xop+xml"', 'CONTENT_TYPE', /without a boundary/],
      [
        'multipart/related; type="application/xop+xml"; boundary=nowhere',
        'MIME',
        /does not contain the boundary 'nowhere'/,
      ],
    ];
    for (const [contentType, rule, message] of cases) {
      const finding = refused(di01, { contentType });
      assert.equal(finding.rule, rule, contentType);
      assert.match(finding.message, message, contentType);
    }
  });

  it('MTOM packages that do not hold together are refused', () => {
    const mtom = asMtom(di01);
    const missing = refused(
      Buffer.from(
        mtom.body.toString('latin1').replace('Content-ID: <payload', 'Content-ID: <other'),
        'latin1',
      ),
      mtom,
    );
    assert.equal(missing.rule, 'MIME');
    assert.match(missing.message, /xop:Include href 'cid:payload-1%40gateway.test' names no MIME part/);
    const unclosed = refused(mtom.body.subarray(0, mtom.body.length - 20), mtom);
    assert.match(unclosed.message, /no closing boundary/);
    const notMtom = refused(
      mtom.body
        .toString('latin1')
        .replace(/^[^]*?\r\n\r\n/, '')
        .replace(/\r\n--MIMEBoundary[^]*$/, ''),
    );
    assert.equal(notMtom.rule, 'PAYLOAD');
    assert.match(notMtom.message, /xop:Include in a message that is not multipart\/related/);
    const wrongRoot = refused(mtom.body, {
      contentType: mtom.contentType.replace(
        'start="<root@gateway.test>"',
        'start="<payload-1@gateway.test>"',
      ),
    });
    assert.match(wrongRoot.message, /root MIME part is 'application\/octet-stream'/);
  });

  it('missing stuurgegevens are named, and the rest of the envelope is still read', () => {
    const xml = di01.replace(/<GGK:stuurgegevens>[^]*<\/GGK:stuurgegevens>/, '');
    const result = parseSoapRequest(xml);
    assert.ok(!result.ok);
    assert.equal(result.operation, 'ggk_Di01');
    assert.deepEqual(
      { ...result.findings[0], line: 0, column: 0 },
      {
        rule: 'STUF',
        line: 0,
        column: 0,
        path: BODY_PATH,
        message: 'stuurgegevens is missing in envelopHeenbericht-ggk_Di01 before parameters',
      },
    );
    assert.equal(result.stuurgegevens, undefined);
  });

  it('an envelope refused on its stuurgegevens still tells who sent it, to address a Fo03', () => {
    const result = parseSoapRequest(
      di01.replace('<StUF:tijdstipBericht>20260315103000123', '<StUF:tijdstipBericht>15-03-2026'),
    );
    assert.ok(!result.ok);
    assert.equal(result.findings[0]!.path, `${BODY_PATH}/stuurgegevens/tijdstipBericht`);
    assert.equal(result.stuurgegevens?.referentienummer, aDi01().stuurgegevens.referentienummer);
    assert.deepEqual(result.stuurgegevens?.zender, aDi01().stuurgegevens.zender);
  });

  it('an unknown operation, or an answer posted as a request, is refused', () => {
    const unknown = refused(
      di01.replace(/GGK:envelopHeenbericht-ggk_Di01/g, 'GGK:envelopHeenbericht-ggk_Di02'),
    );
    assert.equal(unknown.rule, 'OPERATION');
    assert.equal(
      unknown.message,
      `{${NS.GGK}}envelopHeenbericht-ggk_Di02 is not an operation of OntvangAsynchroon; it takes ggk_Di01, ggk_Du01, Fo01`,
    );
    const bv03 = refused(buildBv03(aReply<'Bv03'>()));
    assert.match(bv03.message, /^Bv03Bericht is an answer, not a request/);
  });

  it('SOAP envelopes without exactly one message, or without SOAP, are refused', () => {
    const cases: Array<[string, string]> = [
      [
        di01.replace(/<GGK:envelopHeenbericht[^]*<\/GGK:envelopHeenbericht-ggk_Di01>/, ''),
        'the SOAP Body is empty; expected one StUF-GGk message',
      ],
      [
        di01.replace('</soap:Body>', '<x:y xmlns:x="urn:x"/></soap:Body>'),
        'the SOAP Body holds more than one element (y after envelopHeenbericht-ggk_Di01)',
      ],
      [di01.replace(/<soap:Body>[^]*<\/soap:Body>/, ''), 'the SOAP Envelope has no Body'],
      [
        di01
          .replace(/soap:Envelope xmlns:soap="[^"]*"/, 'soap:Envelope xmlns:soap="urn:other"')
          .replace('</soap:Envelope', '</soap:Envelope'),
        "Envelope in namespace 'urn:other' is neither SOAP 1.1 nor SOAP 1.2 (VersionMismatch)",
      ],
      [
        di01.replace(/^[^]*<soap:Body>\s*/, '').replace(/\s*<\/soap:Body>[^]*$/, ''),
        'envelopHeenbericht-ggk_Di01 is not wrapped in a SOAP Envelope',
      ],
    ];
    for (const [xml, message] of cases) {
      const finding = refused(xml);
      assert.equal(finding.rule, 'SOAP', message);
      assert.equal(finding.message, message);
    }
  });

  it('input limits: size, depth, encodings, emptiness, well-formedness', () => {
    assert.match(refused(di01, { maxBytes: 100 }).message, /more than 100 bytes; the limit is 100 bytes/);
    assert.match(refused(Buffer.from(di01), { maxBytes: 100 }).message, /the limit is 100 bytes/);
    const deep = di01.replace('<soap:Body>', `<soap:Body>${'<a>'.repeat(100)}${'</a>'.repeat(100)}`);
    assert.match(refused(deep).message, /nested deeper than 48 levels/);
    assert.match(refused('').message, /the message is empty/);
    assert.match(refused(Buffer.from(di01, 'utf16le')).message, /UTF-16/);
    assert.match(
      refused(
        Buffer.concat([
          Buffer.from(di01.slice(0, 200)),
          Buffer.from([0xc3, 0x28]),
          Buffer.from(di01.slice(200)),
        ]),
      ).message,
      /not valid UTF-8/,
    );
    assert.match(
      refused(di01.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')).message,
      /encoding 'ISO-8859-1' is not supported/,
    );
    assert.equal(refused('{"json": true}').rule, 'XML');
    assert.equal(refused(di01.replace('</StUF:functie>', '</StUF:functi>')).rule, 'XML');
  });

  it('an accepted envelope can always be quoted back in a Fo01, whatever its namespace declarations hold', () => {
    const evil = di01.replace('<soap:Envelope ', '<soap:Envelope xmlns:evil="urn:a&lt;b&quot;c&#9;d" ');
    const accepted = parseSoapRequest(evil);
    assert.ok(accepted.ok);
    const fout = stuf055({
      functie: 'JW301',
      applicatieVersie: '0001',
      applicatieSubversie: '0000',
      originalXml: accepted.request.originalXml,
    });
    const fo01 = parseSoapRequest(buildFo01({ stuurgegevens: aReply<'Fo01'>(), body: fout }));
    assert.ok(fo01.ok && fo01.request.operation === 'Fo01');
    assert.equal(fo01.request.envelope.body.detailsXml, accepted.request.originalXml);
  });

  it('never throws, whatever is cut off or changed', () => {
    for (let end = 0; end < di01.length; end += 7) {
      const result = parseSoapRequest(di01.slice(0, end));
      assert.ok(!result.ok || end >= di01.length - 2);
    }
    for (let at = 0; at < di01.length; at += 13) {
      for (const insert of ['<', '>', '&', '"', '\u0000', ']]>', '<!--', '</x>']) {
        parseSoapRequest(di01.slice(0, at) + insert + di01.slice(at));
      }
    }
  });
});
