/** The dashboard: volume, rejections per aanbieder and rule, overdue retours, backlogs and budget use. */
import { mayAct, type Rol } from '../accounts.repository.js';
import type {
  Backlog,
  BudgetUse,
  DayCount,
  OverdueRetour,
  OverdueTermijn,
  RejectionRate,
} from '../dashboard.repository.js';
import { csrfField, html, type Html, type PageUser } from '../html.js';
import { ratioBars, stackedDaysChart } from './chart.js';
import { tijd } from './format.js';

export interface DashboardData {
  readonly days: readonly string[];
  readonly perDay: readonly DayCount[];
  readonly perRule: readonly DayCount[];
  readonly rates: readonly RejectionRate[];
  readonly overdue: readonly OverdueRetour[];
  readonly termijnen: readonly OverdueTermijn[] | undefined;
  readonly backlog: Backlog;
  readonly budgets: readonly BudgetUse[] | undefined;
}

function termijnenTable(termijnen: readonly OverdueTermijn[] | undefined): Html {
  if (termijnen === undefined) return html``;
  if (termijnen.length === 0) return html`<p role="status">Geen verlopen antwoordtermijnen.</p>`;
  return html`<table>
    <caption>
      Verlopen antwoordtermijnen
    </caption>
    <thead>
      <tr>
        <th scope="col">Bericht</th>
        <th scope="col">Soort</th>
        <th scope="col">Wacht op</th>
        <th scope="col">Aanbieder</th>
        <th scope="col">Uiterlijk</th>
      </tr>
    </thead>
    <tbody>
      ${termijnen.map(
        (t) =>
          html`<tr>
            <th scope="row"><a href="/admin/berichten/${t.messageId}">bericht</a></th>
            <td>${t.soort}</td>
            <td>${t.partij}</td>
            <td>${t.aanbieder ?? ''}</td>
            <td>${t.uiterlijk}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function percentage(part: number, whole: number): string {
  return whole ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}

export function dashboardView(user: PageUser & { rol: Rol }, data: DashboardData): Html {
  return html`<section aria-labelledby="d-volume">
      <h2 id="d-volume">Berichten per dag per type</h2>
      ${stackedDaysChart('Inkomende berichten per dag', data.days, data.perDay)}
    </section>
    <section aria-labelledby="d-afkeur">
      <h2 id="d-afkeur">Afkeur per aanbieder</h2>
      ${
        data.rates.length
          ? ratioBars(
              'Afkeurpercentage per aanbieder',
              data.rates.map((r) => ({ label: r.aanbieder, part: r.afgekeurd, whole: r.totaal })),
            )
          : ''
      }
      <table>
        <caption>
          Afkeur per aanbieder (laatste ${data.days.length} dagen)
        </caption>
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            <th scope="col">Verwerkt</th>
            <th scope="col">Afgekeurd</th>
            <th scope="col">Percentage</th>
          </tr>
        </thead>
        <tbody>
          ${data.rates.map(
            (r) =>
              html`<tr>
                <th scope="row">
                  <a href="/admin?aanbieder=${r.aanbieder}&amp;status=rejected">${r.aanbieder}</a>
                </th>
                <td>${r.totaal}</td>
                <td>${r.afgekeurd}</td>
                <td>${percentage(r.afgekeurd, r.totaal)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="d-regels">
      <h2 id="d-regels">Afkeur per regel</h2>
      ${stackedDaysChart('Afgekeurde berichten per dag per regel', data.days, data.perRule)}
    </section>
    <section aria-labelledby="d-termijnen">
      <h2 id="d-termijnen">Verlopen termijnen</h2>
      <p>Een retourbericht is uiterlijk drie werkdagen na ontvangst verstuurd.</p>
      ${
        data.overdue.length
          ? html`<table>
              <caption>
                Berichten waarvan het retourbericht te laat is
              </caption>
              <thead>
                <tr>
                  <th scope="col">Bericht</th>
                  <th scope="col">Aanbieder</th>
                  <th scope="col">Ontvangen</th>
                  <th scope="col">Uiterlijk</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                ${data.overdue.map(
                  (o) =>
                    html`<tr>
                      <th scope="row"><a href="/admin/berichten/${o.id}">${o.code ?? '?'}</a></th>
                      <td>${o.aanbieder ?? ''}</td>
                      <td>${o.ontvangen}</td>
                      <td>${o.uiterlijk}</td>
                      <td>${o.status}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p role="status">Geen te late retourberichten.</p>`
      }
      ${termijnenTable(data.termijnen)}
    </section>
    <section aria-labelledby="d-achterstand">
      <h2 id="d-achterstand">Achterstand outbox en verzending</h2>
      <table>
        <caption>
          Wachtrijen
        </caption>
        <tbody>
          <tr>
            <th scope="row">Gebeurtenissen nog niet gepubliceerd</th>
            <td>${data.backlog.outboxOpen}</td>
          </tr>
          <tr>
            <th scope="row">Oudste ongepubliceerde gebeurtenis</th>
            <td>${tijd(data.backlog.outboxOudste)}</td>
          </tr>
          <tr>
            <th scope="row">Verzendingen naar de GGk in de wachtrij</th>
            <td>${data.backlog.deliveriesPending}</td>
          </tr>
          <tr>
            <th scope="row">Geparkeerde verzendingen</th>
            <td>${data.backlog.deliveriesParked.length}</td>
          </tr>
        </tbody>
      </table>
      ${
        data.backlog.deliveriesParked.length
          ? html`<ul class="parked">
              ${data.backlog.deliveriesParked.map((d) => html`<li><a href="/admin/berichten/${d.messageId}">${d.kind}</a>${d.lastError ? html` — ${d.lastError}` : ''}${mayAct(user.rol, 'engineer') ? html` <form method="post" action="/admin/verzendingen/${d.id}/opnieuw" class="inline">${csrfField(user)}<button type="submit">Opnieuw verzenden</button></form>` : ''}</li>`)}
            </ul>`
          : ''
      }
    </section>
    <section aria-labelledby="d-budget">
      <h2 id="d-budget">Budgetgebruik per arrangement</h2>
      ${
        data.budgets === undefined
          ? html`<p>Er zijn nog geen arrangementen in deze gateway vastgelegd.</p>`
          : data.budgets.length
            ? html`<table>
                <caption>
                  Budgetgebruik per arrangement
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Arrangement</th>
                    <th scope="col">Aanbieder</th>
                    <th scope="col">Budget (€)</th>
                    <th scope="col">Gebruikt (€)</th>
                    <th scope="col">Percentage</th>
                  </tr>
                </thead>
                <tbody>
                  ${data.budgets.map(
                    (b) =>
                      html`<tr>
                        <th scope="row">${b.arrangement}</th>
                        <td>${b.aanbieder}</td>
                        <td>${b.budget === null ? '—' : (b.budget / 100).toFixed(2)}</td>
                        <td>${(b.gebruikt / 100).toFixed(2)}</td>
                        <td>${b.budget === null ? '—' : percentage(b.gebruikt, b.budget)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p>Geen arrangementen met een budget.</p>`
      }
    </section>`;
}
