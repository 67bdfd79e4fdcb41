import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { DATABASE_URL, skipWithoutServices } from '../../../test/support/test-services.js';
import { arrayLiteral, MAX_PARAMETERS, unnestColumns, valuesList } from './sql.js';

describe('arrayLiteral', () => {
  it('quotes every element, and escapes only when an element needs it', () => {
    assert.equal(arrayLiteral(['0363', 'a b', 'x,y']), '{"0363","a b","x,y"}');
    assert.equal(arrayLiteral([1, 2, null]), '{"1","2",NULL}');
    assert.equal(arrayLiteral(['say "hi"', 'C:\\tmp']), '{"say \\"hi\\"","C:\\\\tmp"}');
    assert.equal(arrayLiteral([]), '{}');
    assert.equal(arrayLiteral(['0363', '0363', '0363']), '{"0363","0363","0363"}');
    assert.equal(arrayLiteral(['a"b', 'a"b']), '{"a\\"b","a\\"b"}');
  });

  it(
    'arrives in PostgreSQL as the same values, quotes, backslashes, braces, NULL and the text NULL included',
    {
      skip: skipWithoutServices,
    },
    async () => {
      const values = [
        'plain',
        'with space',
        'comma,inside',
        '{braces}',
        'say "hi"',
        'back\\slash',
        'NULL',
        '',
        null,
        'é€',
      ];
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ v: string | null }>(
          'SELECT v FROM unnest($1::text[]) WITH ORDINALITY AS t (v, n) ORDER BY n',
          [arrayLiteral(values)],
        );
        assert.deepEqual(
          rows.map((row) => row.v),
          values,
        );
        const numbers = await client.query<{ n: string }>('SELECT unnest($1::bigint[]) AS n', [
          arrayLiteral([1, 4000000001]),
        ]);
        assert.deepEqual(
          numbers.rows.map((row) => row.n),
          ['1', '4000000001'],
        );
      } finally {
        await client.end();
      }
    },
  );
});

describe('valuesList', () => {
  it('refuses more parameters than one statement can carry, rather than letting the count wrap', () => {
    const rows = Array.from({ length: 5462 }, () => Array<unknown>(12).fill('x'));
    assert.ok(rows.length * 12 > MAX_PARAMETERS);
    assert.throws(() => valuesList(Array<string>(12).fill('text'), rows), /exceed the 65535 parameters/);
  });

  it('numbers the parameters from the first one given, a type on every cell', () => {
    assert.deepEqual(
      valuesList(
        ['uuid', 'text'],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        3,
      ),
      {
        sql: 'VALUES ($3::uuid, $4::text), ($5::uuid, $6::text)',
        parameters: ['a', 'b', 'c', 'd'],
      },
    );
  });
});

describe('unnestColumns', () => {
  it('gives one array parameter per column, numbered from the first one given', () => {
    assert.deepEqual(
      unnestColumns(
        ['uuid', 'bigint'],
        [
          ['a', 1],
          ['b', null],
        ],
        3,
      ),
      {
        sql: 'unnest($3::uuid[], $4::bigint[])',
        parameters: ['{"a","b"}', '{"1",NULL}'],
      },
    );
  });
});
