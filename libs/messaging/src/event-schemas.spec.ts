import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sampleModel } from '../../../test/support/sample-model.js';
import { definitionFileName, loadDefinition, STANDAARDEN } from '../../istandaarden/src/definition/load.js';
import { parseDefinition } from '../../istandaarden/src/definition/parse-definition.js';
import {
  anchoredPattern,
  DATE_PATTERN,
  TIME_PATTERN,
  writeJsonSchemas,
  xsdToEcmaPattern,
  type JsonSchema,
} from '../../istandaarden/src/definition/json-schema-writer.js';
import { EVENT_SCHEMAS_PATH, eventSchemaFiles } from './generate-schemas.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../', import.meta.url));
const REGENERATE = 'run `npm run generate` and commit the result';

describe('committed event schemas are exactly what the generator gives', () => {
  const files = eventSchemaFiles();
  const dir = `${PROJECT_DIR}${EVENT_SCHEMAS_PATH}`;

  it(`${EVENT_SCHEMAS_PATH}/ holds one schema per event, nothing else`, () => {
    assert.equal(
      files.length,
      20,
      '7 inbound message types, bericht.afgekeurd, populatie.vastgesteld and budget.drempel-bereikt, for both standards',
    );
    assert.deepEqual(
      readdirSync(dir).sort(),
      files.map((file) => file.name).sort(),
      `the files in ${EVENT_SCHEMAS_PATH} differ from what the generator gives: ${REGENERATE}`,
    );
  });

  for (const file of files) {
    it(`${EVENT_SCHEMAS_PATH}/${file.name} is byte-identical to the generated schema`, () => {
      const committed = readFileSync(`${dir}/${file.name}`, 'utf8');
      // assert.ok rather than assert.equal: a diff of two whole schemas would bury the instruction.
      assert.ok(
        committed === file.content,
        `${EVENT_SCHEMAS_PATH}/${file.name} is not what the generator gives (edited by hand, or the ` +
          `definition or envelope changed without regenerating): ${REGENERATE}`,
      );
    });
  }
});

/** Every `pattern` keyword anywhere in a schema. */
function patternsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) patternsIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'pattern' && typeof item === 'string') found.push(item);
      else patternsIn(item, found);
    }
  }
  return found;
}

describe('writeJsonSchemas on the definitions', () => {
  for (const standaard of STANDAARDEN) {
    const definition = loadDefinition(standaard);
    const schemas = writeJsonSchemas(
      definition,
      `libs/istandaarden/definitions/${definitionFileName(standaard)}`,
    );
    const ajv = new Ajv2020({ strict: true, allErrors: true });

    it(`writes one schema per ${standaard} message, each compiling in ajv's strict mode`, () => {
      assert.deepEqual(
        schemas.map((schema) => schema.code),
        [...definition.messages.keys()],
      );
      for (const { schema } of schemas) ajv.compile(schema);
    });

    it(`every ${standaard} pattern is anchored and compiles with the u flag`, () => {
      const patterns = schemas.flatMap(({ schema }) => patternsIn(schema));
      assert.ok(patterns.length > 0);
      for (const pattern of patterns) {
        assert.match(pattern, /^\^.*\$$/s, pattern);
        assert.doesNotThrow(() => new RegExp(pattern, 'u'), pattern);
      }
    });

    it(`sample models of every ${standaard} message, minimal and full, are valid`, () => {
      for (const { code, schema } of schemas) {
        const validate = ajv.compile(schema);
        for (const full of [false, true]) {
          assert.ok(
            validate(sampleModel(code, full)),
            `${code} full=${full}: ${ajv.errorsText(validate.errors)}`,
          );
        }
      }
    });
  }
});

