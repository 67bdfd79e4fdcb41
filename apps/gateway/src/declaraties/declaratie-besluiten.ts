/**
 * The back office's decision on a declaration, as the 325 the gateway sends carries it: prestaties
 * listed in the answer are refused, all others granted. Recorded on the stored prestaties so budgets
 * and figures count what was granted. Called by the 325 command path with the 325 it built, in its
 * transaction.
 */
import type { EntityManager } from 'typeorm';

type Node = Record<string, unknown>;

export interface DeclaratieBesluit {
  /** The declaration's BerichtIdentificatie (the 325's DeclaratieIdentificatie) and sender. */
  readonly aanbieder: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  /** ReferentieNummers of refused prestaties. */
  readonly afgewezen: readonly string[];
}

/** Reads the decision out of a 325 in the internal model. */
export function besluitUit325(bericht: Node): DeclaratieBesluit {
  const header = bericht.Header as Node;
  const declaratie = header.DeclaratieIdentificatie as { Identificatie: string; Dagtekening: string };
  const antwoord = bericht.DeclaratieAntwoord as Node | undefined;
  const clients = ((antwoord?.Clienten as Node | undefined)?.Client ?? []) as Node[];
  return {
    aanbieder: String(header.Ontvanger),
    identificatie: declaratie.Identificatie,
    dagtekening: declaratie.Dagtekening,
    afgewezen: clients.flatMap((client) =>
      ((client.Prestaties as Node).Prestatie as Node[]).map(
        (prestatie) => (prestatie.ProductReferentie as { ReferentieNummer: string }).ReferentieNummer,
      ),
    ),
  };
}

/** Sets the prestaties of the declaration to toegekend or afgewezen; returns how many it set. */
export async function recordBesluit(manager: EntityManager, besluit: DeclaratieBesluit): Promise<number> {
  const rows = (await manager.query(
    `UPDATE prestatie p SET status = CASE WHEN p.referentie_nummer = ANY($4::text[]) THEN 'afgewezen' ELSE 'toegekend' END
     FROM message m
     WHERE p.message_id = m.id AND m.direction = 'in' AND m.afzender = $1 AND m.identificatie = $2 AND m.dagtekening = $3
     RETURNING p.id`,
    [besluit.aanbieder, besluit.identificatie, besluit.dagtekening, besluit.afgewezen],
  )) as unknown[];
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
}
