/**
 * Cross-message rules on what the gemeente sends (301 toewijzing, 319 antwoord): guards the gateway
 * applies before a back-office decision leaves, so the aanbieder never has to reject it.
 */
import type { Bericht } from '../../../istandaarden/src/index.js';
import { all, root, type At } from '../../../istandaarden/src/rules/paths.js';
import { prestatieRecord, type PrestatieRecord } from '../state-records.js';
import { failure, type CrossMessageRule } from './cross-message-rule.js';
import type { OwnerState } from './rule-state.js';
import { AFGEWEZEN, IN_ONDERZOEK, VERWIJDERD } from './toewijzingen.js';

function toegewezen(bericht: Bericht): Array<{ at: At; bsn: string }> {
  const client = all(root(bericht), 'Client')[0]!;
  return all(client, 'ToegewezenProducten/ToegewezenProduct').map((at) => ({
    at,
    bsn: String(client.node.Bsn),
  }));
}

function antwoord(bericht: Bericht): { at: At; referentie: string; verzoekAntwoord: string } {
  const at = all(root(bericht), 'Antwoord')[0]!;
  return {
    at,
    referentie: String(at.node.ReferentieAanbieder),
    verzoekAntwoord: String(at.node.VerzoekAntwoord),
  };
}

const product = (node: At['node']) => node.Product as { Categorie?: string; Code?: string } | undefined;

export const TR332: CrossMessageRule = {
  id: 'TR332',
  retourcode: '9332',
  level: 'berichtoverstijgend',
  appliesTo: ['301'],
  klasse: 'ToegewezenProduct',
  explanation: 'A ToewijzingNummer is unique within the gemeente and the law.',
  check(bericht, { state }) {
    return toegewezen(bericht).flatMap(({ at, bsn }) => {
      const earlier = state.toewijzing(Number(at.node.ToewijzingNummer));
      if (!earlier) return [];
      const same =
        earlier.bsn === bsn &&
        earlier.productCategorie === (product(at.node)?.Categorie ?? null) &&
        earlier.productCode === (product(at.node)?.Code ?? null);
      return same
        ? []
        : [
            failure(
              TR332,
              at.path,
              `ToewijzingNummer ${earlier.toewijzingNummer} is in use for another client or product`,
            ),
          ];
    });
  },
};

export const TR379: CrossMessageRule = {
  id: 'TR379',
  retourcode: '9379',
  level: 'berichtoverstijgend',
  appliesTo: ['301'],
  klasse: 'ToegewezenProduct',
  explanation:
    "A toewijzing that honours a request carries the request's ReferentieAanbieder, otherwise none.",
  check(bericht, { state }) {
    return toegewezen(bericht).flatMap(({ at, bsn }) => {
      if (at.node.ReferentieAanbieder === undefined) return [];
      const referentie = String(at.node.ReferentieAanbieder);
      return state.verzoeken(referentie).some((v) => v.bsn === bsn)
        ? []
        : [failure(TR379, at.path, `no request ${referentie} of this client was received`)];
    });
  },
};

export const TR385: CrossMessageRule = {
  id: 'TR385',
  retourcode: '9385',
  level: 'berichtoverstijgend',
  appliesTo: ['301'],
  klasse: 'ToegewezenProduct',
  explanation: 'A toewijzing with approved, uncredited prestaties may not be deleted (RedenWijziging 13).',
  check(bericht, { state }) {
    return toegewezen(bericht).flatMap(({ at }) => {
      if (String(at.node.RedenWijziging) !== VERWIJDERD) return [];
      const nummer = Number(at.node.ToewijzingNummer);
      const uncredited = state
        .prestatiesOn(nummer)
        .filter((p) => p.debetCredit === 'D' && state.creditsOf(p.referentieNummer).length === 0);
      return uncredited.length
        ? [failure(TR385, at.path, `toewijzing ${nummer} has ${uncredited.length} uncredited prestatie(s)`)]
        : [];
    });
  },
};

export const TR355: CrossMessageRule = {
  id: 'TR355',
  retourcode: '9355',
  level: 'berichtoverstijgend',
  appliesTo: ['319'],
  klasse: 'Antwoord',
  explanation: "An answer's ReferentieAanbieder comes from an earlier verzoek om toewijzing or wijziging.",
  check(bericht, { state }) {
    const { at, referentie } = antwoord(bericht);
    return state.verzoeken(referentie).length
      ? []
      : [failure(TR355, at.path, `no request ${referentie} was received`)];
  },
};

