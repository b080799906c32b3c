import PDFDocument from 'pdfkit';
import type { FormDocument, FormHeader } from '../../core/forms/form-model.ts';
import { drawBlock, type Frame } from './pdf-blocks.ts';
import { fontNames, registerFonts } from './pdf-fonts.ts';
import { renderQrPng } from './qr-image.ts';

const nfc = (text: string) => text.normalize('NFC');
const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const mottoLine = 'Độc lập - Tự do - Hạnh phúc';

/** Room at the foot of every page for the QR code, the footer line and the page number. */
const footerBand = 78;
const qrSize = 58;

const layouts = {
  portrait: {
    margins: { top: 42, left: 62, right: 45, bottom: 40 + footerBand },
    font: 11,
    table: 9.5,
  },
  landscape: {
    margins: { top: 30, left: 30, right: 30, bottom: 24 + footerBand },
    font: 9.5,
    table: 7,
  },
} as const;

/**
 * Renders a form's content to an A4 PDF: DejaVu Sans (NFC text), the issuing agency and the
 * national motto on the first page, a short motto line on the pages after it, and at the foot of
 * every page the QR code to the public look-up, the form's footer and "Trang i/n".
 */
export async function renderFormPdf(form: FormDocument, createdAt: Date): Promise<Buffer> {
  const layout = layouts[form.orientation];
  const doc = new PDFDocument({
    size: 'A4',
    layout: form.orientation,
    margins: layout.margins,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(form.subject),
      Subject: nfc(form.title),
      Author: nfc(form.header.issuer),
      Creator: 'Một Cửa',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const left = layout.margins.left;
  const width = doc.page.width - layout.margins.left - layout.margins.right;
  const frame: Frame = { doc, left, width, fontSize: layout.font, tableFontSize: layout.table };

  doc.on('pageAdded', () => drawContinuationHeader(doc, left, width));
  drawFirstHeader(doc, form.header, left, width, layout.font);
  doc.font(fontNames.bold).fontSize(layout.font + 2);
  doc.text(nfc(form.title), left, doc.y, { width, align: 'center' });
  doc.moveDown(0.6);
  for (const block of form.blocks) await drawBlock(frame, block);

  // One image object shared by every page.
  const image = (doc as unknown as { openImage(src: Buffer): Buffer }).openImage(
    renderQrPng(form.qrUrl),
  );
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    drawFooter(doc, form, image, left, width, `Trang ${i + 1}/${pages.count}`);
  }
  doc.end();
  return finished;
}

function drawFirstHeader(
  doc: PDFKit.PDFDocument,
  header: FormHeader,
  left: number,
  width: number,
  size: number,
): void {
  const top = doc.y;
  const leftWidth = width * 0.44;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  if (header.superior) {
    doc.font(fontNames.regular).fontSize(size - 0.5);
    doc.text(nfc(header.superior), left, top, { width: leftWidth, align: 'center' });
  }
  doc.font(fontNames.bold).fontSize(size - 0.5);
  doc.text(nfc(header.issuer), left, header.superior ? doc.y : top, {
    width: leftWidth,
    align: 'center',
  });
  underline(doc, left + leftWidth / 2, doc.y + 2, 50);
  doc.y += 6;
  if (header.number) {
    doc.font(fontNames.regular).fontSize(size - 0.5);
    doc.text(nfc(header.number), left, doc.y, { width: leftWidth, align: 'center' });
  }
  const leftBottom = doc.y;
  doc.font(fontNames.bold).fontSize(size - 0.5);
  doc.text(nfc(motto), rightX, top, { width: rightWidth, align: 'center' });
  doc.fontSize(size).text(nfc(mottoLine), rightX, doc.y, { width: rightWidth, align: 'center' });
  underline(doc, rightX + rightWidth / 2, doc.y + 2, 80);
  doc.y += 6;
  if (header.placeDate) {
    doc.font(fontNames.italic).fontSize(size - 0.5);
    doc.text(nfc(header.placeDate), rightX, doc.y, { width: rightWidth, align: 'center' });
  }
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + 16;
}

function drawContinuationHeader(doc: PDFKit.PDFDocument, left: number, width: number): void {
  const top = doc.page.margins.top - 14;
  doc.font(fontNames.bold).fontSize(7.5).fillColor('#000000');
  doc.text(nfc(`${motto} – ${mottoLine}`), left, top, { width, align: 'center', lineBreak: false });
  doc.x = left;
  // pdfkit puts the flow at the top margin itself after an automatic page break.
  doc.y = doc.page.margins.top;
}

function drawFooter(
  doc: PDFKit.PDFDocument,
  form: FormDocument,
  image: Buffer,
  left: number,
  width: number,
  pageLabel: string,
): void {
  const bottomMargin = doc.page.margins.bottom;
  // Writing below the bottom margin must not open a new page.
  doc.page.margins.bottom = 0;
  const top = doc.page.height - bottomMargin + 12;
  doc
    .moveTo(left, top - 4)
    .lineTo(left + width, top - 4)
    .lineWidth(0.4)
    .stroke('#000000');
  doc.image(image, left, top, { width: qrSize, height: qrSize });
  const textX = left + qrSize + 8;
  const textWidth = width - qrSize - 8 - 70;
  doc.font(fontNames.regular).fontSize(7.5).fillColor('#000000');
  doc.text(nfc(`${form.qrCaption}: ${form.qrUrl}`), textX, top + 6, { width: textWidth });
  doc.text(nfc(form.footer), textX, doc.y + 2, { width: textWidth });
  doc.text(pageLabel, left + width - 70, top + 6, { width: 70, align: 'right', lineBreak: false });
  doc.page.margins.bottom = bottomMargin;
}

function underline(doc: PDFKit.PDFDocument, centre: number, y: number, half: number): void {
  doc
    .moveTo(centre - half, y)
    .lineTo(centre + half, y)
    .lineWidth(0.6)
    .stroke('#000000');
}
