import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans (the dejavu-fonts-ttf package): every Vietnamese letter with its tone mark as a
 * precomposed glyph, so text drawn in NFC is extracted back as the same NFC text. The files are
 * read once; each document parses its own copy, because fontkit's subsetting rewrites the
 * composite glyphs (letters with accents) of the font object it works on: a parsed font shared
 * between documents prints wrong letters from the second document on.
 */
export const fontNames = {
  regular: 'DejaVu',
  bold: 'DejaVu-Bold',
  italic: 'DejaVu-Italic',
} as const;
type FontKey = keyof typeof fontNames;

const files: Record<FontKey, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

let loaded: Record<FontKey, Buffer> | undefined;

export function registerFonts(doc: PDFKit.PDFDocument): void {
  if (!loaded) {
    const dir = join(
      dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    const read = (key: FontKey) => readFileSync(join(dir, files[key]));
    loaded = { regular: read('regular'), bold: read('bold'), italic: read('italic') };
  }
  for (const key of Object.keys(fontNames) as FontKey[])
    doc.registerFont(fontNames[key], loaded[key]);
}
