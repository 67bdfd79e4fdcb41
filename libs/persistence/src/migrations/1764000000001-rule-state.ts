/** The state cross-message rules read: leveringen (start/stop), verzoeken, declaraties, and toewijzingen we send. */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RuleState1764000000001 implements MigrationInterface {
  name = 'RuleState1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE levering (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text,
        aanbieder text,
        soort text NOT NULL CHECK (soort IN ('start', 'stop')),
        bsn text NOT NULL,
        toewijzing_nummer bigint,
        product_categorie text,
        product_code text,
        begindatum date NOT NULL,
        einddatum date,
        status_aanlevering text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX levering_toewijzing ON levering (gemeente, aanbieder, toewijzing_nummer, begindatum)`,
    );
    await db.query(
      `CREATE INDEX levering_bsn ON levering (gemeente, aanbieder, bsn, product_code, begindatum)`,
    );
    await db.query(`
      CREATE TABLE verzoek (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text,
        aanbieder text,
        soort text NOT NULL CHECK (soort IN ('toewijzing', 'wijziging')),
        bsn text NOT NULL,
        referentie_aanbieder text NOT NULL
      )`);
    await db.query(`CREATE INDEX verzoek_referentie ON verzoek (gemeente, aanbieder, referentie_aanbieder)`);
    await db.query(`
      CREATE TABLE declaratie (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text,
        aanbieder text,
        declaratie_nummer text NOT NULL,
        periode_begin date NOT NULL,
        periode_eind date NOT NULL,
        totaal_bedrag bigint NOT NULL,
        debet_credit text NOT NULL,
        prestaties integer NOT NULL
      )`);
    await db.query(`CREATE INDEX declaratie_nummer ON declaratie (gemeente, aanbieder, declaratie_nummer)`);
    await db.query(`
      CREATE TABLE toewijzing (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text NOT NULL,
        aanbieder text NOT NULL,
        toewijzing_nummer bigint NOT NULL,
        bsn text NOT NULL,
        product_categorie text,
        product_code text,
        ingangsdatum date NOT NULL,
        einddatum date,
        reden_wijziging text
      )`);
    await db.query(`CREATE INDEX toewijzing_nummer ON toewijzing (gemeente, aanbieder, toewijzing_nummer)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['toewijzing', 'declaratie', 'verzoek', 'levering'])
      await db.query(`DROP TABLE ${table}`);
  }
}
