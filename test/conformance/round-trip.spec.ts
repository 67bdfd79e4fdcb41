/**
 * Every official example read into the model and written back gives the same document, compared
 * after canonicalisation (namespace prefixes, indentation and the XML declaration aside).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SaxesParser } from 'saxes';
import { build, parse, validate } from '../../libs/istandaarden/src/index.js';
import { INVALID_OFFICIAL_EXAMPLES, referenceExamples, skipWithoutReference } from '../support/reference.js';

/** Examples whose structure itself breaks the schema, so there is no model to build. */
const NOT_MAPPABLE: Readonly<Record<string, string>> = { JW318: INVALID_OFFICIAL_EXAMPLES.JW318! };

/** Element names with namespace URIs and the trimmed text of leaves, one line per event. */
function canonical(xml: string): string[] {
  const events: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let text = '';
  parser.on('opentag', (tag) => {
    text = '';
    events.push(`<{${tag.uri}}${tag.local}`);
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    if (text.trim() !== '') events.push(`"${text.trim()}"`);
    text = '';
    events.push(`>{${tag.uri}}${tag.local}`);
  });
  parser.write(xml).close();
  return events;
}

describe('round trip of the official examples: XML → model → XML', { skip: skipWithoutReference }, () => {
  const examples = referenceExamples();
  it('has examples to work on', () => assert.ok(examples.length >= 21, `${examples.length} examples`));

  for (const example of examples) {
    const reason = NOT_MAPPABLE[example.code];
    it(`${example.code}${reason ? ` is refused by parse (${reason})` : ''}`, () => {
      const parsed = parse(example.xml);
      if (reason) {
        assert.ok(!parsed.ok, 'expected parse to refuse it');
        return;
      }
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.findings));
      assert.equal(parsed.code, example.code);
      const built = build(parsed);
      assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
      assert.deepEqual(canonical(built.xml), canonical(example.xml.toString('utf8')));
      // What we write is as valid as what we read: identical verdicts and findings per element.
      const before = validate(example.xml);
      const after = validate(built.xml);
      assert.equal(after.valid, before.valid);
      assert.deepEqual(
        after.findings.map((f) => [f.path, f.message]),
        before.findings.map((f) => [f.path, f.message]),
      );
    });
  }
});
