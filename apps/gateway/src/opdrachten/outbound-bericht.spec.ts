import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build, catalogueEntry, validate } from '../../../../libs/istandaarden/src/index.js';
import { parseSoapRequest } from '../../../../libs/stuf-ggk/src/index.js';
import { headerXsdVersie, outboundBericht, outboundDi01 } from './outbound-bericht.js';

describe('the message a command becomes', () => {
  const feiten = { gemeente: '0363', aanbieder: '12345678', identificatie: 'G42', dagtekening: '2026-11-24' };

  it('writes the Header of a 319 from our facts and schema versions', () => {
    const sut = outboundBericht(
      catalogueEntry('JW319')!,
      { Antwoord: { ReferentieAanbieder: 'R1', VerzoekAntwoord: '2' } },
      feiten,
    );
    const built = build(sut);
    assert.ok(built.ok);
    assert.deepEqual(validate(built.xml, { expectedCode: 'JW319' }).findings, []);
    const header = sut.bericht.Header as Record<string, unknown>;
    assert.deepEqual(header.BerichtIdentificatie, { Identificatie: 'G42', Dagtekening: '2026-11-24' });
    assert.equal(header.Afzender, '0363');
    assert.equal(header.Ontvanger, '12345678');
  });

  it('refers a 325 to the declaration it answers, with 0200 when no retourcodes are given', () => {
    const sut = outboundBericht(
      catalogueEntry('WMO325')!,
      {
        DeclaratieAntwoord: {
          DeclaratieNummer: 'D1',
          TotaalIngediendBedrag: { TotaalBedrag: 100, DebetCredit: 'D' },
          TotaalToegekendBedrag: { TotaalBedrag: 100, DebetCredit: 'D' },
          RetourCodes: { RetourCode: ['0200'] },
        },
      },
      {
        ...feiten,
        declaratie: {
          identificatie: 'D77',
          dagtekening: '2026-11-02',
          xsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
        },
      },
    );
    const built = build(sut);
    assert.ok(built.ok);
    assert.deepEqual(validate(built.xml, { expectedCode: 'WMO325' }).findings, []);
    const header = sut.bericht.Header as Record<string, unknown>;
    assert.deepEqual(header.DeclaratieIdentificatie, { Identificatie: 'D77', Dagtekening: '2026-11-02' });
    assert.deepEqual(header.RetourCodes, { RetourCode: ['0200'] });
  });

  it('reads the XsdVersie from the head of a stored message, prefixed or not', () => {
    assert.deepEqual(
      headerXsdVersie(
        '<Bericht><Header><XsdVersie><ns2:BasisschemaXsdVersie>1.2.0</ns2:BasisschemaXsdVersie><ns2:BerichtXsdVersie> 1.0.1 </ns2:BerichtXsdVersie>',
      ),
      { BasisschemaXsdVersie: '1.2.0', BerichtXsdVersie: '1.0.1' },
    );
    assert.equal(headerXsdVersie('<Bericht><Header>'), undefined);
  });

  it('wraps it in a Di01 from the gemeente to the aanbieder, functie the message code', () => {
    const envelope = outboundDi01('JW301', '0363', '12345678', Buffer.from('<Bericht/>'));
    const parsed = parseSoapRequest(Buffer.from(envelope), { contentType: 'text/xml; charset=utf-8' });
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.findings));
    assert.equal(parsed.request.operation, 'ggk_Di01');
    if (parsed.request.operation !== 'ggk_Di01') return;
    assert.equal(parsed.request.envelope.stuurgegevens.functie, 'JW301');
    assert.equal(parsed.request.envelope.stuurgegevens.zender.organisatie, '0363');
    assert.equal(parsed.request.envelope.stuurgegevens.ontvanger.organisatie, '12345678');
    assert.equal(Buffer.from(parsed.request.envelope.parameters.bericht.bytes).toString(), '<Bericht/>');
  });
});
