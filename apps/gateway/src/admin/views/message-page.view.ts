/** The message page: facts, findings pinned to the XML lines, retour, chain, timeline and actions. */
import type { Finding } from '../../../../../libs/istandaarden/src/index.js';
import type { MessageRecord } from '../../berichten/message.repository.js';
import { mayAct, type Rol } from '../accounts.repository.js';
import type { AuditEntry } from '../audit.repository.js';
import { csrfField, html, type Html, type PageUser } from '../html.js';
import type {
  ChainLink,
  DeliveryRow,
  EarlierOutcome,
  EventRow,
  HandledMark,
} from '../message-details.repository.js';
import { STATUS_LABELS } from '../message-search.js';
import { pinFindings } from '../finding-lines.js';
import { maskFindingMessage, maskPersonalData } from '../personal-data.js';
import { ruleExplanation } from '../rule-explanations.js';
import { richting, tijd } from './format.js';

export interface MessagePageData {
  readonly message: MessageRecord;
  readonly retour?: MessageRecord;
  readonly chain: readonly ChainLink[];
  readonly earlier: readonly EarlierOutcome[];
  readonly events: readonly EventRow[];
  readonly deliveries: readonly DeliveryRow[];
  readonly handled: readonly HandledMark[];
  readonly audit: readonly AuditEntry[];
  /** Personal data shown (after "toon", audited). */
  readonly revealed: boolean;
}

function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

function findingBlock(found: Finding, revealed: boolean): Html {
  const message = revealed ? found.message : maskFindingMessage(found.message, found.path);
  return html`<div class="finding" role="note">
    <p>
      <strong>${found.rule}</strong
      >${found.retourcode ? html` — retourcode <strong>${found.retourcode}</strong>` : ''}
      ${found.line ? html` — regel ${found.line}${found.column ? html`, kolom ${found.column}` : ''}` : ''}
    </p>
    <p class="explanation">${ruleExplanation(found.rule)}</p>
    <p class="detail">${message}${found.path ? html` <code>${found.path}</code>` : ''}</p>
  </div>`;
}

/** The XML as numbered lines, each finding right below the line it points at. */
/** A message longer than this shows its first lines and the lines around its findings. */
export const MAX_SHOWN_LINES = 2_000;
const CONTEXT_LINES = 15;

function visibleLines(count: number, findingLines: readonly number[]): (line: number) => boolean {
  if (count <= MAX_SHOWN_LINES) return () => true;
  const pinned = findingLines.filter((line) => line > 0);
  return (line) => line <= 200 || pinned.some((at) => Math.abs(at - line) <= CONTEXT_LINES);
}

function xmlWithFindings(
  id: string,
  body: Buffer,
  findings: readonly Finding[],
  revealed: boolean,
  caption: string,
): Html {
  const text = body.toString('utf8');
  const lines = (revealed ? text : maskPersonalData(text)).split(/\r?\n/);
  const byLine = new Map<number, Finding[]>();
  for (const found of pinFindings(text, findings)) {
    const line = found.line > 0 && found.line <= lines.length ? found.line : 0;
    byLine.set(line, [...(byLine.get(line) ?? []), found]);
  }
  const general = byLine.get(0) ?? [];
  const shown = visibleLines(lines.length, [...byLine.keys()]);
  return html`${general.length ? html`<div class="findings-general">${general.map((f) => findingBlock(f, revealed))}</div>` : ''}
    <div class="xml-scroll" tabindex="0" role="region" aria-label="${caption}">
      <table class="xml" id="xml-${id}">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Regel</th>
            <th scope="col">Inhoud</th>
          </tr>
        </thead>
        <tbody>
          ${lines.map((line, index) => {
            const number = index + 1;
            if (!shown(number)) {
              return shown(number - 1)
                ? html`<tr class="omitted">
                    <td colspan="2">
                      … regels weggelaten (groot bericht: alleen het begin en de omgeving van de bevindingen)
                      …
                    </td>
                  </tr>`
                : '';
            }
            const pinned = byLine.get(number);
            return html`<tr id="${id}-r${number}" class="${pinned ? 'has-finding' : ''}">
                <th scope="row">${number}</th>
                <td><code>${line}</code></td>
              </tr>
              ${
                pinned
                  ? html`<tr class="finding-row" data-line="${number}">
                      <td colspan="2">${pinned.map((f) => findingBlock(f, revealed))}</td>
                    </tr>`
                  : ''
              }`;
          })}
        </tbody>
      </table>
    </div>`;
}

