import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fonts of every PDF Naast renders. PDF/UA-1 §7.21.4.1 requires embedded fonts, and pdfkit embeds
 * (a subset of) a TrueType font it is given, never its built-in Helvetica. DejaVu Sans covers every
 * Dutch letter (ë, ï, é, …) and the euro sign. Licence: data/fonts/LICENSE-DejaVu.txt (Bitstream Vera
 * licence; DejaVu changes public domain).
 */
const fontDir = fileURLToPath(new URL('../../../data/fonts/', import.meta.url));

export const PDF_FONT = { regular: 'NaastSans', bold: 'NaastSans-Bold' } as const;

export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont(PDF_FONT.regular, path.join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont(PDF_FONT.bold, path.join(fontDir, 'DejaVuSans-Bold.ttf'));
}

/** svg-to-pdfkit's font choice for chart text: the same embedded fonts, whatever family the SVG names. */
export const svgFont = (_family: string, bold: boolean): string => (bold ? PDF_FONT.bold : PDF_FONT.regular);
