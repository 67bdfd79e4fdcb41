/** A schema-valid JW305 (start zorg) for gemeente 0363 with a chosen identification (and Afzender), for ingress tests. */
import assert from 'node:assert/strict';
import { build } from '../../libs/istandaarden/src/index.js';
import { sampleModel } from './sample-model.js';

export function startZorgXml(identificatie: string, options: { afzender?: string } = {}): string {
  const model = sampleModel('JW305');
  const header = model.Header as Record<string, unknown>;
  if (options.afzender) header.Afzender = options.afzender;
  header.Ontvanger = '0363';
  header.BerichtIdentificatie = { Identificatie: identificatie, Dagtekening: '2026-03-05' };
  const built = build({ code: 'JW305', bericht: model });
  assert.ok(built.ok);
  return built.xml;
}
