/**
 * Rule evaluation on a large declaration against its validate + parse time (CPU time, mean of 10 runs
 * after 5 warm-up runs, as in a gateway that has processed messages before), in its own process:
 * `node dist/bench/rules.js <file>` prints one JSON line. The state holds a toewijzing per client (the
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

/**
 * Runs before the measured ones. A gateway evaluates the same rules for every message it processes, so
 * what counts is their cost once V8 has compiled them; the first run (interpreted, then compiled while it
 * runs) is reported beside it. Validation is mostly WebAssembly and is warm from its second run on.
 */
const WARM_UP = 5;
/**
 * Measured runs, back to back: the figure is their mean CPU time, so each run pays for the garbage
 * collections its allocations bring, as a message does in a running gateway. No collection is forced
 * between runs: a forced full collection before every run also deoptimises the rules' compiled code
 * (`--trace-deopt` shows "weak objects" after each), so every run would start half cold, which is not
 * what a message meets in a gateway that collects when its heap asks.
 */
const RUNS = 10;

interface Timing {
  /** CPU time of the first run, before any warm-up. */
  firstMs: number;
  /** Mean CPU time of the measured runs after the warm-up. */
  meanMs: number;
  /** The fastest measured run. */
  bestMs: number;
}

async function measure(fn: () => unknown): Promise<Timing> {
  let firstMs = NaN;
  let bestMs = Infinity;
  let totalMs = 0;
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const started = process.cpuUsage();
    await fn();
    const ms = cpuMs(started);
    if (run === 0) firstMs = ms;
    if (run >= WARM_UP) {
      bestMs = Math.min(bestMs, ms);
      totalMs += ms;
    }
  }
  return { firstMs, meanMs: totalMs / RUNS, bestMs };
}

let bericht: Bericht | undefined;
const validate = await measure(() => {
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
const inMessage = await measure(async () => {
  // A fresh message object each run: what rules cache per message starts cold, as for a new message.
  inMessageFindings = (await evaluateRules({ ...bericht! }, context)).length;
});
let crossFindings = 0;
const cross = await measure(() => {
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
    validateMs: validate.meanMs,
    inMessageMs: inMessage.meanMs,
    crossMs: cross.meanMs,
    firstRun: { validateMs: validate.firstMs, inMessageMs: inMessage.firstMs, crossMs: cross.firstMs },
    bestRun: { validateMs: validate.bestMs, inMessageMs: inMessage.bestMs, crossMs: cross.bestMs },
    inMessageFindings,
    crossFindings,
  }),
);
