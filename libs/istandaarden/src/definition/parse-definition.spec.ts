import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DefinitionError, parseDefinition } from './parse-definition.js';

const FILE = 'test.istd';

/** A small but complete definition: every cardinality, a fixed pattern, every facet, a message-local type. */
const SMALL = [
  '# a comment, then a blank line',
  '',
  'standaard iwmo 3.2 prefix=iwmo',
  'basisschema urn:test:basis 1.0.0',
  'complex CDT_Periode',
  '  Begindatum LDT_Datum',
  '  Einddatum LDT_Datum ?',
  'simple LDT_Datum : date',
  'simple LDT_Code : string',
  '  enum 01 02 03',
  '  maxLength 2',
  'simple LDT_Naam : string',
  '  pattern [A-Z][a-z ]*',
  '  minLength 1',
  '  maxLength 25',
  'simple LDT_Aantal : integer',
  '  min 1',
  '  max 99',
  'simple LDT_BerichtCode : integer',
  'bericht WMO999 urn:test:wmo999 1.0.0 0.9.0 root=Root',
  '  complex Root',
  '    Header Header',
  '    Regel Regel +',
  '  complex Header',
  '    BerichtCode LDT_BerichtCode = 999',
  '  complex Regel',
  '    Code LDT_Code',
  '    Naam LDT_Naam ?',
  '    Periode CDT_Periode *',
  '    Aantal LDT_Aantal {2,5}',
  '    Tijd LDT_Tijd {0,unbounded}',
  '  simple LDT_Tijd : time',
  '    pattern \\d{2}:\\d{2}',
];
const text = (lines: readonly string[]) => lines.join('\n') + '\n';

/** The 1-based line number of the (first) line that is exactly `line`. */
function lineOf(lines: readonly string[], line: string): number {
  const index = lines.indexOf(line);
  assert.ok(index >= 0, `test setup: no line '${line}'`);
  return index + 1;
}

/** SMALL with one line replaced (or, with `extra`, lines added after it). */
function edit(line: string, replacement: string, ...extra: string[]): string[] {
  const at = lineOf(SMALL, line) - 1;
  return [...SMALL.slice(0, at), replacement, ...extra, ...SMALL.slice(at + 1)];
}

/** Parsing `lines` throws a DefinitionError for FILE at `line` whose message matches `message`. */
function assertDefinitionError(lines: readonly string[], line: number, message: RegExp): void {
  assert.throws(
    () => parseDefinition(text(lines), FILE),
    (error: unknown) => {
      assert.ok(error instanceof DefinitionError, `not a DefinitionError: ${String(error)}`);
      assert.equal(error.file, FILE);
      assert.equal(error.line, line);
      assert.ok(error.message.startsWith(`${FILE}:${line}: `), error.message);
      assert.match(error.message, message);
      return true;
    },
  );
}

