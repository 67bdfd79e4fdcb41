/** The start page and message list: the filter form and one page of results. */
import { catalogue } from '../../../../../libs/istandaarden/src/index.js';
import { csrfField, html, type Html, type PageUser } from '../html.js';
import {
  filterQuery,
  isStartPage,
  STATUS_LABELS,
  STATUSSEN,
  type MessageFilter,
  type MessageListItem,
} from '../message-search.js';
import { richting, tijd } from './format.js';

function field(
  name: string,
  label: string,
  value: string | undefined,
  errors: Readonly<Record<string, string>>,
  attributes: { type?: string; inputmode?: string; placeholder?: string } = {},
): Html {
  const error = errors[name];
  return html`<div class="field">
    <label for="f-${name}">${label}</label>
    <input
      id="f-${name}"
      name="${name}"
      type="${attributes.type ?? 'text'}"
      value="${value ?? ''}"
      ${attributes.inputmode ? html`inputmode="${attributes.inputmode}"` : ''}
      ${attributes.placeholder ? html`placeholder="${attributes.placeholder}"` : ''}
      ${error ? html`aria-invalid="true" aria-describedby="e-${name}"` : ''}
    />
    ${error ? html`<span class="error" id="e-${name}">${error}</span>` : ''}
  </div>`;
}

function select(
  name: string,
  label: string,
  value: string | undefined,
  options: ReadonlyArray<readonly [string, string]>,
  errors: Readonly<Record<string, string>>,
): Html {
  const error = errors[name];
  return html`<div class="field">
    <label for="f-${name}">${label}</label>
    <select
      id="f-${name}"
      name="${name}"
      ${error ? html`aria-invalid="true" aria-describedby="e-${name}"` : ''}
    >
      ${options.map(([optionValue, text]) => html`<option value="${optionValue}" ${optionValue === (value ?? '') ? html`selected` : ''}>${text}</option>`)}
    </select>
    ${error ? html`<span class="error" id="e-${name}">${error}</span>` : ''}
  </div>`;
}

export function messageListView(
  user: PageUser,
  filter: MessageFilter,
  errors: Readonly<Record<string, string>>,
  result: { items: MessageListItem[]; more: boolean } | undefined,
): Html {
  const codes = [...new Set(catalogue.map((entry) => entry.code))].sort();
  const start = isStartPage(filter);
  const hasErrors = Object.keys(errors).length > 0;
  return html`<form method="get" action="/admin" class="filters" aria-label="Berichten zoeken">
      <fieldset>
        <legend>Zoeken</legend>
        ${select('status', 'Status', filter.status, [['', 'alle'], ...STATUSSEN.map((s) => [s, STATUS_LABELS[s]!] as const)], errors)}
        ${select(
          'standaard',
          'Standaard',
          filter.standaard,
          [
            ['', 'beide'],
            ['ijw', 'iJw'],
            ['iwmo', 'iWmo'],
          ],
          errors,
        )}
        ${select('code', 'Berichttype', filter.code, [['', 'alle'], ...codes.map((c) => [c, c] as const)], errors)}
        ${select(
          'richting',
          'Richting',
          filter.richting,
          [
            ['in', 'inkomend'],
            ['out', 'uitgaand'],
            ['alle', 'alle'],
          ],
          errors,
        )}
        ${field('aanbieder', 'Aanbieder (AGB-code)', filter.aanbieder, errors, { inputmode: 'numeric' })}
        ${field('gemeente', 'Gemeente (code)', filter.gemeente, errors, { inputmode: 'numeric' })}
        ${field('van', 'Ontvangen vanaf', filter.van, errors, { type: 'date' })}
        ${field('tot', 'Ontvangen tot en met', filter.tot, errors, { type: 'date' })}
        ${field('identificatie', 'BerichtIdentificatie', filter.identificatie, errors)}
        ${field('regel', 'Regel of retourcode', filter.regel, errors, { placeholder: 'TR301 of 8001' })}
        <div class="buttons"><button type="submit">Zoeken</button> <a href="/admin">Wissen</a></div>
      </fieldset>
    </form>
    <form method="post" action="/admin/zoeken" class="filters" aria-label="Zoeken op BSN">
      ${csrfField(user)}
      <fieldset>
        <legend>Zoeken op BSN (exact; het BSN komt niet in het adres)</legend>
        ${field('bsn', 'BSN (exact)', filter.bsn, errors, { inputmode: 'numeric' })}
        <div class="buttons"><button type="submit">Zoeken op BSN</button></div>
      </fieldset>
    </form>
    ${hasErrors ? html`<p class="error" role="alert">Controleer de gemarkeerde velden.</p>` : ''}
    ${result ? resultTable(user, filter, result, start) : ''}`;
}

/** A paging control: a link, or — for a BSN search, whose filter stays out of URLs — a form posting it again. */
function pageControl(
  user: PageUser,
  filter: MessageFilter,
  pagina: number,
  label: string,
  rel: string,
): Html {
  if (!filter.bsn) return html`<a href="/admin?${filterQuery(filter, pagina)}" rel="${rel}">${label}</a>`;
  return html`<form method="post" action="/admin/zoeken" class="inline">
    ${csrfField(user)}
    ${Object.entries({ ...filter, pagina }).map(([name, value]) =>
      value === undefined ? '' : html`<input type="hidden" name="${name}" value="${String(value)}" />`,
    )}
    <button type="submit">${label}</button>
  </form>`;
}

function resultTable(
  user: PageUser,
  filter: MessageFilter,
  { items, more }: { items: MessageListItem[]; more: boolean },
  start: boolean,
): Html {
  if (items.length === 0) return html`<p role="status">Geen berichten gevonden.</p>`;
  return html`<table class="list">
      <caption>
        ${start ? 'Berichten, afgekeurde eerst, nieuwste eerst' : 'Berichten, nieuwste eerst'} — pagina
        ${filter.pagina}
      </caption>
      <thead>
        <tr>
          <th scope="col">Ontvangen</th>
          <th scope="col">Type</th>
          <th scope="col">Richting</th>
          <th scope="col">Status</th>
          <th scope="col">Gemeente</th>
          <th scope="col">Aanbieder</th>
          <th scope="col">Identificatie</th>
          <th scope="col">Regels</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) =>
            html`<tr class="status-${item.status}">
              <td><a href="/admin/berichten/${item.id}">${tijd(item.receivedAt)}</a></td>
              <td>${item.code ?? '?'}</td>
              <td>${richting(item.direction)}</td>
              <td>${STATUS_LABELS[item.status] ?? item.status}</td>
              <td>${item.gemeente ?? ''}</td>
              <td>${item.aanbieder ?? ''}</td>
              <td>${item.identificatie ?? ''}</td>
              <td>${item.rules.join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <nav class="paging" aria-label="Pagina's">
      ${filter.pagina > 1 ? pageControl(user, filter, filter.pagina - 1, 'Vorige pagina', 'prev') : ''}
      ${more ? pageControl(user, filter, filter.pagina + 1, 'Volgende pagina', 'next') : ''}
    </nav>`;
}
