/**
 * What the cross-message rules need beyond the first rule-state tables: the stop reason and the
 * assignment start a delivery repeats, the terms of a toewijzing (request it honours, volume, budget),
 * the answers (319) sent, and every prestatie of a declaration; indexes for loading a batch's state by
 * client, toewijzing, request and ReferentieNummer.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrossMessageState1764000000201 implements MigrationInterface {
  name = 'CrossMessageState1764000000201';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE levering ADD COLUMN reden_beeindiging text, ADD COLUMN toewijzing_ingangsdatum date`,
    );
    await db.query(`
      ALTER TABLE toewijzing
        ADD COLUMN referentie_aanbieder text,
        ADD COLUMN volume bigint,
        ADD COLUMN eenheid text,
        ADD COLUMN frequentie text,
        ADD COLUMN budget bigint`);
    await db.query(`CREATE INDEX levering_owner_bsn ON levering (standaard, gemeente, aanbieder, bsn)`);
    await db.query(`CREATE INDEX verzoek_owner_bsn ON verzoek (standaard, gemeente, aanbieder, bsn)`);
    await db.query(`CREATE INDEX toewijzing_owner_bsn ON toewijzing (standaard, gemeente, aanbieder, bsn)`);
    await db.query(
      `CREATE INDEX toewijzing_owner_referentie ON toewijzing (standaard, gemeente, aanbieder, referentie_aanbieder)`,
    );
    await db.query(`
      CREATE TABLE antwoord (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text,
        aanbieder text,
        referentie_aanbieder text NOT NULL,
        verzoek_antwoord text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX antwoord_referentie ON antwoord (standaard, gemeente, aanbieder, referentie_aanbieder)`,
    );
    await db.query(`
      CREATE TABLE prestatie (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text,
        aanbieder text,
        declaratie_nummer text NOT NULL,
        bsn text NOT NULL,
        referentie_nummer text NOT NULL,
        vorig_referentie_nummer text,
        toewijzing_nummer bigint NOT NULL,
        product_categorie text NOT NULL,
        product_code text NOT NULL,
        begindatum date NOT NULL,
        einddatum date NOT NULL,
        volume bigint NOT NULL,
        eenheid text NOT NULL,
        bedrag bigint NOT NULL,
        debet_credit text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX prestatie_referentie ON prestatie (standaard, gemeente, aanbieder, referentie_nummer)`,
    );
    await db.query(
      `CREATE INDEX prestatie_vorige ON prestatie (standaard, gemeente, aanbieder, vorig_referentie_nummer)`,
    );
    await db.query(
      `CREATE INDEX prestatie_toewijzing ON prestatie (standaard, gemeente, aanbieder, toewijzing_nummer)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE prestatie`);
    await db.query(`DROP TABLE antwoord`);
    for (const index of [
      'toewijzing_owner_referentie',
      'toewijzing_owner_bsn',
      'verzoek_owner_bsn',
      'levering_owner_bsn',
    ])
      await db.query(`DROP INDEX ${index}`);
    await db.query(
      `ALTER TABLE toewijzing DROP COLUMN referentie_aanbieder, DROP COLUMN volume, DROP COLUMN eenheid, DROP COLUMN frequentie, DROP COLUMN budget`,
    );
    await db.query(`ALTER TABLE levering DROP COLUMN reden_beeindiging, DROP COLUMN toewijzing_ingangsdatum`);
  }
}
