import { pdfkit, svgToPdfkit } from '../lazy-modules.ts';
import { PDF_FONT, registerPdfFonts, svgFont } from './fonts.ts';

/**
 * Tagged PDF (ISO 32000-1 §14.8, the structure PDF/UA-1 builds on; issue 20 §6): a structure tree
 * Document > H1/H2/P/L/Table/Figure in reading order, the document language (nl-NL), the title shown
 * in the window title bar (DisplayDocTitle) and alternative text on every Figure. Screen readers and
 * "Save as text" follow this tree instead of guessing from the drawing order.
 *
 * Fonts are embedded (DejaVu Sans, subset; PDF/UA-1 §7.21.4.1 requires it), so the files carry the
 * PDF/UA-1 identification (pdfuaid:part 1 in the XMP metadata, pdfkit's `subset: 'PDF/UA'`). What a test
 * checks is listed in test/services/tagged-pdf.test.ts; no full validator (veraPDF) runs offline here.
 */
type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** pdfkit 0.20 reads bbox, placement and scope too; @types/pdfkit does not list them yet. */
type ElementOptions = NonNullable<Parameters<Doc['struct']>[1]>;
type StructOptions = { alt?: string; bbox?: number[]; placement?: string; scope?: 'Row' | 'Column' };
const structOptions = (o: StructOptions) => o as ElementOptions;

export interface TaggedPdf {
  doc: Doc;
  /** The Document element every block is added to, in reading order. */
  root: Struct;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

export interface TaggedPdfOptions {
  title: string;
  margin: number;
  /** Tests pass false to read the content streams; production output stays compressed. */
  compress?: boolean;
}

export function taggedPdf(settings: TaggedPdfOptions): TaggedPdf {
  const doc = new (pdfkit())({
    size: 'A4',
    margin: settings.margin,
    info: { Title: settings.title, Author: 'Naast' },
    lang: 'nl-NL',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    // pdfkit 0.20 knows 'PDF/UA' (XMP pdfuaid:part 1); @types/pdfkit lists only the PDF/A subsets.
    subset: 'PDF/UA' as unknown as PDFKit.PDFDocumentOptions['subset'],
    compress: settings.compress ?? true,
  });
  registerPdfFonts(doc);
  doc.font(PDF_FONT.regular);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    doc,
    root,
    finish() {
      root.end();
      doc.end();
      return done;
    },
  };
}

/** A block element (H1, H2, P, …) whose content is what `draw` puts on the page. */
export function block(t: TaggedPdf, type: 'H1' | 'H2' | 'H3' | 'P', draw: () => void, parent: Struct = t.root): void {
  parent.add(t.doc.struct(type, {}, draw));
}

/** A list (L > LI > LBody) of lines of text. */
export function list(t: TaggedPdf, items: string[], drawItem: (item: string) => void, parent: Struct = t.root): void {
  const l = t.doc.struct('L');
  parent.add(l);
  for (const item of items) {
    const li = t.doc.struct('LI');
    l.add(li);
    li.add(t.doc.struct('LBody', {}, () => drawItem(item)));
    li.end();
  }
  l.end();
}

/** A chart or map drawn from SVG as one Figure with alternative text and its bounding box. */
export function svgFigure(t: TaggedPdf, svg: string, alt: string, box: { x: number; y: number; width: number; height: number }, parent: Struct = t.root): void {
  const figure = t.doc.struct('Figure', structOptions({ alt, bbox: [box.x, box.y, box.x + box.width, box.y + box.height], placement: 'Block' }), () => {
    svgToPdfkit()(t.doc, svg, box.x, box.y, { width: box.width, height: box.height, fontCallback: svgFont });
  });
  parent.add(figure);
}

/** A table: the header row as TH (scope Column), the first cell of every other row as TH (scope Row). */
export interface TableDrawer {
  row(cells: (string | number)[], header: boolean, draw: (cell: string, index: number) => void): void;
  end(): void;
}

export function table(t: TaggedPdf, parent: Struct = t.root): TableDrawer {
  const tableElement = t.doc.struct('Table');
  parent.add(tableElement);
  return {
    row(cells, header, draw) {
      const tr = t.doc.struct('TR');
      tableElement.add(tr);
      cells.forEach((c, i) => {
        const type = header || i === 0 ? 'TH' : 'TD';
        const scope = header ? 'Column' : i === 0 ? 'Row' : undefined;
        tr.add(t.doc.struct(type, structOptions(scope ? { scope } : {}), () => draw(String(c), i)));
      });
      tr.end();
    },
    end() {
      tableElement.end();
    },
  };
}
