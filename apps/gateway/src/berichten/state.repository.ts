/** SQL for the rule state derived from accepted messages, written in the processing transaction (one statement per table). */
import type { EntityManager } from 'typeorm';
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
      await manager.query(
        `INSERT INTO levering (message_id, standaard, gemeente, aanbieder, soort, bsn, toewijzing_nummer, product_categorie,
           product_code, begindatum, einddatum, status_aanlevering)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[],
           $9::text[], $10::date[], $11::date[], $12::text[])`,
        [
          leveringen.map((r) => r.messageId),
          leveringen.map((r) => r.standaard),
          leveringen.map((r) => r.gemeente),
          leveringen.map((r) => r.aanbieder),
          leveringen.map((r) => r.soort),
          leveringen.map((r) => r.bsn),
          leveringen.map((r) => r.toewijzingNummer),
          leveringen.map((r) => r.productCategorie),
          leveringen.map((r) => r.productCode),
          leveringen.map((r) => r.begindatum),
          leveringen.map((r) => r.einddatum),
          leveringen.map((r) => r.statusAanlevering),
        ],
      );
    }
    if (verzoeken.length) {
      await manager.query(
        `INSERT INTO verzoek (message_id, standaard, gemeente, aanbieder, soort, bsn, referentie_aanbieder)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [
          verzoeken.map((r) => r.messageId),
          verzoeken.map((r) => r.standaard),
          verzoeken.map((r) => r.gemeente),
          verzoeken.map((r) => r.aanbieder),
          verzoeken.map((r) => r.soort),
          verzoeken.map((r) => r.bsn),
          verzoeken.map((r) => r.referentieAanbieder),
        ],
      );
    }
    if (declaraties.length) {
      await manager.query(
        `INSERT INTO declaratie (message_id, standaard, gemeente, aanbieder, declaratie_nummer, periode_begin, periode_eind,
           totaal_bedrag, debet_credit, prestaties)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::bigint[],
           $9::text[], $10::int[])`,
        [
          declaraties.map((r) => r.messageId),
          declaraties.map((r) => r.standaard),
          declaraties.map((r) => r.gemeente),
          declaraties.map((r) => r.aanbieder),
          declaraties.map((r) => r.declaratieNummer),
          declaraties.map((r) => r.periodeBegin),
          declaraties.map((r) => r.periodeEind),
          declaraties.map((r) => r.totaalBedrag),
          declaraties.map((r) => r.debetCredit),
          declaraties.map((r) => r.prestaties),
        ],
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
