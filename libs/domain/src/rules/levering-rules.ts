/** Cross-message rules on starts (305) and stops (307): keys, removals, sequencing and the toewijzing. */
import type { LeveringRecord } from '../state-records.js';
import { failure, type CrossMessageRule } from './cross-message-rule.js';
import { isVerwijderd } from './toewijzingen.js';
import { leveringProducts, startKey, stopKey, VERWIJDEREN, type LeveringProduct } from './leveringen.js';

const TIJDELIJK = '20';

function perProduct(
  rule: CrossMessageRule,
  applies: (product: LeveringProduct) => boolean,
  fails: (product: LeveringProduct, context: Parameters<CrossMessageRule['check']>[1]) => string | undefined,
): CrossMessageRule['check'] {
  return (bericht, context) =>
    leveringProducts(bericht, context.state).flatMap((product) => {
      if (!applies(product)) return [];
      const message = fails(product, context);
      return message ? [failure(rule, product.path, message)] : [];
    });
}

const isRemoval = (p: LeveringProduct) => p.record.statusAanlevering === VERWIJDEREN;
const isDelivery = (p: LeveringProduct) => !isRemoval(p);
const starts = (p: LeveringProduct) => p.standing.filter((l) => l.soort === 'start');
const stopsOfStart = (p: LeveringProduct, key = startKey(p.record)) =>
  p.standing.filter((l) => l.soort === 'stop' && startKey(l) === key);

export const TR019: CrossMessageRule = {
  id: 'TR019',
  retourcode: '9019',
  level: 'berichtoverstijgend',
  appliesTo: ['305', '307'],
  klasse: 'StartProduct, StopProduct',
  explanation:
    'For effort- or output-based work a start or stop refers to a toewijzing by its ToewijzingNummer.',
  check: (bericht, context) =>
    perProduct(
      TR019,
      (p) => isDelivery(p) && p.record.toewijzingNummer !== null,
      (p, { state }) => {
        const toewijzing = state.toewijzing(p.record.toewijzingNummer!);
        if (toewijzing?.bsn !== p.record.bsn)
          return `no toewijzing ${p.record.toewijzingNummer} was sent for this client`;
        return isVerwijderd(toewijzing) ? `toewijzing ${p.record.toewijzingNummer} was withdrawn` : undefined;
      },
    )(bericht, context),
};

export const TR063: CrossMessageRule = {
  id: 'TR063',
  retourcode: '9063',
  level: 'berichtoverstijgend',
  appliesTo: ['305', '307'],
  klasse: 'StartProduct, StopProduct',
  explanation: 'A removal (StatusAanlevering 3) follows an earlier delivery with the same key.',
  check: (bericht, context) =>
    perProduct(TR063, isRemoval, (p) => {
      const key = p.record.soort === 'start' ? startKey : stopKey;
      return p.standing.some((l) => l.soort === p.record.soort && key(l) === key(p.record))
        ? undefined
        : `no earlier ${p.record.soort} with this key to remove`;
    })(bericht, context),
};

export const TR071: CrossMessageRule = {
  id: 'TR071',
  retourcode: '9071',
  level: 'berichtoverstijgend',
  appliesTo: ['305'],
  klasse: 'StartProduct',
  explanation: 'A start can no longer be removed once a stop was sent for it.',
  check: (bericht, context) =>
    perProduct(TR071, isRemoval, (p) =>
      stopsOfStart(p).length ? 'this start already has a stop and cannot be removed' : undefined,
    )(bericht, context),
};

export const TR074: CrossMessageRule = {
  id: 'TR074',
  retourcode: '9074',
  level: 'berichtoverstijgend',
  appliesTo: ['305', '307'],
  klasse: 'StartProduct, StopProduct',
  explanation: 'A first delivery (StatusAanlevering 1) has a key not used in any earlier message.',
  check: (bericht, context) =>
    perProduct(
      TR074,
      (p) => p.record.statusAanlevering === '1',
      (p) => {
        const key = p.record.soort === 'start' ? startKey : stopKey;
        return p.standing.some((l) => l.soort === p.record.soort && key(l) === key(p.record))
          ? `a ${p.record.soort} with this key was delivered before`
          : undefined;
      },
    )(bericht, context),
};

