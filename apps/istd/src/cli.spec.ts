import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from '../../../libs/istandaarden/src/index.js';
import { sampleModel } from '../../../test/support/sample-model.js';
import { run } from './cli.js';

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process with an in-memory Output (error() adds the newline, as main.ts does). */
async function istd(...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    write: (text) => (stdout += text),
    error: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

function builtXml(code: string, full = false): string {
  const built = build({ code, bericht: sampleModel(code, full) });
  assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
  return built.xml;
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir = '';
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'istd-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A JW305 whose Bsn breaks its pattern: XSD-invalid, still mappable. Line and column of the Bsn element. */
function invalidJw305(): { xml: string; line: number; column: number } {
  const xml = builtXml('JW305').replace(/(<\w+:Bsn>)[^<]*/, '$1ABC');
  const at = xml.split('\n').findIndex((text) => text.includes('ABC'));
  return { xml, line: at + 1, column: xml.split('\n')[at]!.indexOf('<') + 1 };
}

describe('istd validate', () => {
  it('exit 0 and one "valid" line per valid file', async () => {
    const a = file('valid-a.xml', builtXml('JW305'));
    const b = file('valid-b.xml', builtXml('WMO323', true));
    const ran = await istd('validate', a, b);
    assert.equal(ran.code, 0, ran.stderr);
    assert.deepEqual(lines(ran.stdout), [`${a}: valid JW305`, `${b}: valid WMO323`]);
    assert.equal(ran.stderr, '');
  });

  it('exit 1 with findings as file:line:column: [RULE] /path: message', async () => {
    const valid = file('valid.xml', builtXml('JW305'));
    const { xml, line, column } = invalidJw305();
    const invalid = file('invalid.xml', xml);
    const ran = await istd('validate', valid, invalid);
    assert.equal(ran.code, 1);
    const [first, second, ...findings] = lines(ran.stdout);
    assert.equal(first, `${valid}: valid JW305`);
    assert.equal(second, `${invalid}: invalid JW305`);
    assert.ok(findings.length > 0);
    for (const found of findings) {
      assert.match(found.trim(), new RegExp(`^${escape(invalid)}:\\d+:\\d+: \\[[A-Z0-9]+\\] /\\S*: .+$`));
    }
    assert.match(
      findings[0]!.trim(),
      new RegExp(`^${escape(invalid)}:${line}:${column}: \\[XSD\\] /Bericht/Client/Bsn: .*ABC`),
    );
  });

  it('exit 1 for a document that is not well-formed or not a message', async () => {
    const broken = file('broken.xml', '<?xml version="1.0"?>\n<a>\n  <b>\n</a>\n');
    const foreign = file('foreign.xml', '<x:Factuur xmlns:x="urn:example"/>');
    const ran = await istd('validate', broken, foreign);
    assert.equal(ran.code, 1);
    assert.match(ran.stdout, new RegExp(`^  ${escape(broken)}:\\d+:\\d+: \\[XML\\] `, 'm'));
    assert.match(ran.stdout, new RegExp(`^  ${escape(foreign)}:1:\\d+: \\[BERICHT\\] /Factuur: `, 'm'));
  });

  it('exit 2 for a missing file (the other files are still checked), no files, or an unknown option', async () => {
    const valid = file('valid.xml', builtXml('JW301'));
    const missing = join(dir, 'does-not-exist.xml');
    const ran = await istd('validate', missing, valid);
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, new RegExp(`${escape(missing)}: cannot read: ENOENT`));
    assert.deepEqual(lines(ran.stdout), [`${valid}: valid JW301`]);
    const none = await istd('validate');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /usage: validate/);
    assert.equal((await istd('validate', '--json')).code, 2);
    const option = await istd('validate', '--strict', valid);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /unknown option --strict/);
    assert.equal(option.stdout, '');
  });

  it('--json: one JSON object per line per file, with exactly the agreed keys', async () => {
    const valid = file('valid.xml', builtXml('WMO305'));
    const invalid = file('invalid.xml', invalidJw305().xml);
    const ran = await istd('validate', '--json', valid, invalid);
    assert.equal(ran.code, 1);
    const objects = lines(ran.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(objects.length, 2);
    for (const object of objects) {
      assert.deepEqual(Object.keys(object).sort(), ['berichtcode', 'file', 'findings', 'standaard', 'valid']);
    }
    assert.deepEqual(objects[0], {
      file: valid,
      standaard: 'iwmo',
      berichtcode: 'WMO305',
      valid: true,
      findings: [],
    });
    const { findings, ...rest } = objects[1] as { findings: Array<Record<string, unknown>> };
    assert.deepEqual(rest, { file: invalid, standaard: 'ijw', berichtcode: 'JW305', valid: false });
    assert.ok(findings.length > 0);
    for (const found of findings) {
      assert.deepEqual(Object.keys(found).sort(), ['column', 'line', 'message', 'path', 'rule']);
    }
    assert.equal(findings[0]!.rule, 'XSD');
    assert.equal(findings[0]!.path, '/Bericht/Client/Bsn');
  });

  it('1,000 files in one validate call: all reported, in one process', async () => {
    // run() is called once, in this test process: all 1,000 files are read and validated in that one
    // call, with the schemas compiled once. If validate started a process (or recompiled the schemas)
    // per file, 1,000 files would take far longer than the bound below. This is the "no process per
    // file" proof for `npm run istd -- validate *.xml` in CI.
    const many = join(dir, 'many');
    mkdirSync(many);
    const messages = ['JW305', 'WMO301', 'JW323', 'WMO325'].map(
      (code) => [code, builtXml(code, true)] as const,
    );
    const files = Array.from({ length: 1000 }, (_, i) => {
      const [code, xml] = messages[i % messages.length]!;
      const path = join(many, `${String(i).padStart(4, '0')}-${code}.xml`);
      writeFileSync(path, xml);
      return path;
    });
    const started = performance.now();
    const ran = await istd('validate', '--json', ...files);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(ran.code, 0, ran.stderr);
    const results = lines(ran.stdout).map((line) => JSON.parse(line) as { file: string; valid: boolean });
    assert.equal(results.length, 1000);
    assert.deepEqual(
      results.map((result) => result.file),
      files,
    );
    assert.ok(results.every((result) => result.valid));
    assert.ok(seconds < 30, `1,000 files took ${seconds.toFixed(1)} s`);
  });
});

