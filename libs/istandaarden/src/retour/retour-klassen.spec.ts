import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finding, type Finding } from '../findings.js';
import { build } from '../mapping/build.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { addCopy, passingBericht, put } from '../rules/rule-fixtures.js';
import { validate } from '../validation/validate.js';
import { buildRetourbericht } from './retourbericht.js';
import { retourcodesPerKlasse } from './retour-klassen.js';

const at = (path: string, retourcode: string): Finding => ({
  ...finding('TR000', 'test', { path }),
  retourcode,
});

function retour(
  original: Bericht,
  findings: Finding[],
): { klassen: Record<string, readonly string[]>; body: BerichtNode } {
  const klassen = retourcodesPerKlasse(original, findings);
  const bericht = buildRetourbericht({
    original,
    identificatie: 'R1',
    dagtekening: '2026-05-01',
    headerRetourcodes: [],
    klassen,
  })!;
  const built = build(bericht);
  assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
  assert.deepEqual(
    validate(built.xml, { expectedCode: bericht.code }).findings,
    [],
    'the retour is schema-valid',
  );
  return { klassen, body: bericht.bericht };
}

function twoStarts(): Bericht {
  const b = passingBericht('305', 'ijw');
  addCopy(b.bericht, 'Client/StartProducten/StartProduct', (copy) => (copy.Begindatum = '2026-02-10'));
  return b;
}

describe('retourcodes per berichtklasse', () => {
  it('a message without findings is answered by the Header alone, without codes', () => {
    assert.deepEqual(retour(passingBericht('305', 'ijw'), []).klassen, {});
  });

  it('an in-message failure answers 0001 on the Header alone, whatever else was found', () => {
    const { klassen, body } = retour(twoStarts(), [
      at('/Bericht/Client/StartProducten/StartProduct[2]', '9063'),
      at('/Bericht/Client/Bsn', '0001'),
    ]);
    assert.deepEqual(klassen, { Header: ['0001'] });
    assert.equal(body.Client, undefined);
  });

  it('a Header failure answers on the Header alone', () => {
    const { klassen, body } = retour(twoStarts(), [at('/Bericht/Header/BerichtIdentificatie', '9056')]);
    assert.deepEqual(klassen, { Header: ['9056'] });
    assert.equal(body.Client, undefined);
  });

  it('a failing product: every class of the client copied, 0200 where clean, several codes on one class', () => {
    const { klassen, body } = retour(twoStarts(), [
      at('/Bericht/Client/StartProducten/StartProduct[2]', '9074'),
      at('/Bericht/Client/StartProducten/StartProduct[2]', '9326'),
    ]);
    assert.deepEqual(klassen, {
      Header: ['0200'],
      Client: ['0200'],
      'Client/StartProducten/StartProduct[1]': ['0200'],
      'Client/StartProducten/StartProduct[2]': ['9074', '9326'],
    });
    const client = body.Client as BerichtNode;
    const products = (client.StartProducten as BerichtNode).StartProduct as BerichtNode[];
    assert.deepEqual(products[1]!.RetourCodes, { RetourCode: ['9074', '9326'] });
    assert.equal(products[1]!.Begindatum, '2026-02-10');
    assert.deepEqual((body.Header as BerichtNode).RetourCodes, { RetourCode: ['0200'] });
  });

  it('a failing client: the classes below it are not assessed (0233)', () => {
    const { klassen } = retour(passingBericht('315', 'iwmo'), [at('/Bericht/Client', '9374')]);
    assert.deepEqual(klassen, {
      Header: ['0200'],
      Client: ['9374'],
      'Client/AangevraagdeProducten/AangevraagdProduct': ['0233'],
    });
  });

  it('a verzoek om wijziging: the Verzoek and each product class carry their codes', () => {
    const { klassen } = retour(passingBericht('317', 'ijw'), [
      at('/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct', '9350'),
    ]);
    assert.deepEqual(klassen, {
      Header: ['0200'],
      Client: ['0200'],
      'Client/Verzoek': ['0200'],
      'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct': ['9350'],
      'Client/Verzoek/NieuweProducten/NieuwProduct': ['0200'],
    });
  });

  it('a declaration: the 325 lists only the refused prestaties of their clients and grants the rest', () => {
    const original = passingBericht('323', 'ijw');
    addCopy(original.bericht, 'Declaratie/Clienten/Client/Prestaties/Prestatie', (copy) => {
      copy.ProductReferentie = { ReferentieNummer: 'RN2' };
    });
    addCopy(original.bericht, 'Declaratie/Clienten/Client');
    put(original.bericht, 'Declaratie/TotaalIngediendBedrag', { TotaalBedrag: 20000, DebetCredit: 'D' });
    const { klassen, body } = retour(original, [
      at('/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]', '9338'),
    ]);
    assert.deepEqual(klassen, {
      Header: ['0200'],
      Declaratie: ['0200'],
      'Declaratie/Clienten/Client[2]': ['0200'],
      'Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]': ['9338'],
    });
    const antwoord = body.DeclaratieAntwoord as BerichtNode;
    assert.deepEqual(antwoord.TotaalToegekendBedrag, { TotaalBedrag: 15000, DebetCredit: 'D' });
    // TR337, TR371, TR376 hold by construction: the 325 repeats what identifies the declaration.
    const [header, heen] = [body.Header as BerichtNode, original.bericht.Header as BerichtNode];
    assert.deepEqual(header.DeclaratieIdentificatie, heen.BerichtIdentificatie);
    assert.deepEqual(header.XsdVersieDeclaratie, heen.XsdVersie);
    assert.equal(antwoord.DeclaratieNummer, (original.bericht.Declaratie as BerichtNode).DeclaratieNummer);
    const clients = (antwoord.Clienten as BerichtNode).Client as BerichtNode[];
    assert.equal(clients.length, 1);
    assert.equal(((clients[0]!.Prestaties as BerichtNode).Prestatie as BerichtNode[]).length, 1);
  });

  it('a failing declaration: DeclaratieAntwoord carries the code, nothing is granted, no clients listed', () => {
    const { klassen, body } = retour(passingBericht('323', 'iwmo'), [at('/Bericht/Declaratie', '9333')]);
    assert.deepEqual(klassen, { Header: ['0200'], Declaratie: ['9333'] });
    const antwoord = body.DeclaratieAntwoord as BerichtNode;
    assert.deepEqual(antwoord.TotaalToegekendBedrag, { TotaalBedrag: 0, DebetCredit: 'D' });
    assert.equal(antwoord.Clienten, undefined);
  });
});
