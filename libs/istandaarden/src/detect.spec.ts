import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleModel } from '../../../test/support/sample-model.js';
import { catalogue } from './catalogue.js';
import { detect, type DetectResult } from './detect.js';
import { loadDefinition } from './definition/load.js';
import { build } from './mapping/build.js';

function builtXml(code: string, full = false): string {
  const built = build({ code, bericht: sampleModel(code, full) });
  assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
  return built.xml;
}

function refusal(result: DetectResult) {
  assert.ok(!result.ok, `detected ${JSON.stringify(result)}`);
  return result.finding;
}

describe('detect: the 28 message types', () => {
  for (const entry of catalogue) {
    it(`${entry.code}: standaard, code, namespace, BerichtCode, versie and the Header's parties and identification`, () => {
      const message = loadDefinition(entry.standaard).messages.get(entry.code)!;
      const header = sampleModel(entry.code).Header as Record<string, unknown>;
      const id = header.BerichtIdentificatie as Record<string, string>;
      const expected = {
        ok: true,
        standaard: entry.standaard,
        code: entry.code,
        namespace: message.namespace,
        berichtCode: entry.berichtCode,
        versie: '3.2',
        afzender: String(header.Afzender),
        ontvanger: String(header.Ontvanger),
        identificatie: id.Identificatie,
        dagtekening: id.Dagtekening,
      };
      assert.deepEqual(detect(builtXml(entry.code)), expected);
      assert.deepEqual(detect(Buffer.from(builtXml(entry.code, true), 'utf8')), expected);
    });
  }

  it('reports the header as written, without validating it', () => {
    const xml = builtXml('WMO305')
      .replace(/<(\w+):BerichtCode>418</, '<$1:BerichtCode> 999 <')
      .replace(/<(\w+):BerichtVersie>3</, '<$1:BerichtVersie>4<');
    const result = detect(xml);
    assert.ok(result.ok);
    assert.equal(result.code, 'WMO305');
    assert.equal(result.berichtCode, '999');
    assert.equal(result.versie, '4.2');
  });

  it('leaves berichtCode and versie out when the Header does not have them', () => {
    const namespace = loadDefinition('ijw').messages.get('JW301')!.namespace;
    const result = detect(`<Bericht xmlns="${namespace}"><Client/></Bericht>`);
    assert.deepEqual(result, { ok: true, standaard: 'ijw', code: 'JW301', namespace });
  });

  it('reads a message with a byte-order mark, another prefix and a default namespace', () => {
    const xml = builtXml('JW319')
      .replace(/jw319:/g, '')
      .replace('xmlns:jw319=', 'xmlns=');
    const result = detect(`\ufeff${xml}`);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.code, 'JW319');
    assert.equal(result.berichtCode, '488');
  });
});

describe('detect: what is not a message', () => {
  it('BERICHT for a root element that is not a Bericht', () => {
    const found = refusal(detect('<?xml version="1.0"?><x:Factuur xmlns:x="urn:example:factuur"/>'));
    assert.equal(found.rule, 'BERICHT');
    assert.equal(found.path, '/Factuur');
    assert.match(found.message, /\{urn:example:factuur\}Factuur is not the Bericht/);
  });

  it('BERICHT names the line and column of a root element that is not on the first line', () => {
    const found = refusal(detect('<?xml version="1.0"?>\n<!-- x -->\n  <x:Factuur xmlns:x="urn:x"/>'));
    assert.equal(found.line, 3);
    assert.equal(found.column, 3);
  });

  it('BERICHT for a Bericht in an unknown namespace, or in none', () => {
    const unknown = builtXml('JW305').replace(/\/jw305\/schema"/, '/jw399/schema"');
    for (const xml of [unknown, '<Bericht><Header/></Bericht>']) {
      const found = refusal(detect(xml));
      assert.equal(found.rule, 'BERICHT');
      assert.equal(found.path, '/Bericht');
    }
  });

  it('BERICHT for a message-shaped root in a message namespace but with another name', () => {
    const xml = builtXml('WMO301').replace(/wmo301:Bericht\b/g, 'wmo301:Root');
    assert.equal(refusal(detect(xml)).rule, 'BERICHT');
  });

  it('XML for garbage', () => {
    for (const garbage of ['dit is geen xml', '{"code":"JW305"}', '<', '<?xml version="1.0"?>']) {
      const found = refusal(detect(garbage));
      assert.equal(found.rule, 'XML', garbage);
      assert.ok(found.message.length > 0);
    }
  });

  it('INPUT for a DOCTYPE, before any parsing', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE Bericht [<!ENTITY x "x">]>\n<Bericht>&x;</Bericht>';
    const found = refusal(detect(xml));
    assert.equal(found.rule, 'INPUT');
    assert.match(found.message, /DOCTYPE/);
    assert.deepEqual([found.line, found.column], [2, 1]);
  });

  it('INPUT for an empty document', () => {
    assert.equal(refusal(detect('')).rule, 'INPUT');
  });

  it('returns quickly for a deeply nested non-message (reads a bounded head only)', () => {
    const levels = 1_000_000;
    const deep = '<a>'.repeat(levels) + 'x' + '</a>'.repeat(levels);
    const started = performance.now();
    const found = refusal(detect(deep));
    const elapsed = performance.now() - started;
    assert.equal(found.rule, 'BERICHT');
    assert.ok(elapsed < 2000, `detect took ${Math.round(elapsed)} ms on ${deep.length} characters`);
  });

  it('returns quickly for a deeply nested Bericht without a Header', () => {
    const namespace = loadDefinition('iwmo').messages.get('WMO323')!.namespace;
    const deep = `<Bericht xmlns="${namespace}">${'<Client>'.repeat(500_000)}`;
    const started = performance.now();
    const result = detect(deep);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `detect took ${Math.round(elapsed)} ms`);
    // Identified by its root; nothing is claimed about a header it never reached.
    assert.deepEqual(result, { ok: true, standaard: 'iwmo', code: 'WMO323', namespace });
  });
});