describe('writeJsonSchemas on a small definition', () => {
  const definition = parseDefinition(
    [
      'standaard ijw 3.2 prefix=ijw',
      'basisschema urn:test:basis 1.0.0',
      'complex CDT_Periode',
      '  Begindatum LDT_Datum',
      '  Tijd LDT_Tijd ?',
      'complex CDT_Ongebruikt',
      '  Code LDT_Code',
      'simple LDT_Datum : date',
      '  pattern [^:Z]*',
      'simple LDT_Tijd : time',
      'simple LDT_Code : string',
      '  enum A B',
      '  maxLength 1',
      'simple LDT_Tekst : string',
      '  pattern [0-9]{2}',
      '  pattern X\\.',
      '  minLength 2',
      '  maxLength 3',
      'simple LDT_Aantal : integer',
      '  min 1',
      '  max 99',
      'simple LDT_Versie : integer',
      'bericht JW999 urn:test:jw999 1.2.0 1.0.0 root=Root',
      '  complex Root',
      '    Versie LDT_Versie = 3',
      '    Code LDT_Tekst = 4[0-9]',
      '    Vast LDT_Code = A',
      '    Periode CDT_Periode ?',
      '    Aantal LDT_Aantal *',
      '    Regel Regel {2,5}',
      '  complex Regel',
      '    Tekst LDT_Tekst +',
      '    Soort LDT_Code ?',
      '',
    ].join('\n'),
    'small.istd',
  );
  const [written] = writeJsonSchemas(definition, 'small.istd');
  const schema = written!.schema;
  const defs = schema.$defs as Record<string, JsonSchema>;
  const properties = schema.properties as Record<string, JsonSchema>;
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  const valid = {
    Versie: 3,
    Code: '42',
    Vast: 'A',
    Periode: { Begindatum: '2026-03-02', Tijd: '09:30:00.5' },
    Aantal: [1, 99],
    Regel: [{ Tekst: ['X.'] }, { Tekst: ['12', 'X.'], Soort: 'B' }],
  };

  it('says it is generated and from what', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(String(schema.$comment), /^Generated from small\.istd by "npm run generate"/);
    assert.equal(schema.title, 'JW999');
  });

  it('makes required what occurs at least once, arrays of what repeats, and allows nothing else', () => {
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['Versie', 'Code', 'Vast', 'Regel']);
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(properties.Aantal, {
      type: 'array',
      items: { $ref: '#/$defs/LDT_Aantal' },
      minItems: 1,
    });
    assert.deepEqual(properties.Regel, {
      type: 'array',
      items: { $ref: '#/$defs/JW999_Regel' },
      minItems: 2,
      maxItems: 5,
    });
    assert.deepEqual(properties.Periode, { $ref: '#/$defs/CDT_Periode' });
    assert.deepEqual(defs.CDT_Periode, {
      type: 'object',
      properties: { Begindatum: { $ref: '#/$defs/LDT_Datum' }, Tijd: { $ref: '#/$defs/LDT_Tijd' } },
      required: ['Begindatum'],
      additionalProperties: false,
    });
  });

  it('writes fixed values as constants and other fixed patterns on top of the type', () => {
    assert.deepEqual(properties.Versie, { const: 3 });
    assert.deepEqual(properties.Vast, { const: 'A' });
    assert.deepEqual(properties.Code, { $ref: '#/$defs/LDT_Tekst', type: 'string', pattern: '^(?:4[0-9])$' });
  });

  it('writes leaf facets: integer ranges, enumerations, alternatives as one anchored pattern, lengths', () => {
    assert.deepEqual(defs.LDT_Aantal, { type: 'integer', minimum: 1, maximum: 99 });
    assert.deepEqual(defs.LDT_Code, { type: 'string', enum: ['A', 'B'], maxLength: 1 });
    assert.deepEqual(defs.LDT_Tekst, {
      type: 'string',
      pattern: '^(?:[0-9]{2}|X\\.)$',
      minLength: 2,
      maxLength: 3,
    });
  });

  it('writes dates and times as text in their lexical form, with the type pattern besides', () => {
    assert.deepEqual(defs.LDT_Datum, {
      type: 'string',
      pattern: DATE_PATTERN,
      allOf: [{ pattern: '^(?:[^:Z]*)$' }],
    });
    assert.deepEqual(defs.LDT_Tijd, { type: 'string', pattern: TIME_PATTERN });
  });

  it('holds in $defs only the types the message refers to', () => {
    assert.deepEqual(Object.keys(defs), [
      'JW999_Regel',
      'CDT_Periode',
      'LDT_Datum',
      'LDT_Tijd',
      'LDT_Code',
      'LDT_Tekst',
      'LDT_Aantal',
    ]);
  });

  it('accepts a model that fits and refuses what does not', () => {
    assert.ok(validate(valid), JSON.stringify(validate.errors));
    const broken: Array<[string, Record<string, unknown>]> = [
      ['integer as text', { Versie: '3' }],
      ['other fixed value', { Vast: 'B' }],
      ['fixed pattern', { Code: '12' }],
      ['type pattern', { Code: '4A' }],
      ['below minimum', { Aantal: [0] }],
      ['not an integer', { Aantal: [1.5] }],
      ['repeatable element not an array', { Aantal: 1 }],
      ['empty array', { Aantal: [] }],
      ['too few', { Regel: [{ Tekst: ['12'] }] }],
      ['date not YYYY-MM-DD', { Periode: { Begindatum: '2-3-2026' } }],
      ['date with time zone', { Periode: { Begindatum: '2026-03-02Z' } }],
      ['time without seconds', { Periode: { Begindatum: '2026-03-02', Tijd: '09:30' } }],
      ['unknown element', { Onbekend: 'x' }],
      ['unknown nested element', { Periode: { Begindatum: '2026-03-02', Einddatum: '2026-03-03' } }],
    ];
    for (const [what, change] of broken) assert.equal(validate({ ...valid, ...change }), false, what);
    const { Vast, ...missing } = valid;
    assert.equal(Vast, 'A');
    assert.equal(validate(missing), false, 'missing required element');
  });
});

