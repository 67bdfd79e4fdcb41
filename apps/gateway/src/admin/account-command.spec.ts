import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAccountArguments } from './account-command.js';

describe('account command arguments', () => {
  it('reads name, role and gemeenten', () => {
    assert.deepEqual(
      parseAccountArguments([
        'account-aanmaken',
        'eva',
        '--rol',
        'beheerder',
        '--gemeenten',
        '0363, 0384,0363',
      ]),
      { gebruikersnaam: 'eva', rol: 'beheerder', gemeenten: ['0363', '0384'] },
    );
  });

  it('explains what is wrong', () => {
    assert.match(String(parseAccountArguments([])), /usage/);
    assert.match(
      String(parseAccountArguments(['account-aanmaken', 'eva', '--rol', 'admin', '--gemeenten', '0363'])),
      /--rol/,
    );
    assert.match(
      String(parseAccountArguments(['account-aanmaken', 'eva', '--rol', 'viewer', '--gemeenten', '363'])),
      /4 cijfers/,
    );
    assert.match(
      String(parseAccountArguments(['account-aanmaken', 'eva', '--rol', 'viewer', '--x', '1'])),
      /onbekende/,
    );
    assert.match(
      String(parseAccountArguments(['account-aanmaken', 'e v', '--rol', 'viewer', '--gemeenten', '0363'])),
      /gebruikersnaam/,
    );
  });
});
