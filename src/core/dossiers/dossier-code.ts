/**
 * Dossier code, Decree 118/2025 Art. 28: the electronic identifier of the competent agency (for an
 * inter-agency group: of the receiving one-stop unit), then the reception date and the sequence of
 * dossiers received that day. The literal separators are not fixed by the decree (domain.md §6.3);
 * we use the common practice `<agency>-<yymmdd>-<nnnn>`, e.g. `000.00.31.H31-261129-0007`.
 */
export function formatDossierCode(agencyCode: string, localDate: string, sequence: number): string {
  const [year, month, day] = localDate.split('-');
  if (!year || !month || !day) throw new RangeError(`Bad date ${localDate}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Bad sequence ${sequence}`);
  return `${agencyCode}-${year.slice(2)}${month}${day}-${String(sequence).padStart(4, '0')}`;
}

const codePattern = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

export function parseDossierCode(
  code: string,
): { agencyCode: string; date: string; sequence: number } | undefined {
  const match = codePattern.exec(code);
  if (!match) return undefined;
  const [, agencyCode, yy, mm, dd, seq] = match;
  return { agencyCode: agencyCode!, date: `20${yy}-${mm}-${dd}`, sequence: Number(seq) };
}
