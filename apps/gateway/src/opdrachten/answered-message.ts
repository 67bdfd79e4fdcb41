/** The received message a command answers (its `antwoordOp`): found, checked to be answerable by this command, and what a 325 takes from it. */
import type { EntityManager } from 'typeorm';
import { catalogue, type CatalogueEntry } from '../../../../libs/istandaarden/src/index.js';
import type { Opdracht, OpdrachtSpec } from '../../../../libs/messaging/src/index.js';
import { headerXsdVersie, type HeaderFeiten } from './outbound-bericht.js';

/** The received message a command answers, as far as the command needs it. */
export interface Original {
  readonly id: string;
  readonly standaard: string;
  readonly code: string;
  readonly status: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  readonly head: string;
}

export async function findAnswered(manager: EntityManager, id: string): Promise<Original | undefined> {
  // The Header comes first: its first bytes are enough (decoded here, so a cut through a character is harmless).
  const rows = (await manager.query(
    `SELECT id, standaard, code, status, gemeente, aanbieder, identificatie, dagtekening,
       substring(body from 1 for 4096) AS head
     FROM message WHERE id = $1 AND direction = 'in'`,
    [id],
  )) as Array<Omit<Original, 'head'> & { head: Buffer }>;
  const row = rows[0];
  return row ? { ...row, head: row.head.toString('utf8') } : undefined;
}

/** Why `found` cannot be what this command answers; undefined when it can. */
export function originalProblem(
  found: Original | undefined,
  command: Opdracht,
  spec: OpdrachtSpec,
): string | undefined {
  const answers = spec.answers.join(' or ');
  if (!found) return `no received message with id ${command.antwoordOp}`;
  const entry: CatalogueEntry | undefined = catalogue.find((e) => e.code === found.code);
  if (!entry || !spec.answers.includes(entry.type) || found.standaard !== command.standaard)
    return `message ${found.id} is a ${found.code ?? 'unknown message'}; a ${command.standaard} ${spec.soort} answers a ${answers}`;
  if (found.status !== 'accepted')
    return `message ${found.id} was not accepted (${found.status}): it needs no answer`;
  if (command.gemeente !== undefined && command.gemeente !== found.gemeente)
    return `gemeente ${command.gemeente} differs from the ${found.code}'s gemeente ${found.gemeente}`;
  if (command.aanbieder !== undefined && command.aanbieder !== found.aanbieder)
    return `aanbieder ${command.aanbieder} differs from the ${found.code}'s aanbieder ${found.aanbieder}`;
  if (spec.type === '325' && !headerXsdVersie(found.head))
    return `the XsdVersie of declaratie ${found.id} cannot be read`;
  return undefined;
}

export function declaratieFeiten(
  original: Original,
  command: Opdracht,
): Pick<HeaderFeiten, 'declaratie' | 'retourcodes'> {
  return {
    declaratie: {
      identificatie: original.identificatie!,
      dagtekening: original.dagtekening!,
      xsdVersie: headerXsdVersie(original.head)!,
    },
    ...(command.retourcodes ? { retourcodes: command.retourcodes } : {}),
  };
}
