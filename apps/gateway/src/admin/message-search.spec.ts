import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterQuery, isStartPage, parseFilter } from './message-search.js';

describe('message list filters', () => {
  it('reads valid filters and keeps the page', () => {
    const { filter, errors } = parseFilter(
      {
        status: 'rejected',
        code: 'JW323',
        bsn: '999990019',
        regel: 'tr301',
        van: '2026-11-01',
        tot: '2026-11-24',
        pagina: '3',
      },
      { bsnAllowed: true },
    );
    assert.deepEqual(errors, {});
    assert.equal(filter.regel, 'TR301');
    assert.equal(filter.pagina, 3);
    assert.equal(isStartPage(filter), false);
    assert.equal(
      filterQuery(filter, 4),
      'status=rejected&code=JW323&van=2026-11-01&tot=2026-11-24&regel=TR301&pagina=4',
      'never the BSN',
    );
  });

  it('names each wrong field in Dutch', () => {
    const { errors } = parseFilter(
      {
        status: 'kapot',
        bsn: '12345',
        aanbieder: 'abc',
        van: '2026-02-31',
        tot: '2026-01-01',
        pagina: '0',
        code: "JW323'; DROP TABLE message",
      },
      { bsnAllowed: true },
    );
    assert.deepEqual(Object.keys(errors).sort(), ['aanbieder', 'bsn', 'code', 'pagina', 'status', 'van']);
    assert.match(errors.bsn!, /9 cijfers/);
  });

  it('keeps the BSN out of URLs: a query string with a BSN is refused', () => {
    assert.match(parseFilter({ bsn: '999990019' }).errors.bsn!, /BSN-formulier/);
  });

  it('treats an empty query as the start page (rejected first)', () => {
    assert.equal(isStartPage(parseFilter({}).filter), true);
    assert.equal(isStartPage(parseFilter({ pagina: '2' }).filter), true);
    assert.equal(isStartPage(parseFilter({ richting: 'alle' }).filter), false);
  });
});
