/**
 * The cross-message rules that guard what a gemeente sends (301: TR332, TR379, TR385, TR381; 319: TR355,
 * TR359, TR360, TR365; 325: TR304, TR366, TR367), run on a back-office command's message before it is
 * stored, against the rule state of its law, gemeente and aanbieder — the same evaluation as the batch
 * step of received messages (berichten/cross-message-step.ts). A finding refuses the command.
 *
 * Commands for one owner (law, gemeente, aanbieder) are serialised by a transaction-scoped advisory
 * lock taken before any state is read, so of two concurrent commands the second sees the first's
 * records once it commits (e.g. two answers 'in onderzoek' to one request: TR360 refuses the second).
 */
import type { EntityManager } from 'typeorm';
import { crossMessageRules } from '../../../../libs/domain/src/index.js';
import type { Bericht, Finding } from '../../../../libs/istandaarden/src/index.js';
import { CrossMessageStep } from '../berichten/cross-message-step.js';
import type { HeaderFacts } from '../berichten/message.repository.js';
import type { StateRepository } from '../berichten/state.repository.js';
import { loadReferenceData } from '../reference/reference-data.loader.js';

export interface Owner {
  readonly standaard: string;
  readonly gemeente: string;
  readonly aanbieder: string;
}

/** Waits for, then holds until the transaction ends, the lock of one owner's outbound commands. */
export async function lockOwner(manager: EntityManager, owner: Owner): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
    `opdracht:${owner.standaard}:${owner.gemeente}:${owner.aanbieder}`,
  ]);
}

const explanations = new Map(crossMessageRules.map((rule) => [rule.id, rule.explanation]));

/** The guard findings on `bericht` (parsed from the built message), each message led by its rule's explanation. */
export async function guardFindings(
  manager: EntityManager,
  state: StateRepository,
  referenceDataDir: string | undefined,
  bericht: Bericht,
  header: HeaderFacts,
): Promise<Finding[]> {
  const step = await CrossMessageStep.load(
    manager,
    state,
    loadReferenceData(referenceDataDir),
    header.dagtekening!,
    [{ bericht, header }],
  );
  return step.findings(bericht, header).map((found) => {
    const explanation = explanations.get(found.rule);
    return explanation ? { ...found, message: `${explanation} (${found.message})` } : found;
  });
}
