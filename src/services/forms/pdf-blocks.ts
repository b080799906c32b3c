import type { FormBlock, SignatureBox, TableColumn } from '../../core/forms/form-model.ts';
import { fontNames } from './pdf-fonts.ts';

/**
 * Draws the blocks of a form's content with pdfkit, in the flow of the page: text wraps and
 * breaks pages on its own; tables break between rows and repeat their header row; signatures
 * move to the next page whole.
 */
export interface Frame {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  fontSize: number;
  tableFontSize: number;
}

const nfc = (text: string) => text.normalize('NFC');
const pad = 3;

export async function drawBlock(f: Frame, block: FormBlock): Promise<void> {
  const { doc } = f;
  switch (block.kind) {
    case 'subtitle':
      doc.font(fontNames.bold).fontSize(f.fontSize);
      doc.text(nfc(block.text), f.left, doc.y, { width: f.width, align: 'center' });
      doc.moveDown(0.5);
      return;
    case 'paragraph': {
      const font = block.bold
        ? fontNames.bold
        : block.italic
          ? fontNames.italic
          : fontNames.regular;
      doc.font(font).fontSize(block.italic ? f.fontSize - 1 : f.fontSize);
      doc.text(nfc(block.text), f.left, doc.y, {
        width: f.width,
        // Italic notes carry addresses: justified, a long URL would stretch the spaces.
        align: block.align ?? (block.italic ? 'left' : 'justify'),
      });
      doc.moveDown(0.3);
      return;
    }
    case 'fields':
      doc.fontSize(f.fontSize);
      for (const row of block.rows) {
        doc.font(fontNames.regular).text(nfc(`${row.label}: `), f.left, doc.y, {
          width: f.width,
          continued: true,
        });
        doc.font(fontNames.bold).text(nfc(row.value || '……………………'));
      }
      doc.moveDown(0.3);
      return;
    case 'list':
      doc.font(fontNames.regular).fontSize(f.fontSize);
      block.items.forEach((item, i) => {
        const marker = block.numbered ? `${i + 1}.` : '–';
        const y = doc.y;
        doc.text(marker, f.left + 8, y, { width: 18 });
        doc.text(nfc(item), f.left + 28, y, { width: f.width - 28, align: 'justify' });
      });
      doc.moveDown(0.3);
      return;
    case 'table':
      await drawTable(f, block.columns, block.rows, block.empty);
      return;
    case 'signatures':
      drawSignatures(f, block.boxes, block.recipients);
      return;
    case 'space':
      doc.moveDown(block.lines);
      return;
  }
}

function bottomOf(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

async function drawTable(
  f: Frame,
  columns: TableColumn[],
  rows: string[][],
  empty?: string,
): Promise<void> {
  const { doc } = f;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * f.width);
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(f.tableFontSize);
    return Math.max(
      ...cells.map((text, i) => doc.heightOfString(nfc(text), { width: widths[i]! - 2 * pad })),
    );
  };
  const header = columns.map((c) => c.title);
  const drawRow = (cells: string[], isHeader: boolean) => {
    const font = isHeader ? fontNames.bold : fontNames.regular;
    const height = heightOf(cells, font) + 2 * pad;
    // Keep a header with at least a line of the first row; a continued table repeats its header.
    if (doc.y + height + (isHeader ? 2 * f.tableFontSize : 0) > bottomOf(doc)) {
      doc.addPage();
      if (!isHeader) drawRow(header, true);
    }
    const top = doc.y;
    let x = f.left;
    cells.forEach((text, i) => {
      const w = widths[i]!;
      if (isHeader) doc.rect(x, top, w, height).fillAndStroke('#eeeeee', '#000000');
      else doc.rect(x, top, w, height).stroke('#000000');
      doc.fillColor('#000000').font(font).fontSize(f.tableFontSize);
      doc.text(nfc(text), x + pad, top + pad, {
        width: w - 2 * pad,
        align: isHeader ? 'center' : (columns[i]!.align ?? 'left'),
      });
      x += w;
    });
    doc.x = f.left;
    doc.y = top + height;
  };
  doc.lineWidth(0.6);
  drawRow(header, true);
  for (const [i, row] of rows.entries()) {
    drawRow(row, false);
    // A long register is seconds of layout: let other requests run between slices of rows.
    if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  if (rows.length === 0 && empty) {
    const top = doc.y;
    doc.font(fontNames.italic).fontSize(f.tableFontSize);
    const height = doc.heightOfString(nfc(empty), { width: f.width - 2 * pad }) + 2 * pad;
    doc.rect(f.left, top, f.width, height).stroke('#000000');
    doc.text(nfc(empty), f.left + pad, top + pad, { width: f.width - 2 * pad, align: 'center' });
    doc.y = top + height;
  }
  doc.x = f.left;
  doc.moveDown(0.5);
}

function drawSignatures(f: Frame, boxes: SignatureBox[], recipients?: string[]): void {
  const { doc } = f;
  const needed = 120 + (recipients ? 12 * recipients.length : 0);
  if (doc.y + needed > bottomOf(doc)) doc.addPage();
  doc.moveDown(0.5);
  const top = doc.y;
  let boxLeft = f.left;
  let boxWidth = f.width;
  let recipientsBottom = top;
  if (recipients) {
    boxLeft = f.left + f.width / 2;
    boxWidth = f.width / 2;
    doc
      .font(fontNames.bold)
      .fontSize(f.fontSize - 1)
      .text(nfc('Nơi nhận:'), f.left, top + 20);
    doc.font(fontNames.regular).fontSize(f.fontSize - 2);
    for (const item of recipients)
      doc.text(nfc(`- ${item}`), f.left, doc.y, { width: f.width / 2 - 10 });
    recipientsBottom = doc.y;
  }
  const w = boxWidth / boxes.length;
  let bottom = top;
  boxes.forEach((box, i) => {
    const x = boxLeft + i * w;
    doc
      .font(fontNames.bold)
      .fontSize(f.fontSize)
      .text(nfc(box.title), x, top, { width: w, align: 'center' });
    if (box.hint)
      doc
        .font(fontNames.italic)
        .fontSize(f.fontSize - 2)
        .text(nfc(box.hint), x, doc.y, { width: w, align: 'center' });
    const nameY = doc.y + 58;
    doc
      .font(fontNames.bold)
      .fontSize(f.fontSize)
      .text(nfc(box.name ?? ''), x, nameY, { width: w, align: 'center' });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = f.left;
  doc.y = Math.max(bottom, recipientsBottom);
  doc.moveDown(0.8);
}
