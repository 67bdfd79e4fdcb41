/**
 * Charts as inline SVG: stacked bars per day (series by colour) or plain horizontal bars. The SVG is
 * a picture for sighted users (role img with a summary); the same numbers follow as a table.
 */
import { html, type Html } from '../html.js';
import type { DayCount } from '../dashboard.repository.js';

const COLOURS = ['#1f5f99', '#c4541b', '#2e7d32', '#7b3f9e', '#8a6d00', '#00707a', '#a3294f', '#4d4d4d'];

export function colour(index: number): string {
  return COLOURS[index % COLOURS.length]!;
}

/** Stacked bars, one per day, plus the table of the same numbers (days × series). */
export function stackedDaysChart(title: string, days: readonly string[], counts: readonly DayCount[]): Html {
  const series = [...new Set(counts.map((c) => c.key))].sort();
  const value = new Map(counts.map((c) => [`${c.dag}|${c.key}`, c.aantal]));
  const totals = days.map((day) => series.reduce((sum, key) => sum + (value.get(`${day}|${key}`) ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 640;
  const height = 200;
  const barWidth = width / Math.max(1, days.length);
  const bars = days.map((day, index) => {
    let y = height;
    return series.map((key, seriesIndex) => {
      const n = value.get(`${day}|${key}`) ?? 0;
      if (n === 0) return '';
      const h = (n / max) * (height - 10);
      y -= h;
      return html`<rect
        x="${(index * barWidth + 2).toFixed(1)}"
        y="${y.toFixed(1)}"
        width="${(barWidth - 4).toFixed(1)}"
        height="${h.toFixed(1)}"
        fill="${colour(seriesIndex)}"
        ><title>${day} ${key}: ${n}</title></rect
      >`;
    });
  });
  const summary = `${title}: ${totals.reduce((a, b) => a + b, 0)} in totaal over ${days.length} dagen`;
  return html`<figure>
      <svg viewBox="0 0 ${width} ${height + 20}" role="img" aria-label="${summary}" class="chart">
        ${bars}
        ${days.map((day, index) => (index % 2 === 0 ? html`<text x="${(index * barWidth + 2).toFixed(1)}" y="${height + 15}" font-size="10">${day.slice(5)}</text>` : ''))}
      </svg>
      <figcaption>
        ${title}
        ${series.map(
          (key, index) =>
            html`<span class="legend"
              ><svg width="10" height="10" aria-hidden="true">
                <rect width="10" height="10" fill="${colour(index)}"></rect>
              </svg>
              ${key}</span
            >`,
        )}
      </figcaption>
    </figure>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${title} (tabel)">
      <table>
        <caption>
          ${title} (tabel)
        </caption>
        <thead>
          <tr>
            <th scope="col">Dag</th>
            ${series.map((key) => html`<th scope="col">${key}</th>`)}
            <th scope="col">Totaal</th>
          </tr>
        </thead>
        <tbody>
          ${days.map(
            (day, index) =>
              html`<tr>
                <th scope="row">${day}</th>
                ${series.map((key) => html`<td>${value.get(`${day}|${key}`) ?? 0}</td>`)}
                <td>${totals[index]!}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Horizontal bars for labelled fractions (e.g. rejection rate per aanbieder). */
export function ratioBars(
  title: string,
  rows: ReadonlyArray<{ label: string; part: number; whole: number }>,
): Html {
  const width = 640;
  const rowHeight = 22;
  return html`<figure>
    <svg
      viewBox="0 0 ${width} ${Math.max(1, rows.length) * rowHeight}"
      role="img"
      aria-label="${title}"
      class="chart"
    >
      ${rows.map((row, index) => {
        const fraction = row.whole ? row.part / row.whole : 0;
        return html`<text x="0" y="${index * rowHeight + 15}" font-size="12">${row.label}</text>
          <rect
            x="110"
            y="${index * rowHeight + 4}"
            width="${(fraction * (width - 180)).toFixed(1)}"
            height="14"
            fill="${colour(1)}"
            ><title>${row.label}: ${(fraction * 100).toFixed(1)}%</title></rect
          >
          <text
            x="${(115 + fraction * (width - 180)).toFixed(1)}"
            y="${index * rowHeight + 15}"
            font-size="12"
            >${(fraction * 100).toFixed(1)}%</text
          >`;
      })}
    </svg>
    <figcaption>${title}</figcaption>
  </figure>`;
}
