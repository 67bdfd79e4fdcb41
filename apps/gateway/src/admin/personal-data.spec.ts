import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bsnsIn } from './bsn-index.js';
import { MASK, maskFindingMessage, maskPersonalData } from './personal-data.js';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<jw:Bericht xmlns:jw="urn:x">
  <jw:Client>
    <jw:Bsn>999990019</jw:Bsn>
    <jw:Geboortedatum>
      <jw:Datum>2012-05-14</jw:Datum>
    </jw:Geboortedatum>
    <jw:Naam><jw:Geslachtsnaam><jw:Achternaam>Jansen</jw:Achternaam></jw:Geslachtsnaam></jw:Naam>
    <jw:Adres><jw:Postcode>1234AB</jw:Postcode><jw:RetourCodes><jw:RetourCode>8001</jw:RetourCode></jw:RetourCodes></jw:Adres>
    <jw:Emailadres/>
    <jw:ProductCode>45A01</jw:ProductCode>
  </jw:Client>
</jw:Bericht>`;

describe('personal data in the console', () => {
  it('masks BSN, birth date, name and address text, keeps line count, codes and retourcodes', () => {
    const masked = maskPersonalData(XML);
    for (const secret of ['999990019', '2012-05-14', 'Jansen', '1234AB'])
      assert.ok(!masked.includes(secret), secret);
    assert.equal(masked.split('\n').length, XML.split('\n').length);
    assert.match(masked, /<jw:Bsn>••••<\/jw:Bsn>/);
    assert.match(masked, /<jw:RetourCode>8001<\/jw:RetourCode>/);
    assert.match(masked, /<jw:ProductCode>45A01<\/jw:ProductCode>/);
    assert.ok(masked.includes(MASK));
  });

  it('masks quoted values of findings about personal elements and any nine-digit number', () => {
    assert.equal(
      maskFindingMessage(`value '12345' is not accepted`, '/Bericht/Client/Bsn'),
      `value '${MASK}' is not accepted`,
    );
    assert.equal(maskFindingMessage('BSN 999990019 fails', '/Bericht/Client'), `BSN ${MASK} fails`);
    assert.equal(maskFindingMessage(`value 'X' bad`, '/Bericht/Client/ProductCode'), `value 'X' bad`);
  });

  it('finds each distinct BSN of a message, with or without a prefix', () => {
    assert.deepEqual(bsnsIn(`${XML}<Bsn>123456782</Bsn><x:Bsn> 999990019 </x:Bsn>`), [
      '999990019',
      '123456782',
    ]);
  });

  it('finds every BSN of a large body, one that straddles two search windows included', () => {
    const bsns = Array.from({ length: 40_000 }, (_, n) => String(100_000_000 + n));
    const body = Buffer.from(
      `<Bericht>${bsns.map((bsn) => `<Client><x:Bsn>${bsn}</x:Bsn><Naam>Çelik</Naam></Client>`).join('')}</Bericht>`,
    );
    assert.ok(body.length > 2 * 1024 * 1024);
    assert.deepEqual(bsnsIn(body).sort(), bsns);
  });
});
