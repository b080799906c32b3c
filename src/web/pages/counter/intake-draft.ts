import type { DocumentForm, IntakeView, Requirement, UploadedScan } from './intake-types.ts';

/** One line of the checklist as the officer fills it. */
export interface LineDraft {
  ticked: boolean;
  form: DocumentForm;
  quantity: number;
  scan: UploadedScan | null;
}

/** A paper not in the catalogue's list (giấy tờ khác). */
export interface ExtraDraft {
  key: number;
  name: string;
  form: DocumentForm;
  quantity: number;
  scan: UploadedScan | null;
}

export type Lines = Record<number, LineDraft>;

export function appliesToCase(line: Requirement, caseName: string): boolean {
  return line.caseName === null || line.caseName === (caseName || null);
}

export function defaultLine(line: Requirement): LineDraft {
  return {
    ticked: false,
    form: line.originals > 0 ? 'original' : 'copy',
    quantity: Math.max(1, line.originals > 0 ? line.originals : line.copies),
    scan: null,
  };
}

export function getLine(lines: Lines, line: Requirement): LineDraft {
  return lines[line.no] ?? defaultLine(line);
}

/** Ticks every required line of the case and the first line of each alternative group left open. */
export function tickRequired(requirements: Requirement[], caseName: string, lines: Lines): Lines {
  const next = { ...lines };
  const openGroups = new Set<number>();
  for (const line of requirements) {
    if (!appliesToCase(line, caseName)) continue;
    if (line.kind === 'required') next[line.no] = { ...getLine(next, line), ticked: true };
    if (line.kind === 'alternative' && line.group !== null) {
      const members = requirements.filter((r) => r.group === line.group);
      if (!members.some((m) => next[m.no]?.ticked) && !openGroups.has(line.group)) {
        openGroups.add(line.group);
        next[line.no] = { ...getLine(next, line), ticked: true };
      }
    }
  }
  return next;
}

/** What the server will refuse as missing (the same rule as document-requirements.ts). */
export function findMissing(requirements: Requirement[], caseName: string, lines: Lines) {
  const missing: string[] = [];
  const seen = new Set<number>();
  for (const line of requirements) {
    if (!appliesToCase(line, caseName) || line.kind === 'conditional') continue;
    if (line.kind === 'required') {
      if (!lines[line.no]?.ticked) missing.push(line.name);
    } else if (line.group !== null && !seen.has(line.group)) {
      seen.add(line.group);
      const members = requirements.filter((r) => r.group === line.group);
      if (!members.some((m) => lines[m.no]?.ticked))
        missing.push(members.map((m) => m.name).join(' hoặc '));
    }
  }
  return missing;
}

export function toDocumentsPayload(requirements: Requirement[], caseName: string, lines: Lines) {
  return requirements
    .filter((line) => appliesToCase(line, caseName) && lines[line.no]?.ticked)
    .map((line) => {
      const draft = getLine(lines, line);
      return {
        requirementNo: line.no,
        form: draft.form,
        quantity: draft.quantity,
        ...(draft.scan ? { fileId: draft.scan.id } : {}),
      };
    });
}

export function toExtrasPayload(extras: ExtraDraft[]) {
  return extras
    .filter((extra) => extra.name.trim())
    .map((extra) => ({
      name: extra.name.trim(),
      form: extra.form,
      quantity: extra.quantity,
      ...(extra.scan ? { fileId: extra.scan.id } : {}),
    }));
}

/** The checklist of a received dossier, to correct it. */
export function linesFromIntake(intake: IntakeView): { lines: Lines; extras: ExtraDraft[] } {
  const lines: Lines = {};
  const current = intake.documents.filter((d) => d.removedAt === null && d.source !== 'supplement');
  for (const doc of current) {
    if (doc.requirementNo === null) continue;
    lines[doc.requirementNo] = {
      ticked: true,
      form: doc.form,
      quantity: doc.quantity,
      scan: doc.file
        ? { id: doc.file.id, fileName: doc.file.fileName ?? '', size: doc.file.size }
        : null,
    };
  }
  const extras = current
    .filter((d) => d.requirementNo === null)
    .map((d, index) => ({
      key: index + 1,
      name: d.name,
      form: d.form,
      quantity: d.quantity,
      scan: d.file ? { id: d.file.id, fileName: d.file.fileName ?? '', size: d.file.size } : null,
    }));
  return { lines, extras };
}
