/**
 * Flows of the process descriptions through the gateway, each step with its retourcodes: removal and
 * re-delivery of a start, a verzoek om toewijzing granted and one refused, a verzoek om wijziging, a
 * withdrawn toewijzing, a declaration with a credit and a correction, task-based start and stop, and
 * duplicates.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BerichtNode } from '../../libs/istandaarden/src/index.js';
import { build } from '../../libs/istandaarden/src/index.js';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { all, bsn, list, Scenario, set } from './scenario.js';

const START = 'Client/StartProducten/StartProduct';
const STOP = 'Client/StopProducten/StopProduct';
const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
const AANGEVRAAGD = 'Client/AangevraagdeProducten/AangevraagdProduct';
const PRESTATIE = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
const HEADER_ONLY_OK = { Header: ['0200'], Client: ['0200'] };
const onStart = (code: string) => ({ ...HEADER_ONLY_OK, [START]: [code] });
const onPrestatie = (code: string) => ({
  Header: ['0200'],
  Declaratie: ['0200'],
  'Declaratie/Clienten/Client': ['0200'],
  [PRESTATIE]: [code],
});

/** The toewijzing `nummer` for the scenario's client, from 1 January 2026 to 2030. */
const assigned = (nummer: number, extra: Record<string, unknown> = {}) =>
  set(TOEGEWEZEN, {
    ToewijzingNummer: nummer,
    Ingangsdatum: '2026-01-01',
    Einddatum: '2030-12-31',
    ...extra,
  });

