/**
 * Uitvoeringsvarianten: arrangements (variant and terms per gemeente × aanbieder × product and
 * period), the Omvang and Budget of outbound toewijzingen, every declared prestatie (for cumulative
 * volume and amount checks and the figures), budget signals (each threshold once), and closed
 * population statements of lumpsum arrangements.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Uitvoeringsvarianten1764000000300 implements MigrationInterface {
  name = 'Uitvoeringsvarianten1764000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE arrangement (
        id uuid PRIMARY KEY,
        standaard text NOT NULL CHECK (standaard IN ('ijw', 'iwmo')),
        gemeente text NOT NULL,
        aanbieder text NOT NULL,
        product_categorie text NOT NULL,
        product_code text,
        ingangsdatum date NOT NULL,
        einddatum date,
        uitvoeringsvariant text NOT NULL
          CHECK (uitvoeringsvariant IN ('inspanningsgericht', 'outputgericht', 'taakgericht')),
        eenheid text,
        tarief bigint,
        budget bigint,
        budget_periode text CHECK (budget_periode IN ('maand', 'kwartaal', 'jaar')),
        zorgdagen integer,
        populatie jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (einddatum IS NULL OR einddatum >= ingangsdatum)
      )`);
    await db.query(`CREATE INDEX arrangement_key ON arrangement (gemeente, aanbieder, product_categorie)`);
    // The Omvang and Budget of a toewijzing, which declarations are checked against.
    for (const column of ['volume bigint', 'eenheid text', 'frequentie text', 'budget bigint'])
      await db.query(`ALTER TABLE toewijzing ADD COLUMN IF NOT EXISTS ${column}`);
    await db.query(`
      CREATE TABLE prestatie (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        standaard text NOT NULL,
        gemeente text NOT NULL,
        aanbieder text NOT NULL,
        declaratie_nummer text NOT NULL,
        bsn text NOT NULL,
        toewijzing_nummer bigint NOT NULL,
        product_categorie text NOT NULL,
        product_code text NOT NULL,
        referentie_nummer text NOT NULL,
        vorig_referentie_nummer text,
        begindatum date NOT NULL,
        einddatum date NOT NULL,
        eenheid text NOT NULL,
        tarief bigint,
        debet_credit text NOT NULL CHECK (debet_credit IN ('D', 'C')),
        volume bigint NOT NULL,
        bedrag bigint NOT NULL,
        retourcodes text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('ingediend', 'toegekend', 'afgewezen'))
      )`);
    await db.query(`CREATE INDEX prestatie_toewijzing ON prestatie (gemeente, aanbieder, toewijzing_nummer)`);
    await db.query(`CREATE INDEX prestatie_referentie ON prestatie (gemeente, aanbieder, referentie_nummer)`);
    await db.query(`CREATE INDEX prestatie_periode ON prestatie (gemeente, begindatum)`);
    await db.query(`
      CREATE TABLE budget_signaal (
        soort text NOT NULL CHECK (soort IN ('toewijzing', 'arrangement')),
        sleutel text NOT NULL,
        periode text NOT NULL,
        drempel integer NOT NULL,
        bereikt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (soort, sleutel, periode, drempel)
      )`);
    await db.query(`
      CREATE TABLE populatie_verantwoording (
        id uuid PRIMARY KEY,
        arrangement_id uuid NOT NULL REFERENCES arrangement (id),
        periode text NOT NULL,
        periode_begin date NOT NULL,
        periode_eind date NOT NULL,
        cijfers jsonb NOT NULL,
        vastgesteld_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (arrangement_id, periode)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['populatie_verantwoording', 'budget_signaal', 'prestatie', 'arrangement'])
      await db.query(`DROP TABLE ${table}`);
    for (const column of ['volume', 'eenheid', 'frequentie', 'budget'])
      await db.query(`ALTER TABLE toewijzing DROP COLUMN IF EXISTS ${column}`);
  }
}
