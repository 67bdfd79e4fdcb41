/**
 * Test support: the history cross-message rules compare a message with, recorded the way the gateway
 * records it — a message row (an outbound 301 or 319 as the back office's decisions are stored, an
 * inbound message as accepted) and its state records through `StateRepository.record` — and, for the
 * official examples, the toewijzingen and starts they refer to.
 */
import { createHash, randomUUID } from 'node:crypto';
import { stateRecords } from '../../libs/domain/src/index.js';
import { build, catalogueEntry, type Bericht, type BerichtNode } from '../../libs/istandaarden/src/index.js';
import { createDataSource, valuesList } from '../../libs/persistence/src/index.js';
import { StateRepository } from '../../apps/gateway/src/berichten/state.repository.js';
import { sampleModel } from './sample-model.js';

let sequence = 0;

/** Stores `berichten` as processed messages with their state, oldest first, in one transaction. */
export async function recordHistory(databaseUrl: string, berichten: readonly Bericht[]): Promise<void> {
  if (!berichten.length) return;
  const dataSource = createDataSource({ url: databaseUrl, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.transaction(async (manager) => {
      const rows = berichten.map((bericht) => messageRow(bericht));
      const { sql, parameters } = valuesList(
        [
          'uuid',
          'text',
          'bytea',
          'bytea',
          'int',
          'text',
          'text',
          'text',
          'text',
          'text',
          'text',
          'text',
          'text',
          'text',
          'text',
        ],
        rows.map((r) => [
          ...[r.id, r.direction, r.sha256, r.body, r.body.length, r.standaard, r.code, r.berichtcode],
          ...[r.afzender, r.ontvanger, r.identificatie, r.dagtekening, r.gemeente, r.aanbieder, r.status],
        ]),
      );
      await manager.query(
        `INSERT INTO message (id, direction, sha256, body, size, standaard, code, berichtcode, afzender, ontvanger,
           identificatie, dagtekening, gemeente, aanbieder, status, channel) SELECT *, 'gateway' FROM (${sql}) AS m`,
        parameters,
      );
      await new StateRepository().record(
        manager,
        rows.map((row, index) => ({
          messageId: row.id,
          standaard: row.standaard,
          gemeente: row.gemeente,
          aanbieder: row.aanbieder,
          records: stateRecords(berichten[index]!),
        })),
      );
    });
  } finally {
    await dataSource.destroy();
  }
}

function messageRow(bericht: Bericht) {
  const built = build(bericht);
  if (!built.ok) throw new Error(`history message does not build: ${JSON.stringify(built.findings)}`);
  const body = Buffer.from(built.xml);
  const entry = catalogueEntry(bericht.code)!;
  const header = bericht.bericht.Header as Record<string, unknown>;
  const id = header.BerichtIdentificatie as { Identificatie: string; Dagtekening: string };
  const outbound = entry.richting !== 'aanbieder-naar-gemeente';
  const [afzender, ontvanger] = [String(header.Afzender), String(header.Ontvanger)];
  return {
    id: randomUUID(),
    direction: outbound ? 'out' : 'in',
    sha256: createHash('sha256').update(body).update(randomUUID()).digest(),
    body,
    standaard: bericht.standaard,
    code: bericht.code,
    berichtcode: entry.berichtCode,
    afzender,
    ontvanger,
    identificatie: id.Identificatie,
    dagtekening: id.Dagtekening,
    gemeente: outbound ? afzender : ontvanger,
    aanbieder: outbound ? ontvanger : afzender,
    status: outbound ? 'queued' : 'accepted',
  };
}

type Node = Record<string, unknown>;

/** A message of `type` between the parties of `example`, from the sample model, with `body` for its Client or body. */
export function historyMessage(example: Bericht, type: string, body: Node): Bericht {
  const prefix = example.standaard === 'ijw' ? 'JW' : 'WMO';
  const code = `${prefix}${type}`;
  const model = sampleModel(code);
  const header = model.Header as Node;
  const exampleHeader = example.bericht.Header as Node;
  const gemeenteFirst = /^\d{4}$/.test(String(exampleHeader.Afzender));
  const [gemeente, aanbieder] = gemeenteFirst
    ? [exampleHeader.Afzender, exampleHeader.Ontvanger]
    : [exampleHeader.Ontvanger, exampleHeader.Afzender];
  const outbound = catalogueEntry(code)!.richting !== 'aanbieder-naar-gemeente';
  header.Afzender = outbound ? gemeente : aanbieder;
  header.Ontvanger = outbound ? aanbieder : gemeente;
  header.BerichtIdentificatie = { Identificatie: `HIST${++sequence}`, Dagtekening: '2020-01-01' };
  const client = model.Client as Node | undefined;
  return {
    standaard: example.standaard,
    code,
    bericht: {
      ...model,
      Header: header,
      ...(client && body.Client ? { Client: { ...client, ...(body.Client as Node) } } : body),
    } as BerichtNode,
  };
}

/** A 301 assigning `products` to the client `bsn` (each: number, product, start, optional end). */
export function toewijzingFor(
  example: Bericht,
  bsn: string,
  products: ReadonlyArray<{ nummer: number; product?: Node; ingangsdatum: string; einddatum?: string }>,
): Bericht {
  return historyMessage(example, '301', {
    Client: {
      Bsn: bsn,
      ToegewezenProducten: {
        ToegewezenProduct: products.map((p) => ({
          ToewijzingNummer: p.nummer,
          ...(p.product ? { Product: p.product } : {}),
          Toewijzingsdatum: p.ingangsdatum,
          Toewijzingstijd: '09:00:00',
          Ingangsdatum: p.ingangsdatum,
          ...(p.einddatum ? { Einddatum: p.einddatum } : {}),
        })),
      },
    },
  });
}

/**
 * What an official example refers to, so that it can be accepted: the toewijzingen of its starts, stops,
 * requests to change and prestaties, and the starts its stops end. The toewijzingen of starts and stops
 * ended before today, those of a verzoek om wijziging and of prestaties are current.
 */
export function historyForExample(example: Bericht): Bericht[] {
  const type = catalogueEntry(example.code)?.type;
  const root = example.bericht as Node;
  const client = root.Client as Node | undefined;
  switch (type) {
    case '305':
    case '307': {
      const group = (client!.StartProducten ?? client!.StopProducten) as Node;
      const products = (group.StartProduct ?? group.StopProduct) as Node[];
      const bsn = String(client!.Bsn);
      const assigned = toewijzingFor(
        example,
        bsn,
        products
          .filter((p) => p.ToewijzingNummer !== undefined)
          .map((p) => ({
            nummer: Number(p.ToewijzingNummer),
            product: p.Product as Node,
            ingangsdatum: String(p.ToewijzingIngangsdatum ?? p.Begindatum),
            einddatum: `${String(p.Begindatum).slice(0, 4)}-12-31`,
          })),
      );
      const assignments = products.some((p) => p.ToewijzingNummer !== undefined) ? [assigned] : [];
      if (type === '305') return assignments;
      const starts = historyMessage(example, '305', {
        Client: {
          Bsn: bsn,
          StartProducten: {
            StartProduct: products.map((p) => ({
              ...(p.ToewijzingNummer !== undefined ? { ToewijzingNummer: p.ToewijzingNummer } : {}),
              ...(p.Product !== undefined ? { Product: p.Product } : {}),
              ...(p.ToewijzingIngangsdatum !== undefined
                ? { ToewijzingIngangsdatum: p.ToewijzingIngangsdatum }
                : {}),
              Begindatum: p.Begindatum,
              StatusAanlevering: '1',
            })),
          },
        },
      });
      return [...assignments, starts];
    }
    case '317': {
      const verzoek = client!.Verzoek as Node;
      const named = [
        ...(((verzoek.OngewijzigdeProducten as Node | undefined)?.OngewijzigdProduct as Node[] | undefined) ??
          []),
        ...(((verzoek.TeWijzigenProducten as Node | undefined)?.TeWijzigenProduct as Node[] | undefined) ??
          []),
      ];
      // Each a category of its own, without code: they overlap nothing (TR361) and need no Omvang (TR411).
      const nieuw = ((verzoek.NieuweProducten as Node | undefined)?.NieuwProduct as Node[] | undefined) ?? [];
      const taken = new Set(nieuw.map((p) => String((p.Product as Node | undefined)?.Categorie)));
      const free = (example.standaard === 'ijw' ? ['46', '47', '48', '49'] : ['02', '03', '04', '05']).filter(
        (c) => !taken.has(c),
      );
      return [
        toewijzingFor(
          example,
          String(client!.Bsn),
          named.map((p, index) => ({
            nummer: Number(p.ToewijzingNummer),
            product: { Categorie: free[index % free.length]! },
            ingangsdatum: String(p.GewensteIngangsdatum ?? '2020-01-01'),
          })),
        ),
      ];
    }
    case '323': {
      const clients = ((root.Declaratie as Node).Clienten as Node).Client as Node[];
      return clients.map((c) =>
        toewijzingFor(
          example,
          String(c.Bsn),
          ((c.Prestaties as Node).Prestatie as Node[]).map((p) => ({
            nummer: Number(p.ToewijzingNummer),
            product: { Categorie: p.ProductCategorie, Code: p.ProductCode },
            ingangsdatum: `${String((p.ProductPeriode as Node).Begindatum).slice(0, 8)}01`,
          })),
        ),
      );
    }
    default:
      return [];
  }
}
