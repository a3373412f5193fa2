import { block, list, svgFigure, table, taggedPdf } from './tagged-pdf.ts';
import type { ReportModel } from '../monitor/report.ts';
import { PDF_FONT } from './fonts.ts';

const escape = (text: string | number) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A self-contained printable HTML page (no scripts): print style sheet, SVG charts, real tables. */
export function reportHtml(model: ReportModel): string {
  const tables = model.tables
    .map(
      (t) => `<section><h2>${escape(t.title)}</h2><table><thead><tr>${t.header.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
        .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`)
        .join('')}</tbody></table></section>`,
    )
    .join('\n');
  const charts = model.charts
    .map((c) => `<figure role="group" aria-label="${escape(c.title)}"><div role="img" aria-label="${escape(chartAlt(c))}">${c.svg}</div><figcaption>${escape(c.title)}; de cijfers staan in de tabellen hieronder.</figcaption></figure>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escape(model.title)}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #999;padding:.25rem .5rem;text-align:left}
td{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1.5rem 0}svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}section,figure{break-inside:avoid}h2{break-after:avoid}a{color:inherit;text-decoration:none}}
</style></head><body>
<h1>${escape(model.title)}</h1><p>${escape(model.subtitle)}</p>
<section><h2>Samenvatting</h2><ul>${model.sentences.map((s) => `<li>${escape(s)}</li>`).join('')}</ul></section>
${charts}
${tables}
</body></html>`;
}

/** The width and height attributes of an SVG root (ECharts SSR writes both); 2:1 when absent. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : { width: 2, height: 1 };
}

/** Alternative text of a chart: its own, or its title and where the figures are. */
export const chartAlt = (chart: { title: string; alt?: string | undefined }): string => chart.alt ?? `${chart.title}; de cijfers staan in de tabellen van dit rapport.`;

/**
 * The same report as a tagged PDF (pdfkit; charts drawn from their SVG): headings, paragraphs, the
 * summary as a list, every chart a Figure with alternative text, every table a Table with header cells
 * (see tagged-pdf.ts).
 */
export function reportPdf(model: ReportModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = taggedPdf({ title: model.title, margin: 50, compress: options.compress });
  const { doc } = t;
  block(t, 'H1', () => doc.font(PDF_FONT.bold).fontSize(16).text(model.title));
  block(t, 'P', () => doc.font(PDF_FONT.regular).fontSize(9).fillColor('#444').text(model.subtitle).fillColor('#000').moveDown());
  block(t, 'H2', () => doc.font(PDF_FONT.bold).fontSize(12).text('Samenvatting'));
  list(t, model.sentences, (s) => doc.font(PDF_FONT.regular).fontSize(10).text(`• ${s}`, { paragraphGap: 2 }));
  for (const chart of model.charts) {
    // Drawn at the page width, in the SVG's own aspect ratio (bar charts 2:1, the map nearly square).
    const height = Math.round((495 * svgSize(chart.svg).height) / svgSize(chart.svg).width);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.moveDown();
    svgFigure(t, chart.svg, chartAlt(chart), { x: doc.page.margins.left, y: doc.y, width: 495, height });
    doc.y += height + 8;
  }
  for (const tableModel of model.tables) {
    doc.addPage();
    block(t, 'H2', () => doc.font(PDF_FONT.bold).fontSize(12).text(tableModel.title).moveDown(0.5));
    const widths = tableModel.header.map((_, i) => (i === 0 ? 215 : 280 / (tableModel.header.length - 1)));
    const tagged = table(t);
    const row = (cells: (string | number)[], bold: boolean) => {
      if (doc.y > 770) doc.addPage();
      const y = doc.y;
      let bottom = y + 12;
      doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(9);
      tagged.row(cells, bold, (c, i) => {
        const x = doc.page.margins.left + widths.slice(0, i).reduce((a, b) => a + b, 0);
        doc.text(c, x, y, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right' });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom;
      doc.x = doc.page.margins.left;
    };
    row(tableModel.header, true);
    for (const r of tableModel.rows) row(r, false);
    tagged.end();
  }
  return t.finish();
}