export const TR359: CrossMessageRule = {
  id: 'TR359',
  retourcode: '9359',
  level: 'berichtoverstijgend',
  appliesTo: ['319'],
  klasse: 'Antwoord',
  explanation: 'No answer is sent for a request already honoured by a toewijzing.',
  check(bericht, { state }) {
    const { at, referentie } = antwoord(bericht);
    return state.toewijzingenFor(referentie).length
      ? [failure(TR359, at.path, `request ${referentie} was honoured by a toewijzing`)]
      : [];
  },
};

export const TR360: CrossMessageRule = {
  id: 'TR360',
  retourcode: '9360',
  level: 'berichtoverstijgend',
  appliesTo: ['319'],
  klasse: 'Antwoord',
  explanation: "'Under investigation' is answered at most once per request.",
  check(bericht, { state }) {
    const { at, referentie, verzoekAntwoord } = antwoord(bericht);
    const again =
      verzoekAntwoord === IN_ONDERZOEK &&
      state.antwoorden(referentie).some((a) => a.verzoekAntwoord === IN_ONDERZOEK);
    return again ? [failure(TR360, at.path, `request ${referentie} was answered 'in onderzoek' before`)] : [];
  },
};

export const TR365: CrossMessageRule = {
  id: 'TR365',
  retourcode: '9365',
  level: 'berichtoverstijgend',
  appliesTo: ['319'],
  klasse: 'Antwoord',
  explanation: "A second answer to a request only follows an 'under investigation'.",
  check(bericht, { state }) {
    const { at, referentie } = antwoord(bericht);
    return state.antwoorden(referentie).some((a) => a.verzoekAntwoord === AFGEWEZEN)
      ? [failure(TR365, at.path, `request ${referentie} was refused before`)]
      : [];
  },
};

/** Each prestatie of a 325 with the prestatie of the declaration it repeats (same ReferentieNummer and DeclaratieNummer). */
function answered(
  bericht: Bericht,
  state: OwnerState,
): Array<{ at: At; record: PrestatieRecord; declared?: PrestatieRecord }> {
  const body = all(root(bericht), 'DeclaratieAntwoord')[0];
  if (!body) return [];
  const nummer = String(body.node.DeclaratieNummer);
  return all(body, 'Clienten/Client').flatMap((client) =>
    all(client, 'Prestaties/Prestatie').map((at) => {
      const record = prestatieRecord(nummer, String(client.node.Bsn), at.node);
      const declared = state.prestaties(record.referentieNummer).find((p) => p.declaratieNummer === nummer);
      return { at, record, ...(declared ? { declared } : {}) };
    }),
  );
}

export const TR366: CrossMessageRule = {
  id: 'TR366',
  retourcode: '9366',
  level: 'berichtoverstijgend',
  appliesTo: ['325'],
  klasse: 'Prestatie',
  explanation: 'Every prestatie in a declaratie-antwoord comes from the declaration, by ProductReferentie.',
  check(bericht, { state }) {
    return answered(bericht, state)
      .filter((p) => !p.declared)
      .map((p) =>
        failure(
          TR366,
          p.at.path,
          `no prestatie ${p.record.referentieNummer} in declaration ${p.record.declaratieNummer}`,
        ),
      );
  },
};

/** The values a 325 repeats from the declaration's prestatie. */
const REPEATED = [
  'bsn',
  'toewijzingNummer',
  'productCategorie',
  'productCode',
  'begindatum',
  'einddatum',
  'volume',
  'eenheid',
  'bedrag',
  'debetCredit',
  'vorigReferentieNummer',
] as const;

export const TR367: CrossMessageRule = {
  id: 'TR367',
  retourcode: '9367',
  level: 'berichtoverstijgend',
  appliesTo: ['325'],
  klasse: 'Prestatie',
  explanation: 'Values repeated in a declaratie-antwoord equal those of the declaration.',
  check(bericht, { state }) {
    return answered(bericht, state).flatMap(({ at, record, declared }) => {
      const differing = declared ? REPEATED.filter((field) => record[field] !== declared[field]) : [];
      return differing.length
        ? [failure(TR367, at.path, `differs from the declaration in ${differing.join(', ')}`)]
        : [];
    });
  },
};

export const OUTBOUND_RULES: readonly CrossMessageRule[] = [
  TR332,
  TR355,
  TR359,
  TR360,
  TR365,
  TR366,
  TR367,
  TR379,
  TR385,
];
