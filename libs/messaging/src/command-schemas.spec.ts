import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sampleModel } from '../../../test/support/sample-model.js';
import { validateCommand } from './command-validator.js';
import { OPDRACHTEN } from './commands.js';
import { COMMAND_SCHEMAS_PATH, commandSchemaFiles } from './generate-command-schemas.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

describe('command schemas', () => {
  const files = commandSchemaFiles();

  it(`${COMMAND_SCHEMAS_PATH}/ holds exactly the generated schemas, byte for byte`, () => {
    const dir = `${PROJECT_DIR}${COMMAND_SCHEMAS_PATH}`;
    assert.deepEqual(readdirSync(dir).sort(), files.map((file) => file.name).sort());
    assert.equal(files.length, 6);
    for (const file of files)
      assert.ok(
        readFileSync(`${dir}/${file.name}`, 'utf8') === file.content,
        `${file.name}: run npm run generate`,
      );
  });

  for (const standaard of ['ijw', 'iwmo']) {
    for (const spec of OPDRACHTEN) {
      const code = `${standaard === 'ijw' ? 'JW' : 'WMO'}${spec.type}`;
      it(`a ${standaard} ${spec.soort} command carries the ${code} body in the internal model`, () => {
        const model = sampleModel(code, spec.type === '325');
        const bericht = Object.fromEntries(spec.body.map((name) => [name, model[name]]));
        const command = {
          commandId: 'c-1',
          standaard,
          gemeente: '0363',
          aanbieder: '12345678',
          antwoordOp: '0b7e7d1c-3f7a-4a53-9d8f-2a8f6c1e2b3a',
          bericht,
        };
        assert.deepEqual(validateCommand(standaard, spec.soort, command), []);
        const { Header: _header, ...withHeader } = { ...bericht, Header: model.Header };
        assert.ok(_header);
        assert.deepEqual(
          validateCommand(standaard, spec.soort, { ...command, bericht: { ...withHeader, Header: {} } }).map(
            (p) => p.message,
          ),
          ['must NOT have additional properties: Header'],
          'the gateway writes the Header',
        );
        const { commandId: _id, ...withoutId } = command;
        assert.ok(_id);
        assert.ok(validateCommand(standaard, spec.soort, withoutId).some((p) => /commandId/.test(p.message)));
        if (spec.answerRequired) {
          const { antwoordOp: _op, ...withoutAnswer } = command;
          assert.ok(_op);
          assert.ok(
            validateCommand(standaard, spec.soort, withoutAnswer).some((p) => /antwoordOp/.test(p.message)),
          );
        }
      });
    }
  }

  it('points at what is wrong, by JSON Pointer', () => {
    const problems = validateCommand('ijw', 'antwoord', {
      commandId: 'c-2',
      standaard: 'iwmo',
      antwoordOp: 'not-a-uuid',
      bericht: { Antwoord: { ReferentieAanbieder: 'R', VerzoekAntwoord: '7' } },
    });
    const paths = problems.map((p) => p.path);
    assert.ok(paths.includes('/standaard'));
    assert.ok(paths.includes('/antwoordOp'));
    assert.ok(paths.some((path) => path.startsWith('/bericht/Antwoord/VerzoekAntwoord')));
  });
});