/** Whether two starts concern the same toegewezen product (the same toewijzing, or task-based the same product). */
function sameProduct(a: LeveringRecord, b: LeveringRecord): boolean {
  return a.toewijzingNummer !== null
    ? a.toewijzingNummer === b.toewijzingNummer
    : b.toewijzingNummer === null &&
        a.productCategorie === b.productCategorie &&
        a.productCode === b.productCode;
}

export const TR326: CrossMessageRule = {
  id: 'TR326',
  retourcode: '9326',
  level: 'berichtoverstijgend',
  appliesTo: ['305'],
  klasse: 'StartProduct',
  explanation: 'A new start for a toegewezen product waits until the current start has been stopped.',
  check: (bericht, context) =>
    perProduct(TR326, isDelivery, (p) => {
      const open = starts(p).find(
        (s) =>
          sameProduct(p.record, s) &&
          startKey(s) !== startKey(p.record) &&
          stopsOfStart(p, startKey(s)).length === 0,
      );
      return open ? `the start of ${open.begindatum} for this product has not been stopped` : undefined;
    })(bericht, context),
};

export const TR382: CrossMessageRule = {
  id: 'TR382',
  retourcode: '9069',
  level: 'berichtoverstijgend',
  appliesTo: ['307'],
  klasse: 'StopProduct',
  explanation: 'A stop repeats unchanged the key elements of the start it ends.',
  check: (bericht, context) =>
    perProduct(TR382, isDelivery, (p) => {
      const start = starts(p).find((s) => startKey(s) === startKey(p.record));
      if (!start) return 'no current start with this ToewijzingNummer (or product) and Begindatum';
      const same =
        start.productCategorie === p.record.productCategorie &&
        start.productCode === p.record.productCode &&
        start.toewijzingIngangsdatum === p.record.toewijzingIngangsdatum;
      return same ? undefined : 'product or ToewijzingIngangsdatum differ from the start';
    })(bericht, context),
};

const isNewOrChanged = (p: LeveringProduct) =>
  p.record.statusAanlevering === '1' || p.record.statusAanlevering === '2';

/** The other stops of the same start: a stop repeated with the same key is TR074's finding, not a further stop. */
const otherStops = (p: LeveringProduct) => stopsOfStart(p).filter((s) => stopKey(s) !== stopKey(p.record));

export const TR413: CrossMessageRule = {
  id: 'TR413',
  retourcode: '9413',
  level: 'berichtoverstijgend',
  appliesTo: ['307'],
  klasse: 'StopProduct',
  explanation:
    'After a temporary stop (RedenBeeindiging 20) of a start, the next stop of that start is a final one.',
  check: (bericht, context) =>
    perProduct(TR413, isNewOrChanged, (p) =>
      p.record.redenBeeindiging === TIJDELIJK && otherStops(p).some((s) => s.redenBeeindiging === TIJDELIJK)
        ? 'this start already has a temporary stop; the next stop is final'
        : undefined,
    )(bericht, context),
};

export const TR414: CrossMessageRule = {
  id: 'TR414',
  retourcode: '9414',
  level: 'berichtoverstijgend',
  appliesTo: ['307'],
  klasse: 'StopProduct',
  explanation: 'A later stop for the same start does not end before the current stop.',
  check: (bericht, context) =>
    perProduct(TR414, isDelivery, (p) => {
      const latest = stopsOfStart(p).at(-1);
      return latest?.einddatum && p.record.einddatum! < latest.einddatum
        ? `Einddatum lies before ${latest.einddatum}, the end of the current stop`
        : undefined;
    })(bericht, context),
};

export const TR415: CrossMessageRule = {
  id: 'TR415',
  retourcode: '9415',
  level: 'berichtoverstijgend',
  appliesTo: ['307'],
  klasse: 'StopProduct',
  explanation: 'Once a start has a final stop (any reason but 20), no further stop is sent for it.',
  check: (bericht, context) =>
    perProduct(TR415, isNewOrChanged, (p) =>
      otherStops(p).some((s) => s.redenBeeindiging !== TIJDELIJK)
        ? 'this start already has a final stop'
        : undefined,
    )(bericht, context),
};

export const LEVERING_RULES: readonly CrossMessageRule[] = [
  TR019,
  TR063,
  TR071,
  TR074,
  TR326,
  TR382,
  TR413,
  TR414,
  TR415,
];
