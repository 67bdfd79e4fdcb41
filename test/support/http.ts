/** Small HTTP helpers for e2e tests of the JSON API. */
import assert from 'node:assert/strict';

export interface JsonAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export async function postJson(base: string, path: string, body: unknown): Promise<JsonAnswer> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Inspanningsgericht care in categorie 45 at € 60 an hour. */
export const UREN_45 = {
  productCategorie: '45',
  uitvoeringsvariant: 'inspanningsgericht',
  eenheid: '04',
  tarief: 6_000,
};

/** Creates an arrangement for gemeente 0363 and aanbieder 12345678 from 2026-01-01 (fields override); returns its id. */
export async function createArrangement(base: string, fields: Record<string, unknown>): Promise<string> {
  const created = await postJson(base, '/api/v1/arrangementen', {
    standaard: 'ijw',
    gemeente: '0363',
    aanbieder: '12345678',
    ingangsdatum: '2026-01-01',
    ...fields,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id as string;
}
