import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogue, catalogueEntry, catalogueEntryByBerichtCode, type CatalogueEntry } from './catalogue.js';
import { treeForCode, type ElementSpec } from './definition/message-tree.js';
import { loadDefinition, STANDAARDEN } from './definition/load.js';

function entry(code: string): CatalogueEntry {
  const found = catalogue.find((candidate) => candidate.code === code);
  assert.ok(found, `${code} is not in the catalogue`);
  return found;
}

/** The fixed pattern the definition gives `Header/<name>` of a message. */
function headerPattern(
  standaard: CatalogueEntry['standaard'],
  code: string,
  name: string,
): string | undefined {
  const message = loadDefinition(standaard).messages.get(code);
  assert.ok(message, `${code}: no definition in ${standaard}`);
  const header = message.complexTypes.get(message.rootType)?.elements.find((e) => e.name === 'Header');
  return message.complexTypes.get(header?.type ?? '')?.elements.find((e) => e.name === name)?.fixedPattern;
}

/** The element at `path` (local names separated by `/`) below the root of the message's tree. */
function elementAt(code: string, path: string): ElementSpec | undefined {
  let spec = treeForCode(code)?.root;
  for (const name of path.split('/')) spec = spec?.children?.find((child) => child.name === name);
  return spec;
}

describe('catalogue', () => {
  it('has 28 entries, 14 per standaard, with unique codes and BerichtCodes', () => {
    assert.equal(catalogue.length, 28);
    for (const standaard of STANDAARDEN) {
      assert.equal(catalogue.filter((e) => e.standaard === standaard).length, 14, standaard);
    }
    assert.equal(new Set(catalogue.map((e) => e.code)).size, 28);
    assert.equal(new Set(catalogue.map((e) => e.berichtCode)).size, 28);
  });

  it('has exactly the messages of the definitions, each with its code prefix and type', () => {
    for (const standaard of STANDAARDEN) {
      assert.deepEqual(
        catalogue
          .filter((e) => e.standaard === standaard)
          .map((e) => e.code)
          .sort(),
        [...loadDefinition(standaard).messages.keys()].sort(),
      );
    }
    for (const e of catalogue) {
      assert.equal(e.code, `${e.standaard === 'ijw' ? 'JW' : 'WMO'}${e.type}`);
    }
  });

  for (const e of catalogue) {
    it(`${e.code}: BerichtCode ${e.berichtCode} is the fixed BerichtCode of its Header in the definition`, () => {
      assert.equal(headerPattern(e.standaard, e.code, 'BerichtCode'), e.berichtCode);
    });
  }

  it('every answers and answeredBy names an existing entry of the same standaard', () => {
    for (const e of catalogue) {
      for (const other of [...(e.answers ? [e.answers] : []), ...e.answeredBy]) {
        assert.equal(entry(other).standaard, e.standaard, `${e.code} → ${other}`);
        assert.notEqual(other, e.code, `${e.code} answers itself`);
      }
      assert.equal(new Set(e.answeredBy).size, e.answeredBy.length, `${e.code}: answeredBy repeats`);
    }
  });

  it('an answer is listed by the message it answers', () => {
    for (const e of catalogue.filter((candidate) => candidate.answers)) {
      assert.ok(entry(e.answers!).answeredBy.includes(e.code), `${e.answers} does not list ${e.code}`);
    }
  });

  it('a retour answers exactly one message, which lists it, and nothing answers a retour', () => {
    const retours = catalogue.filter((e) => e.isRetour);
    assert.deepEqual([...new Set(retours.map((e) => e.type))].sort(), [
      '302',
      '306',
      '308',
      '316',
      '318',
      '320',
    ]);
    for (const retour of retours) {
      assert.ok(retour.answers, `${retour.code} answers nothing`);
      assert.deepEqual(
        catalogue.filter((e) => e.answeredBy.includes(retour.code)).map((e) => e.code),
        [retour.answers],
        `${retour.code} must be listed by exactly the message it answers`,
      );
      assert.deepEqual(retour.answeredBy, [], `${retour.code}: a retour is not answered`);
      assert.equal(Number(retour.type), Number(entry(retour.answers).type) + 1, retour.code);
    }
  });

  it('every message that lists answers sends them the other way', () => {
    for (const e of catalogue) {
      if (e.answers) assert.notEqual(e.richting, entry(e.answers).richting, `${e.code} answers ${e.answers}`);
      for (const answer of e.answeredBy) {
        assert.notEqual(entry(answer).richting, e.richting, `${answer} answers ${e.code}`);
      }
    }
  });

  it('the same message type has the same name, direction and answers in both standaarden', () => {
    for (const ijw of catalogue.filter((e) => e.standaard === 'ijw')) {
      const iwmo = entry(`WMO${ijw.type}`);
      const shape = ({ naam, event, richting, isRetour, keys }: CatalogueEntry) => ({
        naam,
        event,
        richting,
        isRetour,
        keys,
      });
      assert.deepEqual(shape(iwmo), shape(ijw), ijw.type);
      assert.equal(iwmo.answers?.replace('WMO', ''), ijw.answers?.replace('JW', ''), ijw.type);
      assert.deepEqual(
        iwmo.answeredBy.map((code) => code.replace('WMO', '')),
        ijw.answeredBy.map((code) => code.replace('JW', '')),
      );
    }
  });

  for (const e of catalogue) {
    it(`${e.code}: every business key is a leaf element of the message`, () => {
      assert.ok(e.keys.length > 0);
      for (const key of e.keys) {
        const spec = elementAt(e.code, key);
        assert.ok(spec, `${e.code}: no element Bericht/${key}`);
        assert.equal(spec.children, undefined, `${e.code}: Bericht/${key} is not a leaf`);
      }
    });
  }
});

describe('catalogue look-ups', () => {
  it('catalogueEntry finds a code in any case', () => {
    assert.equal(catalogueEntry('jw305')?.code, 'JW305');
    assert.equal(catalogueEntry('JW305')?.berichtCode, '438');
    assert.equal(catalogueEntry('Wmo323')?.code, 'WMO323');
    assert.equal(catalogueEntry('JW399'), undefined);
    assert.equal(catalogueEntry(''), undefined);
  });

  it('catalogueEntryByBerichtCode finds the message with that BerichtCode', () => {
    const found = catalogueEntryByBerichtCode('438');
    assert.equal(found?.code, 'JW305');
    assert.equal(found?.standaard, 'ijw');
    assert.equal(found?.naam, 'Start zorg');
    assert.equal(catalogueEntryByBerichtCode('418')?.code, 'WMO305');
    assert.equal(catalogueEntryByBerichtCode('999'), undefined);
    for (const e of catalogue) assert.equal(catalogueEntryByBerichtCode(e.berichtCode), e);
  });
});
