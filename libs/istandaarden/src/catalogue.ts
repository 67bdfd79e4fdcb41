/**
 * The message catalogue: for each of the 28 message types of iJw 3.2 and iWmo 3.2, what it is,
 * who sends it, what answers it and how it is keyed. Structure comes from the definition files;
 * a test checks that every entry here has a definition with the same BerichtCode.
 */
import type { Standaard } from './definition/model.js';

export type Richting = 'aanbieder-naar-gemeente' | 'gemeente-naar-aanbieder';

/** The kind of message, shared by both standards (301 … 325). */
export type BerichtType =
  | '301'
  | '302'
  | '305'
  | '306'
  | '307'
  | '308'
  | '315'
  | '316'
  | '317'
  | '318'
  | '319'
  | '320'
  | '323'
  | '325';

export interface CatalogueEntry {
  /** e.g. `JW305`, `WMO305`. */
  readonly code: string;
  readonly standaard: Standaard;
  readonly type: BerichtType;
  /** The BerichtCode number in the Header (codelist COD002-VEKTIS). */
  readonly berichtCode: string;
  readonly naam: string;
  /** Event stem on RabbitMQ: `<standaard>.<event>.ontvangen`. */
  readonly event: string;
  readonly richting: Richting;
  /** The message this one answers (retours and antwoorden). */
  readonly answers?: string;
  /** The messages that answer this one. */
  readonly answeredBy: readonly string[];
  /** True for the technical retour messages (302, 306, 308, 316, 318, 320). */
  readonly isRetour: boolean;
  /** Business keys, as element paths below `Bericht` (`/` separated, local names). */
  readonly keys: readonly string[];
}

interface TypeFacts {
  readonly naam: string;
  readonly event: string;
  readonly richting: Richting;
  readonly berichtCode: Readonly<Record<Standaard, string>>;
  readonly answers?: BerichtType;
  readonly answeredBy: readonly BerichtType[];
  readonly isRetour: boolean;
  readonly keys: readonly string[];
}

const HEADER_ID = ['Header/BerichtIdentificatie/Identificatie', 'Header/BerichtIdentificatie/Dagtekening'];
const RETOUR_KEYS = [...HEADER_ID, 'Header/IdentificatieRetour', 'Header/DagtekeningRetour'];
const G2A: Richting = 'gemeente-naar-aanbieder';
const A2G: Richting = 'aanbieder-naar-gemeente';

