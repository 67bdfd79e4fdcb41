/**
 * Rule evaluation on a large declaration against its validate + parse time (CPU time, best of 5), in its own process:
 * `node --expose-gc dist/bench/rules.js <file>` prints one JSON line. The state holds a toewijzing per client (the
 * 301s the prestaties refer to), as a batch would have loaded it, so every cross-message rule does its
 * real work; the in-message and Header rules run as in processing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  evaluateCrossMessageRules,
  NO_STATE,
  OwnerState,
  parseGemeentecodes,
  parseProductcodes,
  ReferenceData,
  stateRecords,
  type ToewijzingRecord,
} from '../libs/domain/src/index.js';
import { evaluateRules, validateAndParse, type Bericht } from '../libs/istandaarden/src/index.js';

const xml = readFileSync(process.argv[2]!);
const referenceDir = fileURLToPath(new URL('../../reference-data/', import.meta.url));
const reference = new ReferenceData(
  parseGemeentecodes(readFileSync(`${referenceDir}gemeentecodes.csv`, 'utf8')),
  parseProductcodes(readFileSync(`${referenceDir}productcodes.csv`, 'utf8')),
);

/**
 * CPU time (user + system) since `started`, in ms: the machine is shared, and CPU time is what a run
 * costs whatever else runs beside it.
 */
function cpuMs(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** Collects the previous run's garbage first (with --expose-gc), so no run pays for another's. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function best(runs: number, fn: () => unknown): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    collect();
    const started = process.cpuUsage();
    fn();
    fastest = Math.min(fastest, cpuMs(started));
  }
  return fastest;
}

async function bestAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    collect();
    const started = process.cpuUsage();
    await fn();
    fastest = Math.min(fastest, cpuMs(started));
  }
  return fastest;
}

let bericht: Bericht | undefined;
const validateMs = best(5, () => {
  bericht = validateAndParse(xml).bericht;
});
if (!bericht) throw new Error('the declaration does not validate');
const declared = stateRecords(bericht).prestaties;
const toewijzingen: ToewijzingRecord[] = declared.map((p) => ({
  toewijzingNummer: p.toewijzingNummer,
  bsn: p.bsn,
  referentieAanbieder: null,
  productCategorie: p.productCategorie,
  productCode: p.productCode,
  ingangsdatum: '2026-01-01',
  einddatum: null,
  redenWijziging: null,
  volume: null,
  eenheid: '04',
  frequentie: null,
  budget: null,
}));
const context = {
  today: '2026-05-07',
  gemeenten: new Set(['0363']),
  isGemeentecode: (code: string, datum: string) => reference.isGemeente(code, datum),
  state: { berichtIdentificatieBestaat: async () => false },
};
let inMessageFindings = 0;
const inMessageMs = await bestAsync(5, async () => {
  // A fresh message object each run: what rules cache per message starts cold, as for a new message.
  inMessageFindings = (await evaluateRules({ ...bericht! }, context)).length;
});
let crossFindings = 0;
const crossMs = best(5, () => {
  // A fresh view and message object each run: the rules' caches start cold, as for a new message.
  const state = new OwnerState();
  state.add({ ...NO_STATE, toewijzingen });
  crossFindings = evaluateCrossMessageRules(
    { ...bericht! },
    { today: context.today, state, reference },
  ).length;
});
console.log(
  JSON.stringify({
    megabytes: xml.length / 1e6,
    prestaties: declared.length,
    validateMs,
    inMessageMs,
    crossMs,
    inMessageFindings,
    crossFindings,
  }),
);
