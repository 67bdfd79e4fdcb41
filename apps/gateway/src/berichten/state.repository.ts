/** SQL for the rule state derived from accepted messages, written in the processing transaction (one statement per table). */
import type { EntityManager } from 'typeorm';
import { valuesList } from '../../../../libs/persistence/src/index.js';
import type { StateRecords } from '../../../../libs/domain/src/index.js';

export interface MessageState {
  readonly messageId: string;
  readonly standaard: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly records: StateRecords;
}

export class StateRepository {
  async record(manager: EntityManager, states: readonly MessageState[]): Promise<void> {
    const leveringen = states.flatMap((s) => s.records.leveringen.map((r) => ({ ...r, ...owner(s) })));
    const verzoeken = states.flatMap((s) => s.records.verzoeken.map((r) => ({ ...r, ...owner(s) })));
    const declaraties = states.flatMap((s) => s.records.declaraties.map((r) => ({ ...r, ...owner(s) })));
    if (leveringen.length) {
      const { sql, parameters } = valuesList(
        ['uuid', 'text', 'text', 'text', 'text', 'text', 'bigint', 'text', 'text', 'date', 'date', 'text'],
        leveringen.map((r) => [
          ...[r.messageId, r.standaard, r.gemeente, r.aanbieder, r.soort, r.bsn, r.toewijzingNummer],
          ...[r.productCategorie, r.productCode, r.begindatum, r.einddatum, r.statusAanlevering],
        ]),
      );
      await manager.query(
        `INSERT INTO levering (message_id, standaard, gemeente, aanbieder, soort, bsn, toewijzing_nummer, product_categorie,
           product_code, begindatum, einddatum, status_aanlevering) ${sql}`,
        parameters,
      );
    }
    if (verzoeken.length) {
      const { sql, parameters } = valuesList(
        ['uuid', 'text', 'text', 'text', 'text', 'text', 'text'],
        verzoeken.map((r) => [
          r.messageId,
          r.standaard,
          r.gemeente,
          r.aanbieder,
          r.soort,
          r.bsn,
          r.referentieAanbieder,
        ]),
      );
      await manager.query(
        `INSERT INTO verzoek (message_id, standaard, gemeente, aanbieder, soort, bsn, referentie_aanbieder) ${sql}`,
        parameters,
      );
    }
    if (declaraties.length) {
      const { sql, parameters } = valuesList(
        ['uuid', 'text', 'text', 'text', 'text', 'date', 'date', 'bigint', 'text', 'int'],
        declaraties.map((r) => [
          ...[r.messageId, r.standaard, r.gemeente, r.aanbieder, r.declaratieNummer, r.periodeBegin],
          ...[r.periodeEind, r.totaalBedrag, r.debetCredit, r.prestaties],
        ]),
      );
      await manager.query(
        `INSERT INTO declaratie (message_id, standaard, gemeente, aanbieder, declaratie_nummer, periode_begin, periode_eind,
           totaal_bedrag, debet_credit, prestaties) ${sql}`,
        parameters,
      );
    }
  }
}

function owner(
  state: MessageState,
): Pick<MessageState, 'messageId' | 'standaard' | 'gemeente' | 'aanbieder'> {
  return {
    messageId: state.messageId,
    standaard: state.standaard,
    gemeente: state.gemeente,
    aanbieder: state.aanbieder,
  };
}
