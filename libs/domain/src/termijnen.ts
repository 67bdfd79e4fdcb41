/**
 * The response times (termijnen) of the process descriptions, in Dutch working days: which deadlines a
 * message opens when it is sent or received, who has to act, and which messages meet it.
 * - Every 301, 305, 307, 315, 317 and 319 is answered by its retour within 3 working days (the
 *   receiver acts: the aanbieder for what we send, we for what we receive).
 * - A verzoek om toewijzing or wijziging (315, 317) is answered with a 319 or a 301 within 5 working days.
 * - A declaratie (323) is answered with a 325 within 10 working days.
 */
import { catalogueEntry, type BerichtType } from '../../istandaarden/src/index.js';
import { addWerkdagen, type Datum } from './werkdagen.js';

export type TermijnSoort = 'retour' | 'antwoord' | 'declaratie-antwoord';
/** Who has to act before the deadline. */
export type Partij = 'gemeente' | 'aanbieder';

export interface TermijnRegel {
  readonly soort: TermijnSoort;
  readonly partij: Partij;
  readonly werkdagen: number;
  /** The message types that meet the deadline. */
  readonly verwacht: readonly BerichtType[];
}

export interface Termijn extends TermijnRegel {
  readonly begindatum: Datum;
  /** The last day on which the answer is in time. */
  readonly uiterlijk: Datum;
}

const RETOUR_WERKDAGEN = 3;
const ANTWOORD_WERKDAGEN = 5;
const DECLARATIE_ANTWOORD_WERKDAGEN = 10;

/** The deadlines a message of this code opens: `out` when the gemeente sends it, `in` when it receives it. */
export function termijnRegels(code: string, richting: 'in' | 'out'): TermijnRegel[] {
  const entry = catalogueEntry(code);
  if (!entry) return [];
  const sentByGemeente = entry.richting === 'gemeente-naar-aanbieder';
  if (sentByGemeente !== (richting === 'out')) return [];
  const regels: TermijnRegel[] = [];
  const retour = entry.answeredBy.map((answer) => catalogueEntry(answer)).find((answer) => answer?.isRetour);
  if (retour && !entry.isRetour) {
    regels.push({
      soort: 'retour',
      partij: sentByGemeente ? 'aanbieder' : 'gemeente',
      werkdagen: RETOUR_WERKDAGEN,
      verwacht: [retour.type],
    });
  }
  if (entry.type === '315' || entry.type === '317')
    regels.push({
      soort: 'antwoord',
      partij: 'gemeente',
      werkdagen: ANTWOORD_WERKDAGEN,
      verwacht: ['319', '301'],
    });
  if (entry.type === '323')
    regels.push({
      soort: 'declaratie-antwoord',
      partij: 'gemeente',
      werkdagen: DECLARATIE_ANTWOORD_WERKDAGEN,
      verwacht: ['325'],
    });
  return regels;
}

/** The deadlines a message opens on `begindatum` (the day it was sent or received). */
export function termijnen(code: string, richting: 'in' | 'out', begindatum: Datum): Termijn[] {
  return termijnRegels(code, richting).map((regel) => ({
    ...regel,
    begindatum,
    uiterlijk: addWerkdagen(begindatum, regel.werkdagen),
  }));
}

/** Whether a deadline has passed on `vandaag`: the answer may still come on the last day itself. */
export function isVerlopen(termijn: Pick<Termijn, 'uiterlijk'>, vandaag: Datum): boolean {
  return vandaag > termijn.uiterlijk;
}
