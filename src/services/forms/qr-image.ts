import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/**
 * A QR code as an 8-bit greyscale PNG without alpha: pdfkit embeds such a PNG's compressed data
 * as it is (no decoding, no soft mask), and print stays sharp because viewers scale it without
 * smoothing. Error correction M, the standard quiet zone of 4 modules, 4 pixels per module.
 */
export function renderQrPng(text: string, scale = 4): Buffer {
  const quiet = 4;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + 2 * quiet) * scale;
  const stride = size + 1;
  const raw = Buffer.alloc(stride * size, 0xff);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0; // filter type "none" for the row
    const row = Math.floor(y / scale) - quiet;
    if (row < 0 || row >= modules.size) continue;
    for (let x = 0; x < size; x++) {
      const col = Math.floor(x / scale) - quiet;
      if (col >= 0 && col < modules.size && modules.get(row, col)) raw[y * stride + 1 + x] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit depth, greyscale, deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