describe('XSD patterns in ECMAScript', () => {
  it('anchors the alternatives of a facet as a whole', () => {
    assert.equal(anchoredPattern(['a|b', 'c']), '^(?:a|b|c)$');
    const pattern = new RegExp(anchoredPattern(['[0-9]{4}']), 'u');
    assert.ok(pattern.test('0363'));
    assert.ok(!pattern.test('x0363') && !pattern.test('03634'));
  });

  it('gives ., \\s, \\S, \\d and ^/$ their XSD meaning', () => {
    assert.equal(xsdToEcmaPattern('.*[^\\s].*'), '[^\\n\\r]*[^\\t\\n\\r ][^\\n\\r]*');
    assert.equal(xsdToEcmaPattern('([.\\s]*\\S+[.\\s]*)+'), '([.\\t\\n\\r ]*[^\\t\\n\\r ]+[.\\t\\n\\r ]*)+');
    assert.equal(xsdToEcmaPattern('\\d\\D'), '\\p{Nd}\\P{Nd}');
    assert.equal(xsdToEcmaPattern('a$^b[^$]'), 'a\\$\\^b[^$]');
    assert.equal(xsdToEcmaPattern('a\\-b[a\\-z]'), 'a-b[a\\-z]');
    const nonBlank = new RegExp(anchoredPattern(['.*[^\\s].*']), 'u');
    // A no-break space is not XSD whitespace, a line separator is no line end in XSD.
    assert.ok(nonBlank.test('\u00a0') && nonBlank.test('a\u2028'));
    assert.ok(!nonBlank.test(' \t') && !nonBlank.test('a\nb'));
  });

  it('refuses what has no ECMAScript equivalent', () => {
    for (const pattern of ['\\i\\c*', '\\w+', '[a-z-[aeiou]]', '[\\S]', '[abc', 'a\\', '\\p{IsBasicLatin}']) {
      assert.throws(() => anchoredPattern([pattern], 'test'), /test: /, pattern);
    }
  });
});
