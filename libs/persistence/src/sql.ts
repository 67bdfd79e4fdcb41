/** Helpers for set-based SQL with `pg`. */

/**
 * A multi-row `VALUES` list with one typed parameter per cell, e.g. `($1::uuid, $2::text), ($3::uuid,
 * $4::text)`, and its parameters. Cheaper than `unnest` over array parameters: the client builds and
 * escapes no array literals and the server parses none, and Buffers travel as binary `bytea`. Every
 * cell carries its type, which is also what makes a binary Buffer arrive as `bytea`.
 */
export function valuesList(
  types: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  firstParameter = 1,
): { readonly sql: string; readonly parameters: unknown[] } {
  // Past the limit the protocol's 16-bit count wraps and the server refuses the statement obscurely.
  if (firstParameter - 1 + rows.length * types.length > MAX_PARAMETERS)
    throw new Error(
      `${rows.length} rows of ${types.length} columns exceed the ${MAX_PARAMETERS} parameters of one statement: use unnestColumns`,
    );
  const parameters: unknown[] = [];
  const tuples = rows.map((row) => {
    if (row.length !== types.length)
      throw new Error(`a row has ${row.length} values for ${types.length} columns`);
    const cells = types.map((type, index) => {
      parameters.push(row[index]);
      return `$${firstParameter + parameters.length - 1}::${type}`;
    });
    return `(${cells.join(', ')})`;
  });
  return { sql: `VALUES ${tuples.join(', ')}`, parameters };
}

/** The most parameters one statement can have: the protocol counts them in 16 bits. */
export const MAX_PARAMETERS = 65_535;

/**
 * `unnest($1::uuid[], $2::text[], …)` over one array parameter per column (`arrayLiteral`), and its
 * parameters: any number of rows in one statement, where `valuesList` stops at 65,535 cells. Columns
 * hold text or numbers (or null); rows are read as `unnest(…) AS alias (columns)`.
 */
export function unnestColumns(
  types: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  firstParameter = 1,
): { readonly sql: string; readonly parameters: string[] } {
  return {
    sql: `unnest(${types.map((type, index) => `$${firstParameter + index}::${type}[]`).join(', ')})`,
    parameters: types.map((_, index) => arrayLiteral(rows.map((row) => row[index]!))),
  };
}

/** Characters that make an array element need quoting or escaping in PostgreSQL's array syntax. */
const NEEDS_ESCAPE = /["\\]/;

/**
 * A PostgreSQL array literal for text or numbers (`{"a","b"}`), to pass as one `$n::text[]` (or
 * `::bigint[]`) parameter. `pg` escapes every element of an array parameter one by one; for the
 * tens of thousands of keys of a large declaration that costs more than the query. Elements are
 * quoted; only when one holds a quote or a backslash is each escaped. Null becomes NULL.
 */
export function arrayLiteral(values: ReadonlyArray<string | number | null>): string {
  const texts = values.map((value) => (value === null ? null : String(value)));
  // The common case in two native passes: no NULL, and nothing to escape anywhere.
  if (!texts.includes(null) && !NEEDS_ESCAPE.test(texts.join('')))
    return texts.length ? `{"${texts.join('","')}"}` : '{}';
  const escape = texts.some((text) => text !== null && NEEDS_ESCAPE.test(text));
  const element = (text: string | null): string =>
    text === null ? 'NULL' : `"${escape ? text.replace(/[\\"]/g, '\\$&') : text}"`;
  return `{${texts.map(element).join(',')}}`;
}
