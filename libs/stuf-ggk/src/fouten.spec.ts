import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faultHttpStatus, fo03ForFindings, replyStuurgegevens, stuf055 } from './fouten.js';
import { finding } from './findings.js';
import { envelopeFor, formatTijdstip, isUuidV4, newReferentienummer } from './stuurgegevens-values.js';
import { aDi01 } from './testing/fixtures.js';

describe('answers and fouten', () => {
  const ids = {
    referentienummer: 'r-1',
    tijdstipBericht: '20260315103002',
    fallback: { applicatie: 'Gateway' },
  };

  it('replyStuurgegevens swaps zender and ontvanger and sets crossRefnummer to the referentienummer answered', () => {
    const received = { ...aDi01().stuurgegevens, berichtcode: 'Di01' as const };
    assert.deepEqual(replyStuurgegevens(received, ids), {
      zender: received.ontvanger,
      ontvanger: received.zender,
      referentienummer: 'r-1',
      tijdstipBericht: '20260315103002',
      crossRefnummer: received.referentienummer,
    });
  });

  it('replyStuurgegevens falls back where a refused envelope lacks or breaks a value', () => {
    const reply = replyStuurgegevens({ zender: { applicatie: 'ab' }, referentienummer: 'x'.repeat(41) }, ids);
    assert.deepEqual(reply.zender, { applicatie: 'Gateway' });
    assert.deepEqual(reply.ontvanger, { applicatie: 'Gateway' });
    assert.equal(reply.crossRefnummer, '');
  });

  it('stuf055 follows the GGk specification: details <functie>-<versie><subversie>, the first finding in omschrijving', () => {
    const fout = stuf055({
      functie: 'JW315',
      applicatieVersie: '0002',
      applicatieSubversie: '0010',
      findings: [finding('XSD', "Element 'Bsn': not expected", { line: 12, path: '/Bericht/Client/Bsn' })],
      originalXml: '<x/>',
    });
    assert.deepEqual(fout, {
      code: 'StUF055',
      plek: 'client',
      omschrijving:
        "Berichtbody is niet conform schema in sectormodel: Element 'Bsn': not expected (regel 12, /Bericht/Client/Bsn)",
      details: 'JW315-00020010',
      detailsXml: '<x/>',
    });
    const long = stuf055({
      functie: 'JW315',
      applicatieVersie: '0002',
      applicatieSubversie: '0010',
      findings: [finding('XSD', 'x'.repeat(300))],
    });
    assert.equal([...long.omschrijving].length, 200);
  });

  it('fo03ForFindings: StUF022 for an unknown operation, StUF055 for an envelope off its schema', () => {
    assert.equal(fo03ForFindings([finding('OPERATION', 'no such operation')]).code, 'StUF022');
    const fout = fo03ForFindings([
      finding('STUF', 'functie is missing in stuurgegevens', { line: 3, column: 5, path: '/a' }),
    ]);
    assert.equal(fout.code, 'StUF055');
    assert.equal(fout.details, 'STUF 3:5 /a functie is missing in stuurgegevens');
  });

  it('faultHttpStatus: 500 in SOAP 1.1, 400/500 by plek in SOAP 1.2', () => {
    assert.equal(faultHttpStatus('1.1', 'client'), 500);
    assert.equal(faultHttpStatus('1.2', 'client'), 400);
    assert.equal(faultHttpStatus('1.2', 'server'), 500);
  });
});

describe('stuurgegevens values', () => {
  it('envelopeFor: retour messages travel in a Du01, the others in a Di01', () => {
    assert.equal(envelopeFor('JW301'), 'Di01');
    assert.equal(envelopeFor('WMO319'), 'Di01');
    for (const code of ['JW306', 'JW308', 'WMO316', 'JW318', 'WMO325', 'JW302', 'JW320'])
      assert.equal(envelopeFor(code), 'Du01', code);
    assert.equal(envelopeFor('JW999'), undefined);
    assert.equal(envelopeFor('WMO301-0204'), undefined);
  });

  it('formatTijdstip writes Dutch local time with milliseconds, and newReferentienummer a UUID v4', () => {
    assert.equal(formatTijdstip(new Date('2026-01-15T09:05:03.007Z')), '20260115100503007');
    assert.equal(formatTijdstip(new Date('2026-07-15T22:30:00.000Z')), '20260716003000000');
    assert.ok(isUuidV4(newReferentienummer()));
    assert.ok(
      !isUuidV4('9c0f7b90-5c69-11e5-a837-0800200c9a66'),
      'the official example uses a version 1 UUID',
    );
  });

  it('formatTijdstip gives each moment its own time, within one second and across zones and seconds', () => {
    // The formatted second is kept per time zone: moments in the same second differ only in their milliseconds.
    assert.equal(formatTijdstip(new Date('2026-03-29T00:59:59.998Z')), '20260329015959998');
    assert.equal(formatTijdstip(new Date('2026-03-29T00:59:59.999Z'), 'UTC'), '20260329005959999');
    assert.equal(formatTijdstip(new Date('2026-03-29T00:59:59.001Z')), '20260329015959001');
    // The next second is the switch to summer time: 02:00 CET becomes 03:00 CEST.
    assert.equal(formatTijdstip(new Date('2026-03-29T01:00:00.000Z')), '20260329030000000');
    assert.equal(formatTijdstip(new Date('1969-12-31T23:59:59.250Z'), 'UTC'), '19691231235959250');
  });
});
