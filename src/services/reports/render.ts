import { pdfkit, svgToPdfkit } from '../lazy-modules.ts';
import type { ReportModel } from '../monitor/report.ts';

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
  const charts = model.charts.map((c) => `<figure role="group" aria-label="${escape(c.title)}">${c.svg}<figcaption>${escape(c.title)}; de cijfers staan in de tabellen hieronder.</figcaption></figure>`).join('\n');
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

/** The same report as a PDF (pdfkit; charts drawn from their SVG). */
export function reportPdf(model: ReportModel): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new (pdfkit())({ size: 'A4', margin: 50, info: { Title: model.title, Author: 'Naast' }, lang: 'nl-NL', displayTitle: true });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text(model.title);
    doc.font('Helvetica').fontSize(9).fillColor('#444').text(model.subtitle).fillColor('#000').moveDown();
    doc.font('Helvetica-Bold').fontSize(12).text('Samenvatting');
    doc.font('Helvetica').fontSize(10);
    for (const s of model.sentences) doc.text(`• ${s}`, { paragraphGap: 2 });
    for (const chart of model.charts) {
      if (doc.y > 480) doc.addPage();
      doc.moveDown();
      svgToPdfkit()(doc, chart.svg, doc.page.margins.left, doc.y, { width: 495, height: 248 });
      doc.y += 256;
    }
    for (const table of model.tables) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(12).text(table.title).moveDown(0.5);
      const widths = table.header.map((_, i) => (i === 0 ? 215 : 280 / (table.header.length - 1)));
      const row = (cells: (string | number)[], bold: boolean) => {
        if (doc.y > 770) doc.addPage();
        const y = doc.y;
        let x = doc.page.margins.left;
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
        cells.forEach((c, i) => {
          doc.text(String(c), x, y, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right' });
          x += widths[i]!;
        });
        doc.y = Math.max(doc.y, y + 12);
        doc.x = doc.page.margins.left;
      };
      row(table.header, true);
      for (const r of table.rows) row(r, false);
    }
    doc.end();
  });
}
