import jsQRModule from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a real PDF the way a person's viewer would (Mozilla's PDF.js, pure JavaScript): the text
 * of each page, the page sizes, and the QR codes drawn as images, decoded with jsQR. For tests of
 * generated documents (forms, receipts, reports).
 */
export interface PdfPage {
  /** The page's text: items in drawing order, a line break where the PDF ends a line. */
  text: string;
  /** Width and height in points (A4 portrait ≈ 595 × 842). */
  width: number;
  height: number;
}

export interface InspectedPdf {
  pages: PdfPage[];
  /** Every page's text, pages separated by a form feed. */
  text: string;
  /** The document information (Title, Author, …). */
  info: Record<string, unknown>;
}

async function openPdf(bytes: Uint8Array | Buffer) {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  return getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

/** The text of every page, exactly as stored (no Unicode normalisation by the reader). */
export async function extractPdfText(bytes: Uint8Array | Buffer): Promise<InspectedPdf> {
  const pdf = await openPdf(bytes);
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ disableNormalization: true });
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pages.push({ text, width: x1 - x0, height: y1 - y0 });
    }
    const meta = await pdf.getMetadata();
    return {
      pages,
      text: pages.map((p) => p.text).join('\f'),
      info: (meta.info ?? {}) as Record<string, unknown>,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Collapses runs of white space, so a test can look for a phrase across wrapped lines. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// jsqr is CommonJS whose typings declare an ES default export: under NodeNext the default import
// is typed as the module object; at run time it is the function (which also has `.default`).
const jsQR = (jsQRModule as unknown as { default: typeof jsQRModule.default }).default;

interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

function toRgba(image: DecodedImage): Uint8ClampedArray {
  const pixels = image.width * image.height;
  const channels = image.data.length / pixels;
  if (channels === 4) return new Uint8ClampedArray(image.data);
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let p = 0; p < pixels; p++) {
    const src = p * channels;
    rgba[p * 4] = image.data[src]!;
    rgba[p * 4 + 1] = image.data[channels === 1 ? src : src + 1]!;
    rgba[p * 4 + 2] = image.data[channels === 1 ? src : src + 2]!;
    rgba[p * 4 + 3] = 255;
  }
  return rgba;
}

/**
 * The QR codes of each page: every image the page paints is decoded; the texts of those that are
 * QR codes are returned, per page, in drawing order.
 */
export async function decodePdfQrCodes(bytes: Uint8Array | Buffer): Promise<string[][]> {
  const pdf = await openPdf(bytes);
  try {
    const result: string[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const ops = await page.getOperatorList();
      const found: string[] = [];
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
        const name = ops.argsArray[i][0] as string;
        // An image painted on several pages lives in the document's shared objects ("g_…").
        const store = name.startsWith('g_') ? page.commonObjs : page.objs;
        const image = await new Promise<DecodedImage>((resolve) =>
          store.get(name, (value: DecodedImage) => resolve(value)),
        );
        const code = jsQR(toRgba(image), image.width, image.height);
        if (code) found.push(code.data);
      }
      result.push(found);
    }
    return result;
  } finally {
    await pdf.destroy();
  }
}
