import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleModel } from '../../../../test/support/sample-model.js';
import { catalogue } from '../catalogue.js';
import { build, buildBytes } from './build.js';
import { parse, validateAndParse } from './parse.js';
import { modelOf } from './model.js';
import { validate } from '../validation/validate.js';

describe('mapping: model → XML → model, for all 28 message types', () => {
  for (const { code } of catalogue) {
    for (const full of [false, true]) {
      it(`${code} (${full ? 'every optional element, repeats twice' : 'required elements only'})`, () => {
        const model = sampleModel(code, full);
        const built = build({ code, bericht: model });
        assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
        const validation = validate(built.xml, { expectedCode: code });
        assert.deepEqual(validation.findings, []);
        const parsed = validateAndParse(built.xml);
        assert.equal(parsed.bericht?.code, code);
        assert.deepEqual(parsed.bericht?.bericht, model);
      });
    }
  }
});

describe('parse', () => {
  const xml = build({ code: 'JW305', bericht: sampleModel('JW305', true) });
  assert.ok(xml.ok);

  it('keeps codes and dates as exact text and integers as numbers', () => {
    const parsed = parse(xml.xml);
    assert.ok(parsed.ok);
    const header = parsed.bericht.Header as Record<string, unknown>;
    assert.equal(header.BerichtCode, '438');
    assert.equal(header.BerichtVersie, 3);
    assert.equal(header.Ontvanger, '1234');
  });

  it('reads any namespace prefixes, a default namespace, entities and CDATA', () => {
    const renamed = xml.xml
      .replace(/jw305:/g, '')
      .replace('xmlns:jw305=', 'xmlns=')
      .replace(/ijw:/g, 'b:')
      .replace('xmlns:ijw=', 'xmlns:b=')
      .replace(
        /<b:Achternaam>[^<]*<\/b:Achternaam>/,
        '<b:Achternaam>A&amp;b &#233;<![CDATA[<x>]]></b:Achternaam>',
      );
    const parsed = parse(renamed);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.findings));
    const naam = (
      (parsed.bericht.Client as Record<string, unknown>).Naam as Record<string, Record<string, string>>
    ).Geslachtsnaam!;
    assert.equal(naam.Achternaam, 'A&b é<x>');
  });

  it('names the element path, line and column of an element that does not belong', () => {
    const broken = xml.xml.replace('<jw305:Geslacht>', '<jw305:Onbekend/><jw305:Geslacht>');
    const parsed = parse(broken);
    assert.ok(!parsed.ok);
    const line = broken.split('\n').findIndex((text) => text.includes('Onbekend')) + 1;
    assert.deepEqual(
      { ...parsed.findings[0], message: undefined },
      {
        rule: 'XML',
        line,
        column: broken.split('\n')[line - 1]!.indexOf('<jw305:Onbekend') + 1,
        path: '/Bericht/Client/Onbekend',
        message: undefined,
      },
    );
    assert.match(parsed.findings[0]!.message, /Onbekend is not expected in Client/);
  });

  it('says which repeated element is meant in a path', () => {
    const lines = xml.xml.split('\n');
    const second = lines.findIndex(
      (text, i) =>
        text.includes('<jw305:StartProduct>') &&
        i > lines.findIndex((t) => t.includes('<jw305:StartProduct>')),
    );
    lines[second + 1] = lines[second + 1]!.replace('ToewijzingNummer>1<', 'ToewijzingNummer>x<');
    const parsed = parse(lines.join('\n'));
    assert.ok(!parsed.ok);
    assert.equal(parsed.findings[0]!.path, '/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer');
    assert.match(parsed.findings[0]!.message, /not a whole number/);
  });
});

describe('build', () => {
  it('refuses a model with unknown, misplaced or missing elements, naming each by its model path', () => {
    const model = sampleModel('JW305');
    const client = model.Client as Record<string, unknown>;
    delete client.Bsn;
    client.Extra = 'x';
    client.Geslacht = ['1', '2'];
    const built = build({ code: 'JW305', bericht: model });
    assert.ok(!built.ok);
    assert.deepEqual(
      built.findings.map((f) => [f.path, f.rule]),
      [
        ['$.bericht.Client.Extra', 'MODEL'],
        ['$.bericht.Client.Bsn', 'MODEL'],
        ['$.bericht.Client.Geslacht', 'MODEL'],
      ],
    );
  });

  it('names an element inside a list by its position', () => {
    const model = sampleModel('JW305', true);
    const producten = (model.Client as { StartProducten: { StartProduct: Array<Record<string, unknown>> } })
      .StartProducten.StartProduct;
    delete producten[1]!.Begindatum;
    const built = build({ code: 'JW305', bericht: model });
    assert.ok(!built.ok);
    assert.deepEqual(
      built.findings.map((f) => f.path),
      ['$.bericht.Client.StartProducten.StartProduct[1].Begindatum'],
    );
  });

  it('gives the same document as UTF-8 bytes (buildBytes), for every message type and across many chunks', () => {
    for (const { code } of catalogue) {
      const input = { code, bericht: sampleModel(code, true) };
      const text = build(input);
      const bytes = buildBytes(input);
      assert.ok(text.ok && bytes.ok, code);
      assert.ok(bytes.bytes.equals(Buffer.from(text.xml, 'utf8')), code);
    }
    // A client name with characters of two and three bytes, repeated far past one 64 K chunk.
    const model = sampleModel('JW305', true);
    const client = model.Client as {
      StartProducten: { StartProduct: unknown[] };
      Naam: { Geslachtsnaam: { Achternaam: string } };
    };
    client.Naam.Geslachtsnaam.Achternaam = 'Çelik–Öztürk';
    client.StartProducten.StartProduct = Array.from(
      { length: 5000 },
      () => client.StartProducten.StartProduct[0],
    );
    const text = build({ code: 'JW305', bericht: model });
    const bytes = buildBytes({ code: 'JW305', bericht: model });
    assert.ok(text.ok && bytes.ok);
    assert.ok(text.xml.length > 10 * 64 * 1024);
    assert.ok(bytes.bytes.equals(Buffer.from(text.xml, 'utf8')));
  });

  it('refuses an unknown message code', () => {
    const built = build({ code: 'JW999', bericht: {} });
    assert.ok(!built.ok);
    assert.match(built.findings[0]!.message, /unknown message code 'JW999'/);
  });

  it('escapes text so any value stays well-formed', () => {
    const model = sampleModel('JW305');
    (model.Client as Record<string, Record<string, Record<string, string>>>).Naam!.Geslachtsnaam!.Achternaam =
      'a<b&c>';
    const built = build({ code: 'JW305', bericht: model });
    assert.ok(built.ok);
    const parsed = parse(built.xml);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.bericht, model);
  });
});

describe('typed model', () => {
  it('types a parsed message by its code and builds from a typed model', () => {
    const parsed = parse(buildXml('WMO305'));
    assert.ok(parsed.ok);
    const typed = modelOf(parsed, 'WMO305');
    assert.ok(typed);
    const product = typed.Client.StartProducten.StartProduct[0]!;
    assert.equal(typed.Header.BerichtCode, '418');
    assert.equal(typeof product.Begindatum, 'string');
    assert.equal(modelOf(parsed, 'JW305'), undefined);
    const rebuilt = build({ code: 'WMO305', bericht: typed });
    assert.ok(rebuilt.ok);
    assert.equal(rebuilt.xml, buildXml('WMO305'));
  });
});

function buildXml(code: string): string {
  const built = build({ code, bericht: sampleModel(code, true) });
  assert.ok(built.ok);
  return built.xml;
}
