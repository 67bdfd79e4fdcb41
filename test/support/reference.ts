/** Where the official reference material is, and a way to skip visibly where it is absent. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));
export const REFERENCE_DIR =
  process.env.ISTD_REFERENCE_DIR ?? fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));

export const referenceAvailable = existsSync(`${REFERENCE_DIR}/ijw-3.2/xsd/basisschema.xsd`);

/** A `skip` value for node:test: false when the reference is there, a visible reason when not. */
export const skipWithoutReference: string | false = referenceAvailable
  ? false
  : `SKIPPED: official reference material not found at ${REFERENCE_DIR} (set ISTD_REFERENCE_DIR); these checks run in CI`;

export const OFFICIAL_XSD_FOLDERS = {
  ijw: `${REFERENCE_DIR}/ijw-3.2/xsd`,
  iwmo: `${REFERENCE_DIR}/iwmo-3.2/xsd`,
} as const;

export interface ReferenceExample {
  readonly standaard: 'ijw' | 'iwmo';
  readonly code: string;
  readonly file: string;
  readonly xml: Buffer;
}

/** Official examples that are themselves invalid against the official XSDs (see the reference README). */
export const INVALID_OFFICIAL_EXAMPLES: Readonly<Record<string, string>> = {
  JW315: 'ToewijzingEinddatum 2027-06-31 is not a date',
  JW318: 'a RetourCode element where the schema expects product groups',
};

export function referenceExamples(): ReferenceExample[] {
  if (!referenceAvailable) return [];
  return (['ijw', 'iwmo'] as const).flatMap((standaard) => {
    const dir = `${REFERENCE_DIR}/${standaard}-3.2/voorbeelden`;
    return readdirSync(dir)
      .filter((name) => name.endsWith('.xml'))
      .sort()
      .map((name) => ({
        standaard,
        code: name.replace(/\.xml$/, ''),
        file: `${dir}/${name}`,
        xml: readFileSync(`${dir}/${name}`),
      }));
  });
}
