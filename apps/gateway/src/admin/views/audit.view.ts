/** The audit log page (beheerders): newest first, paged. */
import { AUDIT_PAGE_SIZE, type AuditEntry } from '../audit.repository.js';
import { html, type Html } from '../html.js';
import { tijd } from './format.js';

export function auditView(entries: readonly AuditEntry[]): Html {
  const shown = entries.slice(0, AUDIT_PAGE_SIZE);
  const more = entries.length > AUDIT_PAGE_SIZE;
  return html`<p>Het auditlog kan alleen worden aangevuld: de database weigert wijzigen en verwijderen.</p>
    <table class="audit">
      <caption>
        Auditlog, nieuwste eerst
      </caption>
      <thead>
        <tr>
          <th scope="col">Tijd</th>
          <th scope="col">Gebruiker</th>
          <th scope="col">Actie</th>
          <th scope="col">Bericht</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (entry) =>
            html`<tr>
              <td><time datetime="${entry.at.toISOString()}">${tijd(entry.at)}</time></td>
              <td>${entry.gebruikersnaam}</td>
              <td>${entry.actie}</td>
              <td>
                ${entry.messageId ? html`<a href="/admin/berichten/${entry.messageId}">${entry.messageId}</a>` : ''}
              </td>
              <td>${Object.keys(entry.details).length ? JSON.stringify(entry.details) : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${more ? html`<nav class="paging" aria-label="Pagina's"><a href="/admin/audit?voor=${shown.at(-1)!.id}" rel="next">Oudere regels</a></nav>` : ''}`;
}
