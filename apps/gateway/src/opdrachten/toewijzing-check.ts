/** The RedenWijziging rules for a 301 we send, checked against the toewijzingen sent before (the `toewijzing` rule state). */
import type { EntityManager } from 'typeorm';
import { finding, type Bericht, type Finding } from '../../../../libs/istandaarden/src/index.js';
import {
  beoordeelWijziging,
  type EerdereToewijzing,
  type Wijziging,
} from '../../../../libs/domain/src/index.js';
import { REDEN_WIJZIGING_RULE } from './opdracht-outcome.js';

export interface ToewijzingOordelen {
  readonly oordelen: ReadonlyArray<{ readonly toewijzingNummer: number; readonly wijziging: Wijziging }>;
  readonly findings: readonly Finding[];
}

type Node = Record<string, unknown>;

export async function checkToewijzingen(
  manager: EntityManager,
  bericht: Bericht,
  gemeente: string,
  aanbieder: string,
): Promise<ToewijzingOordelen> {
  const client = (bericht.bericht as Node).Client as Node;
  const products = ((client.ToegewezenProducten as Node).ToegewezenProduct as Node[]).map((product) => ({
    toewijzingNummer: Number(product.ToewijzingNummer),
    ingangsdatum: String(product.Ingangsdatum),
    ...(product.Einddatum !== undefined ? { einddatum: String(product.Einddatum) } : {}),
    ...(product.RedenWijziging !== undefined ? { redenWijziging: String(product.RedenWijziging) } : {}),
  }));
  const earlier = await earlierToewijzingen(
    manager,
    gemeente,
    aanbieder,
    products.map((p) => p.toewijzingNummer),
  );
  const oordelen: Array<{ toewijzingNummer: number; wijziging: Wijziging }> = [];
  const findings: Finding[] = [];
  for (const [index, product] of products.entries()) {
    const oordeel = beoordeelWijziging(product, earlier.get(product.toewijzingNummer));
    oordelen.push({ toewijzingNummer: product.toewijzingNummer, wijziging: oordeel.wijziging });
    const path = `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${index + 1}]`;
    for (const bezwaar of oordeel.bezwaren) findings.push(finding(REDEN_WIJZIGING_RULE, bezwaar, { path }));
  }
  return { oordelen, findings };
}

/** The latest toewijzing recorded per number (written by the rule state of the 301s we sent). */
async function earlierToewijzingen(
  manager: EntityManager,
  gemeente: string,
  aanbieder: string,
  nummers: readonly number[],
): Promise<Map<number, EerdereToewijzing>> {
  const rows = (await manager.query(
    `SELECT DISTINCT ON (toewijzing_nummer) toewijzing_nummer::int AS nummer,
       to_char(ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum
     FROM toewijzing WHERE gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer = ANY($3::bigint[])
     ORDER BY toewijzing_nummer, id DESC`,
    [gemeente, aanbieder, nummers],
  )) as Array<{ nummer: number; ingangsdatum: string; einddatum: string | null }>;
  return new Map(
    rows.map((row) => [row.nummer, { ingangsdatum: row.ingangsdatum, einddatum: row.einddatum }]),
  );
}
