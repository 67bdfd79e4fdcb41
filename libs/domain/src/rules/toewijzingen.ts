/** What "current" means for a toewijzing, and the open requests of a client. */
import type { ToewijzingRecord } from '../state-records.js';
import type { OwnerState } from './rule-state.js';

export const VERWIJDERD = '13';
const ADMINISTRATIEF_VERVALLEN = '01';
export const AFGEWEZEN = '1';
export const IN_ONDERZOEK = '2';

/** Withdrawn or deleted: a toewijzing ended on its own start with RedenWijziging 13 or 01 (TR349), or any 13. */
export function isVerwijderd(toewijzing: ToewijzingRecord): boolean {
  if (toewijzing.redenWijziging === VERWIJDERD) return true;
  return (
    toewijzing.redenWijziging === ADMINISTRATIEF_VERVALLEN && toewijzing.einddatum === toewijzing.ingangsdatum
  );
}

/** Current: not deleted, and valid on or after `today` (also when it starts in the future). */
export function isActueel(toewijzing: ToewijzingRecord, today: string): boolean {
  return !isVerwijderd(toewijzing) && (toewijzing.einddatum === null || toewijzing.einddatum >= today);
}

/** Whether a request is still open: neither refused by a 319 nor honoured by a 301 with its ReferentieAanbieder. */
export function isOpen(state: OwnerState, referentie: string): boolean {
  if (state.antwoorden(referentie).some((a) => a.verzoekAntwoord === AFGEWEZEN)) return false;
  return state.toewijzingenFor(referentie).length === 0;
}

/** Runs past 2020: the condition of TR375 and TR412 (no Einddatum, or one after 31 December 2020). */
export function runsPast2020(toewijzing: ToewijzingRecord): boolean {
  return toewijzing.einddatum === null || toewijzing.einddatum > '2020-12-31';
}