describe('istd convert and build', () => {
  for (const code of ['JW305', 'WMO317', 'JW325']) {
    it(`${code}: convert prints JSON that build turns back into the same XML`, async () => {
      const xml = builtXml(code, true);
      const converted = await istd('convert', file(`${code}.xml`, xml));
      assert.equal(converted.code, 0, converted.stderr);
      const model = JSON.parse(converted.stdout) as unknown;
      assert.deepEqual(model, {
        standaard: code.startsWith('JW') ? 'ijw' : 'iwmo',
        code,
        bericht: sampleModel(code, true),
      });
      const rebuilt = await istd('build', file(`${code}.json`, converted.stdout));
      assert.equal(rebuilt.code, 0, rebuilt.stderr);
      assert.equal(rebuilt.stdout, xml);
    });
  }

  /** `file:4:16: [JSON] …` (the finding form) or `file: [JSON] line 4, column 16: …`. */
  const jsonErrorAt = (json: string, line: number, column: number) =>
    new RegExp(
      `^${escape(json)}(?::${line}:${column}: \\[JSON\\] |: \\[JSON\\] line ${line}, column ${column}: )`,
    );

  it('build names line and column of a JSON syntax error', async () => {
    const json = file('syntax.json', '{\n  "code": "JW305",\n  "bericht": {\n    "Header": {,}\n  }\n}\n');
    const ran = await istd('build', json);
    assert.equal(ran.code, 1);
    assert.equal(ran.stdout, '');
    assert.match(ran.stderr, jsonErrorAt(json, 4, 16));
  });

  it('build names line and column of an unexpected token', async () => {
    const json = file('token.json', '{\n  "code": "JW305",\n  "bericht": x\n}\n');
    const ran = await istd('build', json);
    assert.equal(ran.code, 1);
    assert.equal(ran.stdout, '');
    assert.match(ran.stderr, jsonErrorAt(json, 3, 14));
  });

  it('build of a model with an unknown element names the model path and exits 1', async () => {
    const bericht = sampleModel('JW305');
    (bericht.Client as Record<string, unknown>).Onbekend = 'x';
    const json = file('unknown.json', JSON.stringify({ code: 'JW305', bericht }, null, 2));
    const ran = await istd('build', json);
    assert.equal(ran.code, 1);
    assert.equal(ran.stdout, '');
    assert.equal(
      ran.stderr,
      `${json}: [MODEL] $.bericht.Client.Onbekend: Onbekend is not an element of Client\n`,
    );
  });

  it('build of JSON that is not a model object is a MODEL finding, not a crash', async () => {
    for (const text of ['null', '[]', '42', '"JW305"', '{"code":"JW305"}']) {
      const ran = await istd('build', file('not-a-model.json', `${text}\n`));
      assert.equal(ran.code, 1, text);
      assert.equal(ran.stdout, '', text);
      assert.match(ran.stderr, /\[MODEL\]/, text);
    }
  });

  it('build: exit 2 without a file or for a missing file', async () => {
    assert.equal((await istd('build')).code, 2);
    const missing = await istd('build', join(dir, 'missing.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read: ENOENT/);
  });

  it('convert refuses an XSD-invalid message; --lenient prints the JSON, exits 1, findings on stderr', async () => {
    const { xml, line, column } = invalidJw305();
    const invalid = file('invalid.xml', xml);
    const strict = await istd('convert', invalid);
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, '');
    const lenient = await istd('convert', '--lenient', invalid);
    assert.equal(lenient.code, 1);
    const model = JSON.parse(lenient.stdout) as { code: string; bericht: { Client: { Bsn: string } } };
    assert.equal(model.code, 'JW305');
    assert.equal(model.bericht.Client.Bsn, 'ABC');
    assert.match(
      lenient.stderr,
      new RegExp(`^${escape(invalid)}:${line}:${column}: \\[XSD\\] /Bericht/Client/Bsn: `),
    );
  });

  it('convert --lenient still refuses a document that is not well-formed', async () => {
    const ran = await istd('convert', '--lenient', file('broken.xml', '<a><b></a>'));
    assert.equal(ran.code, 1);
    assert.equal(ran.stdout, '');
    assert.match(ran.stderr, /\[XML\]/);
  });
});

describe('istd explain and usage', () => {
  it('explain JW305 and 438 describe the same message', async () => {
    for (const code of ['JW305', 'jw305', '438']) {
      const ran = await istd('explain', code);
      assert.equal(ran.code, 0, code);
      const [title, ...rest] = lines(ran.stdout);
      assert.equal(title, 'JW305 (iJw 3.2, BerichtCode 438): Start zorg');
      assert.ok(rest.includes('  direction: aanbieder naar gemeente'));
      assert.ok(rest.includes('  answered by: JW306'));
      assert.ok(rest.some((text) => text.startsWith('  business keys: ') && text.includes('Client/Bsn')));
    }
    assert.match((await istd('explain', 'JW306')).stdout, /^ {2}answers: JW305$/m);
  });

  it('explain XSD describes the finding rule', async () => {
    const ran = await istd('explain', 'XSD');
    assert.equal(ran.code, 0);
    assert.match(ran.stdout, /^XSD: The message does not satisfy its XML schema/);
  });

  it('explain TR063 prints the rule, what it means and the messages it applies to', async () => {
    const ran = await istd('explain', 'TR063');
    assert.equal(ran.code, 0);
    assert.deepEqual(lines(ran.stdout), [
      'TR063 (rule): A removal (StatusAanlevering 3) follows an earlier delivery with the same key. (berichtoverstijgend, retourcode 9063; implemented)',
      '  messages: iJw 305 307; iWmo 305 307',
    ]);
  });

  it('explain 9063 and 0233 explain retourcodes; a number that is also a BerichtCode gets both', async () => {
    assert.match((await istd('explain', '9063')).stdout, /^9063 \(retourcode\): TR063: A removal/);
    assert.match(
      (await istd('explain', '0233')).stdout,
      /^0233 \(retourcode\): This berichtklasse was not assessed/,
    );
    assert.match(
      (await istd('explain', 'S329')).stdout,
      /^S329 \(retourcode\): TR381: A product code belongs/,
    );
  });

  it('explain of an unknown code exits 1; without a code exits 2', async () => {
    const ran = await istd('explain', 'JW399');
    assert.equal(ran.code, 1);
    assert.equal(ran.stdout, '');
    assert.match(
      ran.stderr,
      /JW399: not a known message code, BerichtCode, rule, retourcode or finding rule/,
    );
    assert.equal((await istd('explain')).code, 2);
  });

  it('no arguments or an unknown command: usage on stderr, exit 2', async () => {
    const none = await istd();
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^usage: /);
    for (const command of ['validate', 'convert', 'build', 'explain'])
      assert.match(none.stderr, new RegExp(`\\n  ${command} `));
    const unknown = await istd('frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^unknown command 'frobnicate'\nusage: /);
  });
});
