/**
 * The answer the standard prescribes to an inbound message (invulinstructie IV028, and IV087 for a
 * declaration): a retour whose Header copies Afzender, Ontvanger, BerichtIdentificatie and XsdVersie
 * of the original unchanged and adds its own identification; retourcodes on the Header when the
 * Header itself failed. A declaration (323) that fails is answered with a 325 carrying the codes.
 */
import { catalogueEntry, type CatalogueEntry } from '../catalogue.js';
import { loadDefinition } from '../definition/load.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { retourBody } from './retour-body.js';
import type { RetourcodesPerKlasse } from './retour-klassen.js';

export interface RetourInput {
  /** The inbound message being answered. */
  readonly original: Bericht;
  /** Our identification of the retour (at most 12 characters) and its date, `YYYY-MM-DD`. */
  readonly identificatie: string;
  readonly dagtekening: string;
  /** Retourcodes for the Header; empty when the Header passed. */
  readonly headerRetourcodes: readonly string[];
  /** Version of the in-message (XSLT-kind) rules applied, filled when they were used (IV028). */
  readonly xsltVersie?: string;
  /**
   * Retourcodes per berichtklasse (`retourcodesPerKlasse`). When it names classes besides the Header,
   * those classes are copied into the retour with their codes and the Header gets the codes it names.
   */
  readonly klassen?: RetourcodesPerKlasse;
}

/** The message code that answers `code` (JW305 → JW306, JW323 → JW325), or undefined when none is due. */
export function retourCodeFor(code: string): string | undefined {
  const entry = catalogueEntry(code);
  if (!entry || entry.richting !== 'aanbieder-naar-gemeente' || entry.isRetour) return undefined;
  return entry.answeredBy.find((answer) => catalogueEntry(answer)?.isRetour || entry.type === '323');
}

export function buildRetourbericht(input: RetourInput): Bericht | undefined {
  const code = retourCodeFor(input.original.code);
  const entry = code ? catalogueEntry(code) : undefined;
  if (!entry) return undefined;
  const header = input.original.bericht.Header as BerichtNode;
  const ours = xsdVersie(entry);
  const common = { BerichtCode: entry.berichtCode, BerichtVersie: 3, BerichtSubversie: 2 };
  const body =
    input.klassen && Object.keys(input.klassen).length > 1 ? retourBody(input.original, input.klassen) : {};
  const headerCodes = input.klassen?.Header ?? input.headerRetourcodes;
  const codes: BerichtNode = headerCodes.length ? { RetourCodes: { RetourCode: [...headerCodes] } } : {};
  const xslt: BerichtNode = input.xsltVersie ? { XsltVersie: input.xsltVersie } : {};
  const eigenIdentificatie = { Identificatie: input.identificatie, Dagtekening: input.dagtekening };

  const retourHeader: BerichtNode =
    entry.type === '325'
      ? {
          ...common,
          Afzender: header.Ontvanger!,
          Ontvanger: header.Afzender!,
          BerichtIdentificatie: eigenIdentificatie,
          XsdVersie: ours,
          DeclaratieIdentificatie: header.BerichtIdentificatie!,
          ...xslt,
          XsdVersieDeclaratie: header.XsdVersie!,
          RetourCodes: {
            RetourCode: headerCodes.length ? [...headerCodes] : ['0200'],
          },
        }
      : {
          ...common,
          Afzender: header.Afzender!,
          Ontvanger: header.Ontvanger!,
          BerichtIdentificatie: header.BerichtIdentificatie!,
          XsdVersie: header.XsdVersie!,
          IdentificatieRetour: input.identificatie,
          DagtekeningRetour: input.dagtekening,
          ...xslt,
          XsdVersieRetour: ours,
          ...codes,
        };
  return { standaard: entry.standaard, code: entry.code, bericht: { Header: retourHeader, ...body } };
}

/** The XSD versions of our schemas for a message, as a retour states them. */
function xsdVersie(entry: CatalogueEntry): BerichtNode {
  const definition = loadDefinition(entry.standaard);
  const message = definition.messages.get(entry.code)!;
  return { BasisschemaXsdVersie: message.basisschemaVersion, BerichtXsdVersie: message.version };
}