describe('process flows', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(async () => {
    await gateway?.close();
  });

  it('a start removed (StatusAanlevering 3) and delivered again', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(11));
    await s.sent('301', assigned(1101));
    const start = (status: string, dagtekening: string) =>
      s.message('305', dagtekening, set(START, { ToewijzingNummer: 1101, StatusAanlevering: status }));
    await s.step('start', start('1', '2026-02-04'), null);
    await s.step('removal', start('3', '2026-02-05'), null);
    await s.step(
      'removing it again finds nothing to remove (TR063)',
      start('3', '2026-02-06'),
      onStart('9063'),
    );
    await s.step('delivered again', start('1', '2026-02-09'), null);
    await s.step('delivered once more is a duplicate key (TR074)', start('1', '2026-02-10'), onStart('9074'));
  });

  it('a verzoek om toewijzing granted by a toewijzing', async () => {
    const s = new Scenario(gateway, 'iwmo', bsn(12));
    const verzoek = (referentie: string) =>
      s.message('315', '2026-03-02', set(AANGEVRAAGD, { ReferentieAanbieder: referentie }));
    const first = await s.step('verzoek', verzoek('G1'), null);
    assert.equal(first.retour?.berichtcode, 'WMO316');
    await s.step('a second verzoek while the first is open (TR374)', verzoek('G2'), {
      Header: ['0200'],
      Client: ['9374'],
      [AANGEVRAAGD]: ['0233'],
    });
    await s.sent('301', assigned(1201, { ReferentieAanbieder: 'G1' }));
    await s.step(
      'start on the toewijzing granted',
      s.message('305', '2026-03-03', set(START, { ToewijzingNummer: 1201 })),
      null,
    );
    await s.step('a new verzoek once the first was honoured', verzoek('G2'), null);
  });

  it('a verzoek om toewijzing refused by an antwoordbericht', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(13));
    const verzoek = (referentie: string) =>
      s.message('315', '2026-03-02', set(AANGEVRAAGD, { ReferentieAanbieder: referentie }));
    await s.step('verzoek', verzoek('R1'), null);
    await s.sent(
      '319',
      set('Antwoord', { ReferentieAanbieder: 'R1', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '1' }),
    );
    await s.step("the refused request's reference used again (TR347)", verzoek('R1'), {
      ...HEADER_ONLY_OK,
      [AANGEVRAAGD]: ['9347'],
    });
    await s.step('a new verzoek after the refusal', verzoek('R2'), null);
  });

  it('a verzoek om wijziging lists every current toewijzing', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(14));
    await s.sent(
      '301',
      list(TOEGEWEZEN, [
        {
          ToewijzingNummer: 1401,
          Product: { Categorie: '45', Code: '45A01' },
          Toewijzingsdatum: '2026-01-01',
          Toewijzingstijd: '09:00:00',
          Ingangsdatum: '2026-01-01',
          Einddatum: '2030-12-31',
          Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
        },
        {
          ToewijzingNummer: 1402,
          Product: { Categorie: '45', Code: '45A03' },
          Toewijzingsdatum: '2026-01-01',
          Toewijzingstijd: '09:00:00',
          Ingangsdatum: '2026-01-01',
          Einddatum: '2030-12-31',
          Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
        },
      ]),
    );
    const verzoek = (referentie: string, edit: (b: BerichtNode) => void) =>
      s.message('317', '2026-03-02', all(set('Client/Verzoek', { ReferentieAanbieder: referentie }), edit));
    const unchanged = list('Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct', [
      { ToewijzingNummer: 1401 },
    ]);
    await s.step('toewijzing 1402 left out (TR349)', verzoek('W1', unchanged), {
      ...HEADER_ONLY_OK,
      'Client/Verzoek': ['9349'],
      'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct': ['0233'],
      'Client/Verzoek/NieuweProducten/NieuwProduct': ['0233'],
    });
    const both = all(
      unchanged,
      set('Client/Verzoek', {
        TeWijzigenProducten: {
          TeWijzigenProduct: [
            {
              ToewijzingNummer: 1402,
              GewensteIngangsdatum: '2026-04-01',
              Einddatum: '2026-12-31',
              Omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' },
            },
          ],
        },
      }),
    );
    await s.step('1401 unchanged, 1402 to change', verzoek('W1', both), null);
    await s.step('another verzoek while that one is open (TR374)', verzoek('W2', both), {
      ...HEADER_ONLY_OK,
      'Client/Verzoek': ['9374'],
      'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct': ['0233'],
      'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct': ['0233'],
      'Client/Verzoek/NieuweProducten/NieuwProduct': ['0233'],
    });
  });

  it('a withdrawn toewijzing (RedenWijziging 13) takes no start, declaration or change', async () => {
    const s = new Scenario(gateway, 'iwmo', bsn(15));
    await s.sent('301', assigned(1501));
    await s.sent('301', assigned(1501, { Einddatum: '2026-01-01', RedenWijziging: '13' }));
    await s.step(
      'start (TR019)',
      s.message('305', '2026-02-04', set(START, { ToewijzingNummer: 1501 })),
      onStart('9019'),
    );
    await s.step(
      'declaration (TR384)',
      s.message('323', '2026-03-02', set(PRESTATIE, { ToewijzingNummer: 1501 })),
      onPrestatie('9384'),
    );
    await s.step(
      'verzoek om wijziging naming it unchanged (TR350)',
      s.message(
        '317',
        '2026-03-02',
        list('Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct', [{ ToewijzingNummer: 1501 }]),
      ),
      {
        ...HEADER_ONLY_OK,
        'Client/Verzoek': ['0200'],
        'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct': ['9350'],
        'Client/Verzoek/NieuweProducten/NieuwProduct': ['0200'],
      },
    );
  });

  it('a declaration, a second debit, a credit, the corrected debit and a second credit', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(16));
    await s.sent('301', assigned(1601, { Product: { Categorie: '45', Code: '45A01' } }));
    const declaratie = (
      nummer: string,
      prestatie: Record<string, unknown>,
      total: { TotaalBedrag: number; DebetCredit: string },
    ) =>
      s.message(
        '323',
        '2026-03-02',
        all(
          set('Declaratie', { DeclaratieNummer: nummer, TotaalIngediendBedrag: total }),
          set(PRESTATIE, { ToewijzingNummer: 1601, ...prestatie }),
        ),
      );
    const debit = (nummer: string, referentie: string, uren = 4) =>
      declaratie(
        nummer,
        {
          ProductReferentie: { ReferentieNummer: referentie },
          GeleverdVolume: uren,
          IngediendBedrag: { Bedrag: uren * 1250, DebetCredit: 'D' },
        },
        { TotaalBedrag: uren * 1250, DebetCredit: 'D' },
      );
    const credit = (nummer: string, referentie: string, vorige: string) =>
      declaratie(
        nummer,
        {
          ProductReferentie: { ReferentieNummer: referentie, VorigReferentieNummer: vorige },
          IngediendBedrag: { Bedrag: 5000, DebetCredit: 'C' },
        },
        { TotaalBedrag: 5000, DebetCredit: 'C' },
      );
    const first = await s.step('debit for February', debit('F1', 'F1RN'), null);
    assert.equal(first.retour, undefined, 'an accepted declaration is answered by the back office');
    const again = await s.step(
      'a second debit for the same month (TR389)',
      debit('F2', 'F2RN'),
      onPrestatie('9389'),
    );
    const antwoord = (await s.retour(again)).DeclaratieAntwoord as BerichtNode;
    assert.deepEqual(antwoord.TotaalToegekendBedrag, { TotaalBedrag: 0, DebetCredit: 'D' });
    await s.step('credit of the first debit', credit('F3', 'F3RN', 'F1RN'), null);
    await s.step('the corrected debit (3 hours)', debit('F4', 'F4RN', 3), null);
    await s.step(
      'crediting the first debit again (TR390)',
      credit('F5', 'F5RN', 'F1RN'),
      onPrestatie('9390'),
    );
    await s.step('a DeclaratieNummer used before (TR333)', debit('F1', 'F6RN', 3), {
      Header: ['0200'],
      Declaratie: ['9333'],
    });
  });

  it('task-based start and stop, keyed on client, product and Begindatum', async () => {
    const s = new Scenario(gateway, 'iwmo', bsn(17));
    const taak = { ToewijzingNummer: undefined, ToewijzingIngangsdatum: undefined };
    const start = (begin: string, dagtekening: string) =>
      s.message('305', dagtekening, set(START, { ...taak, Begindatum: begin }));
    await s.step('start without a toewijzing', start('2026-02-03', '2026-02-04'), null);
    await s.step(
      'a second start of the same product before a stop (TR326)',
      start('2026-02-10', '2026-02-11'),
      onStart('9326'),
    );
    await s.step(
      'stop',
      s.message(
        '307',
        '2026-02-12',
        set(STOP, { ...taak, Begindatum: '2026-02-03', RedenBeeindiging: '02', Einddatum: '2026-02-09' }),
      ),
      null,
    );
    await s.step('the second start after the stop', start('2026-02-10', '2026-02-13'), null);
  });

  it('duplicates: the same bytes, the same identification, the same content', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(18));
    await s.sent('301', assigned(1801));
    const message = s.message('305', '2026-02-04', set(START, { ToewijzingNummer: 1801 }));
    const built = build(message);
    assert.ok(built.ok);
    const first = await s.post('start', built.xml, null);
    const resent = await s.post('the same bytes again: the earlier result', built.xml, null);
    assert.equal(resent.id, first.id);
    const header = message.bericht.Header as BerichtNode;
    const sameId = structuredClone(message);
    (sameId.bericht.Client as BerichtNode).Geslacht = '2';
    await s.step('the same BerichtIdentificatie, other content (TR056)', sameId, { Header: ['9056'] });
    const copy = s.message(
      '305',
      String((header.BerichtIdentificatie as BerichtNode).Dagtekening),
      set(START, { ToewijzingNummer: 1801 }),
    );
    await s.step('the same start under a new identification (TR074)', copy, onStart('9074'));
  });
});