function timeline(data: MessagePageData): Html {
  const { message } = data;
  const entries: Array<{ at: Date; what: Html | string }> = [{ at: message.receivedAt, what: 'ontvangen' }];
  for (const outcome of data.earlier) {
    if (outcome.processedAt)
      entries.push({
        at: outcome.processedAt,
        what: html`gevalideerd: ${statusLabel(outcome.status)}
        (${outcome.findings.map((f) => f.rule).join(', ') || 'geen bevindingen'}) — vervangen door
        herverwerking`,
      });
  }
  if (message.processedAt)
    entries.push({
      at: message.processedAt,
      what: html`gevalideerd: ${statusLabel(message.status)} (huidige uitkomst)`,
    });
  for (const link of data.chain)
    if (link.answersId === message.id)
      entries.push({ at: link.receivedAt, what: html`beantwoord met ${link.code ?? 'retour'}` });
  for (const event of data.events) {
    entries.push({ at: event.createdAt, what: html`gebeurtenis klaargezet: ${event.routingKey}` });
    if (event.publishedAt)
      entries.push({ at: event.publishedAt, what: html`gepubliceerd: ${event.routingKey}` });
  }
  for (const delivery of data.deliveries) {
    entries.push({ at: delivery.createdAt, what: html`verzending ${delivery.kind} klaargezet` });
    if (delivery.deliveredAt)
      entries.push({ at: delivery.deliveredAt, what: html`afgeleverd aan de GGk (${delivery.kind})` });
  }
  for (const entry of data.audit)
    if (entry.actie !== 'persoonsgegevens-getoond')
      entries.push({ at: entry.at, what: html`${entry.actie} door ${entry.gebruikersnaam}` });
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return html`<ol class="timeline">
    ${entries.map((entry) => html`<li><time datetime="${entry.at.toISOString()}">${tijd(entry.at)}</time> ${entry.what}</li>`)}
  </ol>`;
}

function actions(user: PageUser & { rol: Rol }, data: MessagePageData): Html {
  if (!mayAct(user.rol, 'engineer'))
    return html`<p>Acties zijn voorbehouden aan engineers en beheerders.</p>`;
  const { message } = data;
  const parked = data.deliveries.filter((d) => d.status === 'parked');
  return html`<div class="actions">
    ${
      message.direction === 'in' && message.status === 'rejected'
        ? html`<form method="post" action="/admin/berichten/${message.id}/herverwerken">
            ${csrfField(user)} <button type="submit">Opnieuw verwerken</button>
          </form>`
        : ''
    }
    ${parked.map(
      (d) =>
        html`<form method="post" action="/admin/verzendingen/${d.id}/opnieuw">
          ${csrfField(user)} <button type="submit">${d.kind} opnieuw verzenden</button>
        </form>`,
    )}
    <form method="post" action="/admin/berichten/${message.id}/afgehandeld" class="handled">
      ${csrfField(user)}
      <label for="opmerking">Opmerking bij afhandeling</label>
      <textarea id="opmerking" name="opmerking" rows="2" maxlength="2000" required></textarea>
      <button type="submit">Markeren als afgehandeld</button>
    </form>
  </div>`;
}

