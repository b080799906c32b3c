import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCsv, parseCsv } from './csv.ts';

describe('encodeCsv', () => {
  it('quotes only fields holding the delimiter, a quote or a line break (RFC 4180)', () => {
    expect(encodeCsv([['Mã', 'Tên, đầy đủ', 'Nói "có"', 'Dòng 1\nDòng 2', 'trơn']])).toBe(
      'Mã,"Tên, đầy đủ","Nói ""có""","Dòng 1\nDòng 2",trơn\r\n',
    );
  });

  it('keeps a record of one empty field from becoming a blank line', () => {
    expect(encodeCsv([['a'], [''], ['b']])).toBe('a\r\n""\r\nb\r\n');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, delimiters and CRLF inside', () => {
    const parsed = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","1\r\n2"\r\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', '1\r\n2'],
    ]);
  });

  it('takes LF-only files and a last record without a line break', () => {
    expect(parseCsv('a,b\n1,2').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('detects the semicolon and tab delimiters from the header, ignoring quoted commas', () => {
    const semicolon = parseCsv('"Yêu cầu, điều kiện";Mã;Tên\r\nx;1.001193;Đăng ký\r\n');
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.rows[1]).toEqual(['x', '1.001193', 'Đăng ký']);
    expect(parseCsv('a\tb\r\n1\t2\r\n').rows[1]).toEqual(['1', '2']);
  });

  it('keeps Vietnamese text byte for byte', () => {
    const text = 'Đăng ký khai sinh – Ủy ban nhân dân phường Phố Hiến';
    expect(parseCsv(encodeCsv([[text, text.normalize('NFD')]])).rows).toEqual([
      [text, text.normalize('NFD')],
    ]);
  });

  it('reports an unterminated quote with the record it starts in', () => {
    const parsed = parseCsv('a,b\r\n1,2\r\n3,"never closed\r\n4,5\r\n');
    expect(parsed.errors).toEqual([{ row: 3, message: expect.stringContaining('không đóng') }]);
  });

  it('reports text after a closing quote and keeps later records aligned', () => {
    const parsed = parseCsv('a,b\r\n"x"y,2\r\n3,4\r\n');
    expect(parsed.errors.map((e) => e.row)).toEqual([2]);
    expect(parsed.rows[1]).toEqual(['xy', '2']);
    expect(parsed.rows[2]).toEqual(['3', '4']);
  });

  it('round-trips any table of strings', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'Đ', 'ế', ',', ';', '"', '\r', '\n', ' '),
    });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(encodeCsv(rows), ',');
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows).toEqual(rows);
      }),
    );
  });
});