const TYPES: Readonly<Record<BerichtType, TypeFacts>> = {
  '301': {
    naam: 'Toewijzing',
    event: 'toewijzing',
    richting: G2A,
    berichtCode: { ijw: '436', iwmo: '414' },
    answeredBy: ['302'],
    isRetour: false,
    keys: [...HEADER_ID, 'Client/Bsn', 'Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer'],
  },
  '302': {
    naam: 'Toewijzing retour',
    event: 'toewijzing',
    richting: A2G,
    berichtCode: { ijw: '437', iwmo: '415' },
    answers: '301',
    answeredBy: [],
    isRetour: true,
    keys: RETOUR_KEYS,
  },
  '305': {
    naam: 'Start zorg',
    event: 'start-zorg',
    richting: A2G,
    berichtCode: { ijw: '438', iwmo: '418' },
    answeredBy: ['306'],
    isRetour: false,
    keys: [
      ...HEADER_ID,
      'Client/Bsn',
      'Client/StartProducten/StartProduct/ToewijzingNummer',
      'Client/StartProducten/StartProduct/Product/Code',
      'Client/StartProducten/StartProduct/Begindatum',
    ],
  },
  '306': {
    naam: 'Start zorg retour',
    event: 'start-zorg',
    richting: G2A,
    berichtCode: { ijw: '439', iwmo: '419' },
    answers: '305',
    answeredBy: [],
    isRetour: true,
    keys: RETOUR_KEYS,
  },
  '307': {
    naam: 'Stop zorg',
    event: 'stop-zorg',
    richting: A2G,
    berichtCode: { ijw: '440', iwmo: '420' },
    answeredBy: ['308'],
    isRetour: false,
    keys: [
      ...HEADER_ID,
      'Client/Bsn',
      'Client/StopProducten/StopProduct/ToewijzingNummer',
      'Client/StopProducten/StopProduct/Product/Code',
      'Client/StopProducten/StopProduct/Begindatum',
    ],
  },
  '308': {
    naam: 'Stop zorg retour',
    event: 'stop-zorg',
    richting: G2A,
    berichtCode: { ijw: '441', iwmo: '421' },
    answers: '307',
    answeredBy: [],
    isRetour: true,
    keys: RETOUR_KEYS,
  },
  '315': {
    naam: 'Verzoek om toewijzing',
    event: 'verzoek-om-toewijzing',
    richting: A2G,
    berichtCode: { ijw: '446', iwmo: '444' },
    answeredBy: ['316', '319', '301'],
    isRetour: false,
    keys: [...HEADER_ID, 'Client/Bsn', 'Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder'],
  },
  '316': {
    naam: 'Verzoek om toewijzing retour',
    event: 'verzoek-om-toewijzing',
    richting: G2A,
    berichtCode: { ijw: '447', iwmo: '445' },
    answers: '315',
    answeredBy: [],
    isRetour: true,
    keys: RETOUR_KEYS,
  },
  '317': {
    naam: 'Verzoek om wijziging',
    event: 'verzoek-om-wijziging',
    richting: A2G,
    berichtCode: { ijw: '486', iwmo: '480' },
    answeredBy: ['318', '319', '301'],
    isRetour: false,
    keys: [...HEADER_ID, 'Client/Bsn', 'Client/Verzoek/ReferentieAanbieder'],
  },
  '318': {
    naam: 'Verzoek om wijziging retour',
    event: 'verzoek-om-wijziging',
    richting: G2A,
    berichtCode: { ijw: '487', iwmo: '481' },
    answers: '317',
    answeredBy: [],
    isRetour: true,
    keys: RETOUR_KEYS,
  },
  '319': {
    naam: 'Antwoordbericht',
    event: 'antwoord',
    richting: G2A,
    berichtCode: { ijw: '488', iwmo: '482' },
    answeredBy: ['320'],
    isRetour: false,
    keys: [...HEADER_ID, 'Antwoord/ReferentieAanbieder'],
  },
  '320': {
    naam: 'Antwoordbericht retour',
    event: 'antwoord',
    richting: A2G,
    berichtCode: { ijw: '489', iwmo: '483' },
    answers: '319',
    answeredBy: [],
    isRetour: true,
    keys: RETOUR_KEYS,
  },
  '323': {
    naam: 'Declaratie',
    event: 'declaratie',
    richting: A2G,
    berichtCode: { ijw: '490', iwmo: '484' },
    answeredBy: ['325'],
    isRetour: false,
    keys: [
      ...HEADER_ID,
      'Declaratie/DeclaratieNummer',
      'Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer',
    ],
  },
  '325': {
    naam: 'Declaratie-antwoord',
    event: 'declaratie-antwoord',
    richting: G2A,
    berichtCode: { ijw: '491', iwmo: '485' },
    answers: '323',
    answeredBy: [],
    isRetour: false,
    keys: [
      ...HEADER_ID,
      'Header/DeclaratieIdentificatie/Identificatie',
      'Header/DeclaratieIdentificatie/Dagtekening',
      'DeclaratieAntwoord/DeclaratieNummer',
    ],
  },
};

const CODE_PREFIX: Readonly<Record<Standaard, string>> = { ijw: 'JW', iwmo: 'WMO' };

export function berichtCodeName(standaard: Standaard, type: BerichtType): string {
  return `${CODE_PREFIX[standaard]}${type}`;
}

export const catalogue: readonly CatalogueEntry[] = (['ijw', 'iwmo'] as const).flatMap((standaard) =>
  (Object.keys(TYPES) as BerichtType[]).map((type): CatalogueEntry => {
    const facts = TYPES[type];
    return {
      code: berichtCodeName(standaard, type),
      standaard,
      type,
      berichtCode: facts.berichtCode[standaard],
      naam: facts.naam,
      event: facts.event,
      richting: facts.richting,
      ...(facts.answers ? { answers: berichtCodeName(standaard, facts.answers) } : {}),
      answeredBy: facts.answeredBy.map((answer) => berichtCodeName(standaard, answer)),
      isRetour: facts.isRetour,
      keys: facts.keys,
    };
  }),
);

const byCode = new Map(catalogue.map((entry) => [entry.code, entry]));
const byBerichtCode = new Map(catalogue.map((entry) => [entry.berichtCode, entry]));

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return byCode.get(code.toUpperCase());
}

export function catalogueEntryByBerichtCode(berichtCode: string): CatalogueEntry | undefined {
  return byBerichtCode.get(berichtCode);
}
