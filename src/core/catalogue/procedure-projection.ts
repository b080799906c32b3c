import { foldVietnamese } from './fold.ts';
import type { ProcedureRecord } from './procedure-record.ts';

/** The columns of `procedures` that mirror the version in force, for lists, filters and search. */
export function projectProcedure(record: ProcedureRecord) {
  const searchable = [
    record.code,
    record.name,
    record.field,
    ...record.keywords,
    record.implementingAgency ?? '',
    record.competentAgency ?? '',
    record.result,
  ];
  return {
    name: record.name,
    field: record.field,
    levels: record.levels,
    nameFolded: foldVietnamese(record.name),
    searchFolded: foldVietnamese(searchable.join(' | ')),
    channels: [...new Set(record.channels.map((c) => c.kind))],
    boundaryFree: record.boundaryFree,
    onlineLevel: record.onlineLevel,
  };
}