export function messagePageView(user: PageUser & { rol: Rol }, data: MessagePageData): Html {
  const { message, retour, revealed } = data;
  return html`<dl class="facts">
      <dt>Type</dt>
      <dd>${message.code ?? 'onbekend'} (${message.standaard ?? '?'})</dd>
      <dt>Richting</dt>
      <dd>${richting(message.direction)}</dd>
      <dt>Status</dt>
      <dd class="status-${message.status}" id="status">${statusLabel(message.status)}</dd>
      <dt>Gemeente</dt>
      <dd>${message.gemeente ?? ''}</dd>
      <dt>Aanbieder</dt>
      <dd>${message.aanbieder ?? ''}</dd>
      <dt>BerichtIdentificatie</dt>
      <dd>${message.identificatie ?? ''} (${message.dagtekening ?? ''})</dd>
      <dt>Retourcodes</dt>
      <dd>
        ${
          message.retourcodes
            ? Object.entries(message.retourcodes)
                .map(([k, v]) => `${k}: ${v.join(', ')}`)
                .join('; ')
            : '—'
        }
      </dd>
    </dl>
    ${data.handled.map((h) => html`<p class="handled-mark">Afgehandeld door ${h.gebruikersnaam} op ${tijd(h.at)}: ${h.opmerking}</p>`)}
    <section aria-labelledby="h-acties">
      <h2 id="h-acties">Acties</h2>
      ${actions(user, data)}
    </section>
    <section aria-labelledby="h-bericht">
      <h2 id="h-bericht">Bericht en bevindingen</h2>
      ${
        revealed
          ? html`<p class="revealed" role="status">
                Persoonsgegevens worden getoond; dit is vastgelegd in het auditlog.
              </p>
              <p><a href="/admin/berichten/${message.id}">Persoonsgegevens weer verbergen</a></p>`
          : html`<form method="post" action="/admin/berichten/${message.id}/toon">
              ${csrfField(user)}
              <p>
                BSN, namen, adressen en geboortedata zijn gemaskeerd.
                <button type="submit">Toon persoonsgegevens</button> (wordt vastgelegd in het auditlog)
              </p>
            </form>`
      }
      ${message.findings.length ? html`<p>${message.findings.length} bevinding(en), bij de regel waar ze over gaan.</p>` : html`<p>Geen bevindingen.</p>`}
      ${xmlWithFindings('bericht', message.body, message.findings, revealed, `XML van het bericht met regelnummers`)}
    </section>
    <section aria-labelledby="h-retour">
      <h2 id="h-retour">Retourbericht</h2>
      ${
        retour
          ? html`<p>
                <a href="/admin/berichten/${retour.id}"
                  >${retour.code ?? 'retour'} (${statusLabel(retour.status)})</a
                >
              </p>
              ${xmlWithFindings('retour', retour.body, [], revealed, `XML van het retourbericht met regelnummers`)}`
          : html`<p>Er is (nog) geen retourbericht voor de huidige uitkomst.</p>`
      }
    </section>
    <section aria-labelledby="h-keten">
      <h2 id="h-keten">Keten van berichten</h2>
      <ol class="chain">
        ${data.chain.map(
          (link) =>
            html`<li>
              ${link.id === message.id ? html`<strong aria-current="page">${link.code ?? '?'} (${richting(link.direction)}, ${statusLabel(link.status)}) — dit bericht</strong>` : html`<a href="/admin/berichten/${link.id}">${link.code ?? '?'} (${richting(link.direction)}, ${statusLabel(link.status)})</a>`}
              <time datetime="${link.receivedAt.toISOString()}">${tijd(link.receivedAt)}</time>
            </li>`,
        )}
      </ol>
    </section>
    <section aria-labelledby="h-tijdlijn">
      <h2 id="h-tijdlijn">Verwerking</h2>
      ${timeline(data)}
      ${
        data.earlier.length
          ? html`<h3>Eerdere uitkomsten</h3>
              <ul>
                ${data.earlier.map(
                  (o) =>
                    html`<li>
                      ${statusLabel(o.status)} (${tijd(o.processedAt)}):
                      ${o.findings.map((f) => `${f.rule}${f.retourcode ? ` (${f.retourcode})` : ''}`).join(', ') || 'geen bevindingen'}${o.retourId ? html` — <a href="/admin/berichten/${o.retourId}">retour</a>` : ''};
                      vervangen op ${tijd(o.supersededAt)} door ${o.supersededBy}
                    </li>`,
                )}
              </ul>`
          : ''
      }
      ${
        data.deliveries.length
          ? html`<h3>Verzendingen</h3>
              <ul>
                ${data.deliveries.map((d) => html`<li>${d.kind}: ${d.status}, ${d.attempts} poging(en)${d.lastError ? html` — laatste fout: ${d.lastError}` : ''}</li>`)}
              </ul>`
          : ''
      }
    </section>`;
}
