import type { ProcedureRecord } from '../../core/catalogue/procedure-record.ts';

/**
 * The checklist of a procedure version (thành phần hồ sơ) and which lines reception must insist on
 * (Decree 118/2025 Art. 17.1: an incomplete dossier is not received; the applicant gets form 02
 * guidance instead). Pure: no I/O.
 *
 * The catalogue publishes each line as free text, without a "required" flag, so the line's kind is
 * read from its wording, leaning towards not blocking a reception:
 *  - `conditional`: asks for no paper (0 originals, 0 copies: an instruction or a note), is worded
 *    as a condition ("Trường hợp…", "Nếu…", "Đối với…", "(nếu có)"), belongs to a "Lưu ý" group,
 *    or is the online form ("điện tử tương tác", "trực tuyến");
 *  - `alternative`: lines of one group whose names begin with the same four words (three kinds of
 *    land-use certificate, two declarations): one of them is enough;
 *  - `required`: every other line.
 */
export type RequirementKind = 'required' | 'alternative' | 'conditional';

export interface Requirement {
  /** 1-based position in the version's `record.documents`: what dossier_documents stores. */
  no: number;
  name: string;
  caseName: string | null;
  originals: number;
  copies: number;
  formTemplate: string | null;
  kind: RequirementKind;
  /** Lines of one alternative group share the number of the group's first line. */
  group: number | null;
}

export interface MissingRequirement {
  requirementNos: number[];
  /** The line's name, or the alternatives joined with " hoặc ". */
  name: string;
}

const conditionalStart = /^(trường hợp|nếu|đối với|lưu ý|ghi chú|ngoài)/;
const conditionalInside = /nếu có|\(nếu|\(trường hợp|trong trường hợp|điện tử tương tác|trực tuyến/;
const enumeration = /^(\(?[0-9ivx]+[.)]\s*|[a-zđ]\)\s*|[-–•+*]\s*)+/;

function normalise(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(enumeration, '');
}

function isConditional(doc: ProcedureRecord['documents'][number]): boolean {
  const name = normalise(doc.name);
  if ((doc.originals ?? 0) + (doc.copies ?? 0) === 0) return true;
  if (conditionalStart.test(name) || conditionalInside.test(name)) return true;
  return normalise(doc.caseName ?? '').startsWith('lưu ý');
}

function prefixOf(name: string): string {
  return (normalise(name).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 4).join(' ');
}

/** Every line of the version's document list with its kind. */
export function describeRequirements(record: ProcedureRecord): Requirement[] {
  const lines: Requirement[] = record.documents.map((doc, index) => ({
    no: index + 1,
    name: doc.name,
    caseName: doc.caseName,
    originals: doc.originals ?? 0,
    copies: doc.copies ?? 0,
    formTemplate: doc.formTemplate,
    kind: isConditional(doc) ? 'conditional' : 'required',
    group: null,
  }));
  const groups = new Map<string, Requirement[]>();
  for (const line of lines) {
    if (line.kind === 'conditional') continue;
    const key = `${line.caseName ?? ''}\u0000${prefixOf(line.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const member of members) {
      member.kind = 'alternative';
      member.group = members[0]!.no;
    }
  }
  return lines;
}

/** Lines common to every case, plus the chosen case's own (trường hợp). */
export function appliesToCase(requirement: Requirement, caseName: string | null): boolean {
  return requirement.caseName === null || requirement.caseName === caseName;
}

/** What the checklist lacks for the case: each required line, each alternative group with none. */
export function findMissingRequirements(
  requirements: Requirement[],
  caseName: string | null,
  providedNos: ReadonlySet<number>,
): MissingRequirement[] {
  const missing: MissingRequirement[] = [];
  const seenGroups = new Set<number>();
  for (const line of requirements) {
    if (!appliesToCase(line, caseName) || line.kind === 'conditional') continue;
    if (line.kind === 'required') {
      if (!providedNos.has(line.no)) missing.push({ requirementNos: [line.no], name: line.name });
      continue;
    }
    if (seenGroups.has(line.group!)) continue;
    seenGroups.add(line.group!);
    const members = requirements.filter((r) => r.group === line.group);
    if (!members.some((m) => providedNos.has(m.no))) {
      missing.push({
        requirementNos: members.map((m) => m.no),
        name: members.map((m) => m.name).join(' hoặc '),
      });
    }
  }
  return missing;
}

/** The form a line is usually handed in as: the original when the catalogue asks for one. */
export function defaultForm(requirement: Requirement): 'original' | 'copy' {
  return requirement.originals > 0 ? 'original' : 'copy';
}
