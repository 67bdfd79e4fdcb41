/**
 * The response times (termijnen) of the process descriptions, in Dutch working days (one in calendar
 * days): which deadlines a message opens when it is sent or received, who has to act, and which
 * messages meet it.
 * - Every 301, 305, 307, 315, 317 and 319 is answered by its retour within 3 working days (the
 *   receiver acts: the aanbieder for what we send, we for what we receive).
 * - A verzoek om toewijzing or wijziging (315, 317) is answered with a 319 or a 301 within 5 working days.
 * - A declaratie (323) is answered with a 325 within 10 working days.
 * - iJw only (OP359; Regeling Jeugdwet art. 1a.1): a verzoek om toewijzing (JW315) the gemeente refuses
 *   on the woonplaatsbeginsel (a 319 with RedenAfwijzingVerzoek 8, naming the responsible gemeente) is
 *   refused within two weeks — 14 calendar days — of its receipt. The 315 itself does not say so: the
 *   deadline opens with the 319 that puts the verzoek "in onderzoek" (the flow of the standard: 315,
 *   319 in onderzoek, 319 woonplaatsbeginsel), and a refusal on the woonplaatsbeginsel meets it.
 */
import { catalogueEntry, type BerichtType } from '../../istandaarden/src/index.js';
import { addKalenderdagen, addWerkdagen, type Datum } from './werkdagen.js';

export type TermijnSoort = 'retour' | 'antwoord' | 'declaratie-antwoord' | 'woonplaatsbeginsel';
/** Who has to act before the deadline. */
export type Partij = 'gemeente' | 'aanbieder';

/** A deadline in working days (every termijn but one) or in calendar days (the woonplaatsbeginsel's). */
export type TermijnDuur =
  | { readonly werkdagen: number; readonly kalenderdagen?: undefined }
  | { readonly kalenderdagen: number; readonly werkdagen?: undefined };

export type TermijnRegel = TermijnDuur & {
  readonly soort: TermijnSoort;
  readonly partij: Partij;
  /** The message types that meet the deadline. */
  readonly verwacht: readonly BerichtType[];
};

export type Termijn = TermijnRegel & {
  readonly begindatum: Datum;
  /** The last day on which the answer is in time. */
  readonly uiterlijk: Datum;
};

const RETOUR_WERKDAGEN = 3;
const ANTWOORD_WERKDAGEN = 5;
const DECLARATIE_ANTWOORD_WERKDAGEN = 10;
const WOONPLAATSBEGINSEL_KALENDERDAGEN = 14;

/** RedenAfwijzingVerzoek (WJ759) 8: the woonplaatsbeginsel makes another gemeente responsible. */
const REDEN_WOONPLAATSBEGINSEL = '8';
/** VerzoekAntwoord (WJ760): 1 verzoek afgewezen, 2 aanvraag in onderzoek. */
const VERZOEK_AFGEWEZEN = '1';
const IN_ONDERZOEK = '2';

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
    uiterlijk: uiterlijk(regel, begindatum),
  }));
}

function uiterlijk(duur: TermijnDuur, begindatum: Datum): Datum {
  return duur.kalenderdagen === undefined
    ? addWerkdagen(begindatum, duur.werkdagen)
    : addKalenderdagen(begindatum, duur.kalenderdagen);
}

/** The woonplaatsbeginsel's deadline of a JW315 received on `ontvangen`. */
export function woonplaatsbeginselTermijn(ontvangen: Datum): Termijn {
  const regel: TermijnRegel = {
    soort: 'woonplaatsbeginsel',
    partij: 'gemeente',
    kalenderdagen: WOONPLAATSBEGINSEL_KALENDERDAGEN,
    verwacht: ['319', '301'],
  };
  return { ...regel, begindatum: ontvangen, uiterlijk: uiterlijk(regel, ontvangen) };
}

/** An answer the gemeente sends to a message it received: a 301, 319 or 325 and, for a 319, its Antwoord. */
export interface GemeenteAntwoord {
  readonly type: BerichtType;
  readonly verzoekAntwoord?: string;
  readonly redenAfwijzingVerzoek?: string;
}

/**
 * What an answer does to the deadlines of the message it answers (`beantwoord`: its standard and type):
 * the kinds it meets, and the kind it opens on that message (the woonplaatsbeginsel's, from the day
 * the message was received) before meeting what it meets.
 */
export function antwoordGevolgen(
  beantwoord: { readonly standaard: string; readonly type: BerichtType },
  antwoord: GemeenteAntwoord,
): { readonly opent: readonly TermijnSoort[]; readonly sluit: readonly TermijnSoort[] } {
  if (antwoord.type === '325') return { opent: [], sluit: ['declaratie-antwoord'] };
  const woonplaatsbeginsel = beantwoord.standaard === 'ijw' && beantwoord.type === '315';
  if (!woonplaatsbeginsel) return { opent: [], sluit: ['antwoord'] };
  if (antwoord.type === '319' && antwoord.verzoekAntwoord === IN_ONDERZOEK)
    return { opent: ['woonplaatsbeginsel'], sluit: ['antwoord'] };
  // A refusal on the woonplaatsbeginsel without an "in onderzoek" before it is judged by the same two weeks.
  const refusal =
    antwoord.type === '319' &&
    antwoord.verzoekAntwoord === VERZOEK_AFGEWEZEN &&
    antwoord.redenAfwijzingVerzoek === REDEN_WOONPLAATSBEGINSEL;
  return { opent: refusal ? ['woonplaatsbeginsel'] : [], sluit: ['antwoord', 'woonplaatsbeginsel'] };
}

/** Whether a deadline has passed on `vandaag`: the answer may still come on the last day itself. */
export function isVerlopen(termijn: Pick<Termijn, 'uiterlijk'>, vandaag: Datum): boolean {
  return vandaag > termijn.uiterlijk;
}
