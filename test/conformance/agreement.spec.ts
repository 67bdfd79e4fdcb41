/**
 * Our schemas are generated from our own definition, so the examples passing proves little about the
 * cases that should fail. Here thousands of small mutations of the official examples are judged by
 * our schemas and by the official XSDs, and the two must reach the same verdict on every one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { SchemaSet, validate, type ValidationResult } from '../../libs/istandaarden/src/index.js';
import {
  MUTATION_KINDS,
  generateMutations,
  parseXml,
  serializeXml,
  type Facets,
  type Mutation,
} from '../support/mutations.js';
import {
  INVALID_OFFICIAL_EXAMPLES,
  OFFICIAL_XSD_FOLDERS,
  referenceExamples,
  skipWithoutReference,
} from '../support/reference.js';

describe(
  'our schemas and the official XSDs agree on mutated examples',
  { skip: skipWithoutReference },
  () => {
    let ours: SchemaSet;
    let official: SchemaSet;
    before(() => {
      ours = SchemaSet.load();
      official = SchemaSet.load({ folders: OFFICIAL_XSD_FOLDERS });
    });
    after(() => {
      ours?.dispose();
      official?.dispose();
    });
    // An example that is invalid itself would make nearly every mutation of it invalid, whatever was changed.
    const bases = () => referenceExamples().filter((example) => !(example.code in INVALID_OFFICIAL_EXAMPLES));

    it('writes the examples back out unchanged as far as either schema set can tell', () => {
      for (const example of bases()) {
        const xml = serializeXml(parseXml(example.xml.toString('utf8')));
        assert.equal(validate(xml, {}, ours).valid, true, `${example.code} after a round trip, our schemas`);
        assert.equal(
          validate(xml, {}, official).valid,
          true,
          `${example.code} after a round trip, official XSDs`,
        );
      }
    });

    it('reaches the same verdict on every mutation', () => {
      const started = performance.now();
      const officialFacets = {
        ijw: harvestFacets(readFileSync(`${OFFICIAL_XSD_FOLDERS.ijw}/basisschema.xsd`, 'utf8')),
        iwmo: harvestFacets(readFileSync(`${OFFICIAL_XSD_FOLDERS.iwmo}/basisschema.xsd`, 'utf8')),
      };
      for (const [standaard, facets] of Object.entries(officialFacets)) {
        const found = [...facets.values()];
        assert.ok(
          found.some((type) => type.enumeration.length > 0) && found.some((type) => type.maxLength),
          `no facets read for ${standaard}`,
        );
      }
      const mutations = generateMutations(bases(), officialFacets);
      const officialCodes = new Set(official.codes);
      const tally = new Map<string, { valid: number; invalid: number }>(
        MUTATION_KINDS.map((kind) => [kind, { valid: 0, invalid: 0 }]),
      );
      const disagreements: string[] = [];
      let notJudged = 0;
      for (const mutation of mutations) {
        const byOurs = validate(mutation.xml, {}, ours);
        // A message the official release has no schema for (derived iWmo retour messages) cannot be compared.
        if (!officialCodes.has(mutation.code) || (byOurs.code && !officialCodes.has(byOurs.code))) {
          notJudged++;
          continue;
        }
        const byOfficial = validate(mutation.xml, {}, official);
        if (byOurs.valid !== byOfficial.valid)
          disagreements.push(describeDisagreement(mutation, byOurs, byOfficial));
        const count = tally.get(mutation.kind);
        if (count && byOfficial.valid) count.valid++;
        else if (count) count.invalid++;
      }
      const judged = mutations.length - notJudged;
      const valid = [...tally.values()].reduce((sum, count) => sum + count.valid, 0);
      const kinds = [...tally]
        .map(([kind, count]) => `${kind} ${count.valid + count.invalid} (${count.valid} valid)`)
        .join(', ');
      console.log(
        `agreement: ${mutations.length} mutations, ${judged} judged (${valid} valid, ${judged - valid} invalid), ` +
          `${notJudged} without an official schema, ${disagreements.length} disagreements, ${Math.round(performance.now() - started)} ms; ${kinds}`,
      );

      assert.equal(
        disagreements.length,
        0,
        `${disagreements.length} disagreements:\n${disagreements.join('\n')}`,
      );
      assert.ok(judged >= 1000, `only ${judged} mutations judged`);
      assert.ok(judged - valid >= judged * 0.2, `only ${judged - valid} of ${judged} mutations invalid`);
      assert.ok(valid >= judged * 0.05, `only ${valid} of ${judged} mutations still valid`);
      for (const [kind, count] of tally)
        assert.ok(count.valid + count.invalid > 0, `no mutation of kind ${kind} judged`);
    });
  },
);

/**
 * Facets of the official basisschema's named simple types, so that the corpus also probes limits our
 * definition lacks. Read at test time, never copied; these schemas use only a small, flat vocabulary.
 */
function harvestFacets(xsdText: string): Map<string, Facets> {
  const facets = new Map<string, Facets>();
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  const unescape = (text: string) =>
    text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => entities[entity] ?? '');
  for (const [, name = '', body = ''] of xsdText.matchAll(
    /<xs:simpleType\s+name="([^"]+)"\s*>([\s\S]*?)<\/xs:simpleType>/g,
  )) {
    const number = (facet: string) => {
      const value = new RegExp(`<xs:${facet}\\s+value\\s*=\\s*"([^"]*)"`).exec(body)?.[1];
      return value === undefined ? undefined : Number(value);
    };
    const enumeration = [...body.matchAll(/<xs:enumeration\s+value\s*=\s*"([^"]*)"/g)].map((match) =>
      unescape(match[1] ?? ''),
    );
    const limits = ['minLength', 'maxLength', 'minInclusive', 'maxInclusive'].map((facet) => [
      facet,
      number(facet),
    ]);
    facets.set(name, {
      enumeration,
      ...Object.fromEntries(limits.filter(([, value]) => value !== undefined)),
    });
  }
  return facets;
}

function describeDisagreement(
  mutation: Mutation,
  ours: ValidationResult,
  official: ValidationResult,
): string {
  const verdict = (result: ValidationResult) =>
    result.valid
      ? 'valid'
      : `invalid: ${result.findings.map((finding) => `[${finding.rule}] ${finding.path}: ${finding.message}`).join(' | ')}`;
  return `- ${mutation.label}\n    ours:     ${verdict(ours)}\n    official: ${verdict(official)}`;
}
