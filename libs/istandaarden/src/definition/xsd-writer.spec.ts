import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PROJECT_XSD_DIR } from '../validation/schema-set.js';
import { definitionFileName, loadDefinition, STANDAARDEN } from './load.js';
import { parseDefinition } from './parse-definition.js';
import { BASISSCHEMA_FILE, writeXsdFiles } from './xsd-writer.js';

const REGENERATE = 'run `npm run xsd:generate` (= npm run generate) and commit the result';

function generated(standaard: (typeof STANDAARDEN)[number]) {
  const definition = loadDefinition(standaard);
  const files = writeXsdFiles(definition, `libs/istandaarden/definitions/${definitionFileName(standaard)}`);
  return { definition, files, dir: `${PROJECT_XSD_DIR}${standaard}/${definition.release}` };
}

describe('committed XSDs are exactly what the definitions generate', () => {
  for (const standaard of STANDAARDEN) {
    const { definition, files, dir } = generated(standaard);

    it(`xsd/${standaard}/${definition.release}/ holds the basisschema and one schema per message, nothing else`, () => {
      const expected = [BASISSCHEMA_FILE, ...[...definition.messages.keys()].map((code) => `${code}.xsd`)];
      assert.equal(expected.length, 15, 'basisschema + 14 messages');
      assert.deepEqual(
        files.map((file) => file.name),
        expected,
      );
      assert.deepEqual(
        readdirSync(dir).sort(),
        [...expected].sort(),
        `the files in ${dir} differ from what the definition generates: ${REGENERATE}`,
      );
    });

    for (const file of files) {
      it(`xsd/${standaard}/${definition.release}/${file.name} is byte-identical to the generated schema`, () => {
        const committed = readFileSync(`${dir}/${file.name}`, 'utf8');
        // assert.ok rather than assert.equal: a diff of two whole schemas would bury the instruction.
        assert.ok(
          committed === file.content,
          `${dir}/${file.name} is not what libs/istandaarden/definitions/${definitionFileName(standaard)} ` +
            `generates (edited by hand, or the definition changed without regenerating): ${REGENERATE}`,
        );
      });
    }

    it(`the ${standaard} schemas carry no xs:documentation and say they are generated`, () => {
      for (const file of files) {
        assert.doesNotMatch(file.content, /documentation/, file.name);
        assert.match(
          file.content,
          /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!-- Generated from /,
          file.name,
        );
        assert.match(file.content, /npm run xsd:generate/, file.name);
      }
    });
  }
});

describe('writeXsdFiles on a small definition', () => {
  const definition = parseDefinition(
    [
      'standaard ijw 3.2 prefix=ijw',
      'basisschema urn:test:basis 1.0.0',
      'complex CDT_Periode',
      '  Begindatum LDT_Datum',
      'simple LDT_Datum : date',
      'simple LDT_Code : string',
      '  enum A&B "C" <D>',
      '  pattern [0-9]{2}',
      '  minLength 2',
      '  maxLength 3',
      'simple LDT_Aantal : integer',
      '  min 1',
      '  max 99',
      'bericht JW999 urn:test:jw999 1.2.0 1.0.0 root=Root',
      '  complex Root',
      '    Code LDT_Code = 0[1-9]',
      '    Periode CDT_Periode ?',
      '    Aantal LDT_Aantal *',
      '    Regel Regel {2,5}',
      '  complex Regel',
      '    Code LDT_Code +',
      '',
    ].join('\n'),
    'small.istd',
  );
  const [basis, message] = writeXsdFiles(definition, 'small.istd');

  it('writes the basisschema first, then one file per message', () => {
    assert.equal(basis?.name, 'basisschema.xsd');
    assert.equal(message?.name, 'JW999.xsd');
  });

  it('writes facets, escaping &, < and " in attribute values', () => {
    const text = basis!.content;
    assert.match(text, /targetNamespace="urn:test:basis" elementFormDefault="qualified" version="1\.0\.0"/);
    for (const facet of [
      '<xs:enumeration value="A&amp;B"/>',
      '<xs:enumeration value="&quot;C&quot;"/>',
      '<xs:enumeration value="&lt;D>"/>',
      '<xs:pattern value="[0-9]{2}"/>',
      '<xs:minLength value="2"/>',
      '<xs:maxLength value="3"/>',
      '<xs:minInclusive value="1"/>',
      '<xs:maxInclusive value="99"/>',
    ]) {
      assert.ok(text.includes(facet), facet);
    }
  });

  it('writes cardinalities, a fixed pattern as a local restriction, and the import of the basisschema', () => {
    const text = message!.content;
    assert.ok(text.includes('<xs:import namespace="urn:test:basis" schemaLocation="basisschema.xsd"/>'));
    assert.ok(text.includes('<xs:element name="Bericht" type="jw999:Root"/>'));
    assert.ok(text.includes('<xs:element name="Periode" type="ijw:CDT_Periode" minOccurs="0"/>'));
    assert.ok(
      text.includes('<xs:element name="Aantal" type="ijw:LDT_Aantal" minOccurs="0" maxOccurs="unbounded"/>'),
    );
    assert.ok(text.includes('<xs:element name="Regel" type="jw999:Regel" minOccurs="2" maxOccurs="5"/>'));
    assert.ok(text.includes('<xs:element name="Code" type="ijw:LDT_Code" maxOccurs="unbounded"/>'));
    assert.match(
      text,
      /<xs:element name="Code">\s*<xs:simpleType>\s*<xs:restriction base="ijw:LDT_Code">\s*<xs:pattern value="0\[1-9\]"\/>/,
    );
  });
});
