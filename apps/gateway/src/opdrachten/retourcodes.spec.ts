import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { klasseOordeel, klasseOordelen, retourcodesPerKlasse, retourStatus } from './retourcodes.js';

describe('retourcodes per class', () => {
  const sut = {
    Header: { BerichtCode: '437', RetourCodes: { RetourCode: ['0200'] } },
    Client: {
      Bsn: '999990019',
      RetourCodes: { RetourCode: ['0200'] },
      ToegewezenProducten: {
        ToegewezenProduct: [
          { ToewijzingNummer: 1, RetourCodes: { RetourCode: ['0200'] } },
          { ToewijzingNummer: 2, RetourCodes: { RetourCode: ['8001', '0233'] } },
        ],
      },
    },
  };

  it('collects the codes of every class by path, repeatable classes numbered from 1', () => {
    assert.deepEqual(retourcodesPerKlasse(sut), {
      Header: ['0200'],
      Client: ['0200'],
      'Client/ToegewezenProducten/ToegewezenProduct[1]': ['0200'],
      'Client/ToegewezenProducten/ToegewezenProduct[2]': ['8001', '0233'],
    });
  });

  it('judges each class and the message: 0200 accepted, 0233 alone not assessed, anything else rejected', () => {
    assert.equal(klasseOordeel(['0200']), 'accepted');
    assert.equal(klasseOordeel(['0233']), 'not-assessed');
    assert.equal(klasseOordeel(['0200', '9019']), 'rejected');
    assert.deepEqual(klasseOordelen({ Header: ['0001'], Client: ['0233'] }), {
      Header: 'rejected',
      Client: 'not-assessed',
    });
    assert.equal(retourStatus(retourcodesPerKlasse(sut)), 'rejected');
    assert.equal(retourStatus({}), 'accepted', 'a retour without retourcodes says: no errors');
    assert.equal(retourStatus({ Client: ['0233'], Header: ['0200'] }), 'accepted');
  });
});
