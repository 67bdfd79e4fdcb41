/**
 * The four worked cases of the casusbeschrijvingen of release 3.2 (toewijzing extended by moving its
 * Einddatum; temporary stop then final stop with the same and with a later Einddatum; a stop corrected
 * by removing it and sending a new one), step by step through the gateway with the retourcodes of
 * every step — plus, where the case names a rule, the step that breaks it.
 */
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { all, bsn, list, Scenario, set } from './scenario.js';

const START = 'Client/StartProducten/StartProduct';
const STOP = 'Client/StopProducten/StopProduct';
const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
const PRESTATIE = 'Declaratie/Clienten/Client/Prestaties/Prestatie';

/** Casus 1 and 4: ambulante jeugdhulp (45A04), 3 hours a week from 1 January to 30 June 2025. */
const AMBULANT = {
  product: { Categorie: '45', Code: '45A04' },
  toegewezen: {
    ToewijzingNummer: 667899,
    Product: { Categorie: '45', Code: '45A04' },
    Toewijzingsdatum: '2025-01-01',
    Ingangsdatum: '2025-01-01',
    Einddatum: '2025-06-30',
    Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' },
  },
};

describe('casusbeschrijvingen iJw/iWmo 3.2', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(async () => {
    await gateway?.close();
  });

  it('casus 1 (iJw): toewijzing, start, and an extension that moves the Einddatum', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(1));
    const { product, toegewezen } = AMBULANT;
    // Step 1: the gemeente assigns 3 hours a week until 30 June.
    await s.sent('301', set(TOEGEWEZEN, toegewezen));
    // Step 2: the aanbieder starts on 5 January.
    await s.step(
      'start',
      s.message(
        '305',
        '2025-01-06',
        set(START, {
          ToewijzingNummer: 667899,
          Product: product,
          ToewijzingIngangsdatum: '2025-01-01',
          Begindatum: '2025-01-05',
        }),
      ),
      null,
    );
    // Care delivered in July lies after the toewijzing as it stands: refused per prestatie (TR308).
    const july = (nummer: string, referentie: string) =>
      s.message(
        '323',
        '2025-08-04',
        all(
          set('Declaratie', {
            DeclaratieNummer: nummer,
            DeclaratiePeriode: { Begindatum: '2025-07-01', Einddatum: '2025-07-31' },
          }),
          set(PRESTATIE, {
            ProductReferentie: { ReferentieNummer: referentie },
            ToewijzingNummer: 667899,
            ProductCategorie: '45',
            ProductCode: '45A04',
            ProductPeriode: { Begindatum: '2025-07-01', Einddatum: '2025-07-31' },
          }),
        ),
      );
    await s.step('July before the extension', july('C1JULI', 'C1RN1'), {
      Header: ['0200'],
      Declaratie: ['0200'],
      'Declaratie/Clienten/Client': ['0200'],
      'Declaratie/Clienten/Client/Prestaties/Prestatie': ['9308'],
    });
    // Step 4: the gemeente extends the same toewijzing to 31 December (RedenWijziging 04).
    await s.sent(
      '301',
      set(TOEGEWEZEN, {
        ...toegewezen,
        Toewijzingsdatum: '2025-05-10',
        Einddatum: '2025-12-31',
        RedenWijziging: '04',
      }),
    );
    await s.step('July after the extension', july('C1JULI2', 'C1RN2'), null);
  });

  const dagbesteding = async (s: Scenario, nummer: number, code: string, ingang: string, begin: string) => {
    await s.sent(
      '301',
      set(TOEGEWEZEN, {
        ToewijzingNummer: nummer,
        Product: { Categorie: '07', Code: code },
        Toewijzingsdatum: ingang,
        Ingangsdatum: ingang,
        Einddatum: '2025-12-31',
        Omvang: { Volume: 6, Eenheid: '16', Frequentie: '2' },
      }),
    );
    const start = {
      ToewijzingNummer: nummer,
      Product: { Categorie: '07', Code: code },
      ToewijzingIngangsdatum: ingang,
      Begindatum: begin,
    };
    await s.step('start', s.message('305', begin, set(START, start)), null);
    return (reden: string, einddatum: string, dagtekening: string) =>
      s.message(
        '307',
        dagtekening,
        set(STOP, { ...start, RedenBeeindiging: reden, Einddatum: einddatum, StatusAanlevering: '1' }),
      );
  };

  it('casus 2 (iWmo): temporary stop, then the final stop with the same Einddatum', async () => {
    const s = new Scenario(gateway, 'iwmo', bsn(2));
    const stop = await dagbesteding(s, 668877, '07A12', '2025-05-12', '2025-05-15');
    await s.step('temporary stop (20)', stop('20', '2025-06-20', '2025-06-23'), null);
    await s.step('final stop (23), same Einddatum', stop('23', '2025-06-20', '2025-07-07'), null);
  });

  it('casus 3 (iWmo): temporary stop, then the final stop with a later Einddatum (TR414)', async () => {
    const s = new Scenario(gateway, 'iwmo', bsn(3));
    const stop = await dagbesteding(s, 12563, '07A01', '2025-03-17', '2025-03-31');
    await s.step('temporary stop (20)', stop('20', '2025-06-07', '2025-06-09'), null);
    await s.step('a second temporary stop is refused (TR413)', stop('20', '2025-06-14', '2025-06-16'), {
      Header: ['0200'],
      Client: ['0200'],
      'Client/StopProducten/StopProduct': ['9413'],
    });
    await s.step(
      'a final stop ending before the temporary one is refused (TR414)',
      stop('23', '2025-06-01', '2025-06-30'),
      {
        Header: ['0200'],
        Client: ['0200'],
        'Client/StopProducten/StopProduct': ['9414'],
      },
    );
    await s.step('final stop (23) on the day it became known', stop('23', '2025-06-27', '2025-06-30'), null);
  });

  it('casus 4 (iJw): a stop corrected by removing it and sending a new one in one message', async () => {
    const s = new Scenario(gateway, 'ijw', bsn(4));
    const { product, toegewezen } = AMBULANT;
    await s.sent('301', set(TOEGEWEZEN, toegewezen));
    const start = {
      ToewijzingNummer: 667899,
      Product: product,
      ToewijzingIngangsdatum: '2025-01-01',
      Begindatum: '2025-01-05',
    };
    await s.step(
      'start',
      s.message('305', '2025-01-06', set(START, { ...start, StatusAanlevering: '1' })),
      null,
    );
    const stopped = { ...start, RedenBeeindiging: '02', Einddatum: '2025-06-30' };
    await s.step(
      'stop with the wrong reason',
      s.message('307', '2025-07-01', set(STOP, { ...stopped, StatusAanlevering: '1' })),
      null,
    );
    await s.step(
      'correction: the stop removed and the right one sent, in one message',
      s.message(
        '307',
        '2025-07-04',
        list(STOP, [
          { ...stopped, StatusAanlevering: '3' },
          { ...stopped, RedenBeeindiging: '31', StatusAanlevering: '1' },
        ]),
      ),
      null,
    );
    await s.step(
      'a further final stop is refused (TR415)',
      s.message(
        '307',
        '2025-07-08',
        set(STOP, { ...stopped, RedenBeeindiging: '02', Einddatum: '2025-07-01', StatusAanlevering: '1' }),
      ),
      { Header: ['0200'], Client: ['0200'], 'Client/StopProducten/StopProduct': ['9415'] },
    );
  });
});
