import { block, list, table, taggedPdf } from '../reports/tagged-pdf.ts';
import type { PlanDocument } from '../../domain/policy/index.ts';
import { PDF_FONT } from '../reports/fonts.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The plan draft as HTML that Word opens as a document (saved as .doc): the Office namespaces, a
 * print layout view and plain styles Word maps to its own headings. Browsers show it as a clean page.
 */
export function planWordHtml(doc: PlanDocument): string {
  const body = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${escape(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="nl" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta charset="utf-8"><title>${escape(doc.title)}</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style>
@page{size:21cm 29.7cm;margin:2.5cm}
body{font-family:Calibri,Arial,sans-serif;font-size:11pt;line-height:1.4;color:#111}
h1{font-size:18pt}h2{font-size:15pt}h3{font-size:12pt}
table{border-collapse:collapse}th,td{border:1px solid #777;padding:3pt 6pt;text-align:left;vertical-align:top}
</style></head>
<body>
${body}
</body></html>`;
}

/** The plan draft as a tagged PDF (pdfkit, embedded DejaVu Sans; structure tree, nl-NL, title: tagged-pdf.ts). */
export function planPdf(doc: PlanDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = taggedPdf({ title: doc.title, margin: 56, compress: options.compress });
  const pdf = t.doc;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  for (const b of doc.blocks) {
    if (pdf.y > pdf.page.height - 120) pdf.addPage();
    pdf.x = pdf.page.margins.left;
    switch (b.kind) {
      case 'heading':
        pdf.moveDown(0.5);
        block(t, b.level === 1 ? 'H1' : b.level === 2 ? 'H2' : 'H3', () => pdf.font(PDF_FONT.bold).fontSize({ 1: 18, 2: 15, 3: 12 }[b.level]).text(b.text, { width }));
        pdf.moveDown(0.3);
        break;
      case 'paragraph':
        block(t, 'P', () => pdf.font(PDF_FONT.regular).fontSize(10).text(b.text, { width, paragraphGap: 6 }));
        break;
      case 'list':
        list(t, b.items, (item) => pdf.font(PDF_FONT.regular).fontSize(10).text(`•  ${item}`, { width, indent: 0, paragraphGap: 3 }));
        pdf.moveDown(0.3);
        break;
      case 'table': {
        const widths = b.header.map((_, i) => (i === 0 ? 0.3 : 0.7 / (b.header.length - 1)) * width);
        const tagged = table(t);
        const row = (cells: string[], bold: boolean) => {
          if (pdf.y > pdf.page.height - 90) pdf.addPage();
          const y = pdf.y;
          let bottom = y;
          pdf.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(9);
          tagged.row(cells, bold, (c, i) => {
            const x = pdf.page.margins.left + widths.slice(0, i).reduce((a, w) => a + w, 0);
            pdf.text(c, x, y, { width: widths[i]! - 6 });
            bottom = Math.max(bottom, pdf.y);
          });
          pdf.y = bottom + 4;
          pdf.x = pdf.page.margins.left;
        };
        row(b.header, true);
        for (const r of b.rows) row(r, false);
        tagged.end();
        pdf.moveDown(0.5);
        break;
      }
    }
  }
  return t.finish();
}
