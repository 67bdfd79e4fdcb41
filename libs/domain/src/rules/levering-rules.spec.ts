import type { Standaard } from '../../../istandaarden/src/index.js';
import { bericht, describeCrossCases, set, toewijzing, type CrossCase } from './cross-message-cases.js';
import { LEVERING_RULES } from './levering-rules.js';

const START = 'Client/StartProducten/StartProduct';
const STOP = 'Client/StopProducten/StopProduct';
const START_PATH = `/Bericht/${START}`;
const STOP_PATH = `/Bericht/${STOP}`;

const start = (s: Standaard, values: Record<string, string | number> = {}) =>
  bericht('305', s, set(START, values));
const stop = (s: Standaard, values: Record<string, string | number> = {}) =>
  bericht('307', s, set(STOP, values));
const started = (s: Standaard) => [toewijzing(s), start(s)];
const TEMPORARY = { RedenBeeindiging: '20', Einddatum: '2026-02-20' };
const remove = set(START, { StatusAanlevering: '3' });

const cases: CrossCase[] = [
  {
    rule: 'TR019',
    type: '305',
    history: (s) => [toewijzing(s)],
    fail: set(START, { ToewijzingNummer: 1002 }),
    path: START_PATH,
  },
  {
    rule: 'TR019',
    type: '307',
    about: 'a start recorded for a number no toewijzing has',
    history: (s) => [toewijzing(s), start(s), start(s, { ToewijzingNummer: 1002 })],
    fail: set(STOP, { ToewijzingNummer: 1002 }),
    path: STOP_PATH,
  },
  {
    rule: 'TR063',
    type: '305',
    history: started,
    pass: remove,
    fail: set(START, { Begindatum: '2026-02-04' }),
    path: START_PATH,
  },
  {
    rule: 'TR063',
    type: '307',
    history: (s) => [...started(s), stop(s)],
    pass: set(STOP, { StatusAanlevering: '3' }),
    fail: set(STOP, { Einddatum: '2026-02-26' }),
    path: STOP_PATH,
  },
  {
    rule: 'TR071',
    type: '305',
    history: started,
    pass: remove,
    fail: () => {},
    failHistory: (s) => [...started(s), stop(s)],
    path: START_PATH,
  },
  {
    rule: 'TR074',
    type: '305',
    history: (s) => [toewijzing(s)],
    fail: () => {},
    failHistory: started,
    path: START_PATH,
  },
  {
    rule: 'TR074',
    type: '307',
    history: started,
    fail: () => {},
    failHistory: (s) => [...started(s), stop(s)],
    path: STOP_PATH,
  },
  {
    rule: 'TR326',
    type: '305',
    about: 'a second start for the same toewijzing',
    history: (s) => [...started(s), stop(s)],
    pass: set(START, { Begindatum: '2026-03-01' }),
    fail: () => {},
    failHistory: started,
    path: START_PATH,
  },
  {
    rule: 'TR382',
    type: '307',
    history: started,
    fail: set(STOP, { Begindatum: '2026-02-04' }),
    path: STOP_PATH,
  },
  {
    rule: 'TR413',
    type: '307',
    history: (s) => [...started(s), stop(s, TEMPORARY)],
    pass: set(STOP, { RedenBeeindiging: '02', Einddatum: '2026-02-20' }),
    fail: set(STOP, { RedenBeeindiging: '20', Einddatum: '2026-02-25' }),
    path: STOP_PATH,
  },
  {
    rule: 'TR414',
    type: '307',
    history: (s) => [...started(s), stop(s, TEMPORARY)],
    pass: set(STOP, { Einddatum: '2026-02-25' }),
    fail: set(STOP, { Einddatum: '2026-02-19' }),
    path: STOP_PATH,
  },
  {
    rule: 'TR415',
    type: '307',
    history: (s) => [...started(s), stop(s, TEMPORARY)],
    pass: set(STOP, { Einddatum: '2026-02-25' }),
    fail: set(STOP, { Einddatum: '2026-02-25' }),
    failHistory: (s) => [...started(s), stop(s, { Einddatum: '2026-02-20' })],
    path: STOP_PATH,
  },
];

describeCrossCases('cross-message rules on starts and stops', cases, LEVERING_RULES);
