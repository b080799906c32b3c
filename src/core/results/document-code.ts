import type { ProcedureRecord } from '../catalogue/procedure-record.ts';

/**
 * The result-type code of a procedure's result (mã loại kết quả in the national TTHC database).
 * The catalogue record lists its results with their codes (`resultItems[].code`). When it states
 * none, the fallback is "KQ." + the procedure code (e.g. KQ.1.001193): unique per procedure in
 * the national database, and recognisable until the national code is recorded in the catalogue.
 */
export function listResultTypes(record: ProcedureRecord): Array<{ name: string; code: string }> {
  const coded = record.resultItems
    .filter((item) => item.code !== null)
    .map((item) => ({ name: item.name, code: item.code as string }));
  if (coded.length > 0) return coded;
  return [
    {
      name: record.resultItems[0]?.name ?? record.result,
      code: fallbackResultTypeCode(record.code),
    },
  ];
}

export function fallbackResultTypeCode(procedureCode: string): string {
  return `KQ.${procedureCode}`;
}

/** Keeps letters and digits of an identity number (CCCD, passport, tax code), upper-cased. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/**
 * Decree 118/2025 Art. 22: the document code of an electronic result is the holder's ID number
 * followed by the document-type code (for TTHC results, the result-type code).
 */
export function composeDocumentCode(holderIdNumber: string, resultTypeCode: string): string {
  return `${normaliseIdNumber(holderIdNumber)}${resultTypeCode}`;
}