describe('parseDefinition: a small definition', () => {
  const definition = parseDefinition(text(SMALL), FILE);
  const message = definition.messages.get('WMO999')!;

  it('reads the standaard line and the basisschema', () => {
    assert.equal(definition.standaard, 'iwmo');
    assert.equal(definition.release, '3.2');
    assert.equal(definition.prefix, 'iwmo');
    assert.equal(definition.basisschema.namespace, 'urn:test:basis');
    assert.equal(definition.basisschema.version, '1.0.0');
    assert.deepEqual([...definition.basisschema.complexTypes.keys()], ['CDT_Periode']);
    assert.deepEqual(
      [...definition.basisschema.simpleTypes.keys()],
      ['LDT_Datum', 'LDT_Code', 'LDT_Naam', 'LDT_Aantal', 'LDT_BerichtCode'],
    );
  });

  it('reads facets: enum, pattern (with its spaces), minLength, maxLength, min, max', () => {
    const types = definition.basisschema.simpleTypes;
    assert.deepEqual(types.get('LDT_Datum'), {
      name: 'LDT_Datum',
      base: 'date',
      enumeration: [],
      patterns: [],
    });
    assert.deepEqual(types.get('LDT_Code'), {
      name: 'LDT_Code',
      base: 'string',
      enumeration: ['01', '02', '03'],
      patterns: [],
      maxLength: 2,
    });
    assert.deepEqual(types.get('LDT_Naam'), {
      name: 'LDT_Naam',
      base: 'string',
      enumeration: [],
      patterns: ['[A-Z][a-z ]*'],
      minLength: 1,
      maxLength: 25,
    });
    assert.deepEqual(types.get('LDT_Aantal'), {
      name: 'LDT_Aantal',
      base: 'integer',
      enumeration: [],
      patterns: [],
      minInclusive: '1',
      maxInclusive: '99',
    });
  });

  it('reads a bericht line and its own types', () => {
    assert.deepEqual([...definition.messages.keys()], ['WMO999']);
    assert.equal(message.namespace, 'urn:test:wmo999');
    assert.equal(message.version, '1.0.0');
    assert.equal(message.basisschemaVersion, '0.9.0');
    assert.equal(message.rootType, 'Root');
    assert.deepEqual([...message.complexTypes.keys()], ['Root', 'Header', 'Regel']);
    assert.deepEqual(message.simpleTypes.get('LDT_Tijd'), {
      name: 'LDT_Tijd',
      base: 'time',
      enumeration: [],
      patterns: ['\\d{2}:\\d{2}'],
    });
  });

  it('reads cardinalities (none, ?, *, +, {2,5}, {0,unbounded}) and a fixed pattern', () => {
    const elements = (type: string) => message.complexTypes.get(type)?.elements;
    const el = (name: string, type: string, minOccurs: number, maxOccurs: number) => ({
      name,
      type,
      minOccurs,
      maxOccurs,
    });
    assert.deepEqual(elements('Root'), [el('Header', 'Header', 1, 1), el('Regel', 'Regel', 1, Infinity)]);
    assert.deepEqual(elements('Regel'), [
      el('Code', 'LDT_Code', 1, 1),
      el('Naam', 'LDT_Naam', 0, 1),
      el('Periode', 'CDT_Periode', 0, Infinity),
      el('Aantal', 'LDT_Aantal', 2, 5),
      el('Tijd', 'LDT_Tijd', 0, Infinity),
    ]);
    assert.deepEqual(elements('Header'), [
      { ...el('BerichtCode', 'LDT_BerichtCode', 1, 1), fixedPattern: '999' },
    ]);
    assert.deepEqual(definition.basisschema.complexTypes.get('CDT_Periode')?.elements, [
      el('Begindatum', 'LDT_Datum', 1, 1),
      el('Einddatum', 'LDT_Datum', 0, 1),
    ]);
  });
});

