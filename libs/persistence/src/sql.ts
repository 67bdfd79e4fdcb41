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
