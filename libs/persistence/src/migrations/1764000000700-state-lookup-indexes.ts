/**
 * The rule-state tables are read per batch by key (a client's BSN, a ToewijzingNummer, a reference),
 * always within one standaard, gemeente and aanbieder. Their first indexes all began with gemeente and
 * aanbieder, so while a table grows faster than autovacuum analyses it (a new installation, a bulk
 * load) the planner could pick any of them and read every row of the owner per key: processing fell
 * from ~900 to ~400 messages per second once `levering` held 20,000 rows of one aanbieder. Each index
 * now leads with the key it is looked up by, so only the right one fits a lookup, whatever the
 * statistics say; the population statements look up by productcategorie first.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD: ReadonlyArray<readonly [string, string]> = [
  ['levering_toewijzing', 'levering (gemeente, aanbieder, toewijzing_nummer, begindatum)'],
  ['levering_bsn', 'levering (gemeente, aanbieder, bsn, product_code, begindatum)'],
  ['levering_owner_bsn', 'levering (standaard, gemeente, aanbieder, bsn)'],
  ['verzoek_referentie', 'verzoek (gemeente, aanbieder, referentie_aanbieder)'],
  ['verzoek_owner_bsn', 'verzoek (standaard, gemeente, aanbieder, bsn)'],
  ['toewijzing_nummer', 'toewijzing (gemeente, aanbieder, toewijzing_nummer)'],
  ['toewijzing_owner_bsn', 'toewijzing (standaard, gemeente, aanbieder, bsn)'],
  ['toewijzing_owner_referentie', 'toewijzing (standaard, gemeente, aanbieder, referentie_aanbieder)'],
  ['prestatie_referentie', 'prestatie (standaard, gemeente, aanbieder, referentie_nummer)'],
  ['prestatie_vorige', 'prestatie (standaard, gemeente, aanbieder, vorig_referentie_nummer)'],
  ['prestatie_toewijzing', 'prestatie (standaard, gemeente, aanbieder, toewijzing_nummer)'],
  ['prestatie_beoordeling_toewijzing', 'prestatie_beoordeling (gemeente, aanbieder, toewijzing_nummer)'],
  ['prestatie_beoordeling_referentie', 'prestatie_beoordeling (gemeente, aanbieder, referentie_nummer)'],
];

const NEW: ReadonlyArray<readonly [string, string]> = [
  ['levering_by_bsn', 'levering (bsn, standaard, gemeente, aanbieder)'],
  ['levering_by_product', 'levering (product_categorie, standaard, gemeente, aanbieder, begindatum)'],
  ['verzoek_by_bsn', 'verzoek (bsn, standaard, gemeente, aanbieder)'],
  ['verzoek_by_referentie', 'verzoek (referentie_aanbieder, standaard, gemeente, aanbieder)'],
  ['toewijzing_by_nummer', 'toewijzing (toewijzing_nummer, gemeente, aanbieder)'],
  ['toewijzing_by_bsn', 'toewijzing (bsn, standaard, gemeente, aanbieder)'],
  ['toewijzing_by_referentie', 'toewijzing (referentie_aanbieder, standaard, gemeente, aanbieder)'],
  ['prestatie_by_referentie', 'prestatie (referentie_nummer, standaard, gemeente, aanbieder)'],
  ['prestatie_by_vorige', 'prestatie (vorig_referentie_nummer, standaard, gemeente, aanbieder)'],
  ['prestatie_by_toewijzing', 'prestatie (toewijzing_nummer, standaard, gemeente, aanbieder)'],
  ['prestatie_by_bsn', 'prestatie (bsn, standaard, gemeente, aanbieder)'],
  ['prestatie_beoordeling_by_toewijzing', 'prestatie_beoordeling (toewijzing_nummer, gemeente, aanbieder)'],
  ['prestatie_beoordeling_by_referentie', 'prestatie_beoordeling (referentie_nummer, gemeente, aanbieder)'],
];

export class StateLookupIndexes1764000000700 implements MigrationInterface {
  name = 'StateLookupIndexes1764000000700';

  async up(db: QueryRunner): Promise<void> {
    for (const [name] of OLD) await db.query(`DROP INDEX ${name}`);
    for (const [name, on] of NEW) await db.query(`CREATE INDEX ${name} ON ${on}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of NEW) await db.query(`DROP INDEX ${name}`);
    for (const [name, on] of OLD) await db.query(`CREATE INDEX ${name} ON ${on}`);
  }
}