describe('parseDefinition: errors name the file and the line', () => {
  it('an unknown standaard', () => {
    assertDefinitionError(
      edit('standaard iwmo 3.2 prefix=iwmo', 'standaard izvw 3.2'),
      lineOf(SMALL, 'standaard iwmo 3.2 prefix=iwmo'),
      /unknown standaard 'izvw'/,
    );
  });

  it('an unknown facet', () => {
    assertDefinitionError(
      edit('  maxLength 2', '  totalDigits 2'),
      lineOf(SMALL, '  maxLength 2'),
      /unknown facet 'totalDigits'/,
    );
  });

  it('a length facet that is not a whole number', () => {
    assertDefinitionError(
      edit('  minLength 1', '  minLength één'),
      lineOf(SMALL, '  minLength 1'),
      /minLength must be a whole number/,
    );
  });

  it('a bad cardinality', () => {
    const line = lineOf(SMALL, '    Regel Regel +');
    for (const card of ['{5}', '{a,b}', '{2,}', '!', '{-1,2}']) {
      assertDefinitionError(edit('    Regel Regel +', `    Regel Regel ${card}`), line, /bad cardinality/);
    }
  });

  it('a type defined twice, in the basisschema and in a bericht', () => {
    const basis = edit(
      'simple LDT_BerichtCode : integer',
      'simple LDT_BerichtCode : integer',
      'simple LDT_Datum : date',
    );
    assertDefinitionError(
      basis,
      lineOf(SMALL, 'simple LDT_BerichtCode : integer') + 1,
      /type LDT_Datum defined twice/,
    );
    const own = [...SMALL, '  complex Header', '    X LDT_Code'];
    assertDefinitionError(own, SMALL.length + 1, /type Header defined twice/);
  });

  it('a bericht defined twice', () => {
    const again = [...SMALL, 'bericht WMO999 urn:test:other 1.0.0 1.0.0 root=Root'];
    assertDefinitionError(again, SMALL.length + 1, /bericht WMO999 defined twice/);
  });

  it('a line before any basisschema or bericht section', () => {
    const lines = ['standaard ijw 3.2', 'simple LDT_X : string', ...SMALL.slice(3)];
    assertDefinitionError(lines, 2, /'simple' before any basisschema or bericht/);
  });

  it('unexpected indentation', () => {
    // An element indented too far, a facet at element depth, a bericht type at basisschema depth.
    assertDefinitionError(
      edit('  Einddatum LDT_Datum ?', '      Einddatum LDT_Datum ?'),
      lineOf(SMALL, '  Einddatum LDT_Datum ?'),
      /unexpected line/,
    );
    assertDefinitionError(
      edit('  enum 01 02 03', '    enum 01 02 03'),
      lineOf(SMALL, '  enum 01 02 03'),
      /unexpected line/,
    );
    assertDefinitionError(
      edit('    Code LDT_Code', '  Code LDT_Code'),
      lineOf(SMALL, '    Code LDT_Code'),
      /unexpected line/,
    );
  });

  it('a simple type on an unknown base', () => {
    assertDefinitionError(
      edit('simple LDT_Datum : date', 'simple LDT_Datum : dateTime'),
      lineOf(SMALL, 'simple LDT_Datum : date'),
      /expected: simple NAME/,
    );
  });

  it('a reference to an unknown type, at the line of the reference', () => {
    const line = lineOf(SMALL, '    Code LDT_Code');
    const lines = edit('    Code LDT_Code', '    Code LDT_Onbekend');
    assertDefinitionError(lines, line, /WMO999: Regel\/Code refers to unknown type LDT_Onbekend/);
    const basis = edit('  Einddatum LDT_Datum ?', '  Einddatum LDT_Dat ?');
    assertDefinitionError(
      basis,
      lineOf(SMALL, '  Einddatum LDT_Datum ?'),
      /CDT_Periode\/Einddatum refers to unknown type/,
    );
  });

  it('a root type that is not defined, at the bericht line', () => {
    const bericht = 'bericht WMO999 urn:test:wmo999 1.0.0 0.9.0 root=Root';
    assertDefinitionError(
      edit(bericht, bericht.replace('root=Root', 'root=Wortel')),
      lineOf(SMALL, bericht),
      /root type Wortel is not defined/,
    );
  });

  it('a missing standaard line', () => {
    assertDefinitionError(
      SMALL.filter((line) => !line.startsWith('standaard')),
      1,
      /missing 'standaard' line/,
    );
  });

  it('a cardinality that is a property name of Object.prototype', () => {
    const line = lineOf(SMALL, '    Regel Regel +');
    for (const card of ['toString', 'constructor', '__proto__']) {
      assertDefinitionError(edit('    Regel Regel +', `    Regel Regel ${card}`), line, /bad cardinality/);
    }
  });

  it('a simple and a complex type of the same name in one scope (one XSD name space)', () => {
    const lines = [...SMALL, '  complex LDT_Tijd', '    Uur LDT_Code'];
    assertDefinitionError(lines, SMALL.length + 1, /type LDT_Tijd defined twice/);
  });

  it('a {min,max} cardinality with min above max', () => {
    const line = lineOf(SMALL, '    Regel Regel +');
    assertDefinitionError(edit('    Regel Regel +', '    Regel Regel {5,2}'), line, /cardinality/);
  });
});
