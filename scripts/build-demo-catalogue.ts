/**
 * Builds fixtures/procedures/demo-procedures.json from the real national-portal sample in
 * ../shared/data/procedures (not part of this repository): picks procedures, maps them to our
 * record schema and to the demo province's agencies. Run: npx tsx scripts/build-demo-catalogue.ts
 * The output is committed; rerun only to change the selection.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  type DeadlineUnit,
  type ProcedureRecord,
  procedureRecordSchema,
} from '../src/core/catalogue/procedure-record.ts';

const source = new URL('../../shared/data/procedures/procedures-sample.json', import.meta.url);
const departments = JSON.parse(
  readFileSync(new URL('../fixtures/org/departments.json', import.meta.url), 'utf8'),
);

// biome-ignore lint/suspicious/noExplicitAny: the source JSON is untyped; zod validates the result.
type Raw = Record<string, any>;

/** The demo selection: well-known procedures of both levels (issue #2: about 20). */
const selected = [
  '1.001193',
  '1.000894',
  '1.000656',
  '1.000689',
  '1.004884',
  '2.000806',
  '2.000635',
  '2.000815',
  '1.001612',
  '2.000720',
  '1.013225',
  '1.013229',
  '1.013231',
  '1.013978',
  '1.012753',
  '1.012783',
  '1.013831',
  '3.000333',
];

/** Procedures the portal shows without a unit, or without an amount: what the law says. */
const deadlineFixes: Record<string, { amount: number; unit: DeadlineUnit; why: string }> = {
  '1.001193': {
    amount: 0,
    unit: 'same_day',
    why: 'Luật Hộ tịch 2014 Điều 16: ngay trong ngày tiếp nhận hồ sơ đầy đủ',
  },
  '1.000894': {
    amount: 0,
    unit: 'same_day',
    why: 'Luật Hộ tịch 2014 Điều 18: ngay sau khi nhận đủ giấy tờ',
  },
  '1.000656': {
    amount: 0,
    unit: 'same_day',
    why: 'Luật Hộ tịch 2014 Điều 34: ngay sau khi nhận đủ giấy tờ',
  },
  '2.000635': {
    amount: 0,
    unit: 'same_day',
    why: 'cấp bản sao trích lục: trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '2.000815': {
    amount: 0,
    unit: 'same_day',
    why: 'Nghị định 23/2015 Điều 7: trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '1.001612': { amount: 3, unit: 'working_days', why: 'đăng ký hộ kinh doanh: 03 ngày làm việc' },
  '2.000720': {
    amount: 3,
    unit: 'working_days',
    why: 'thay đổi đăng ký hộ kinh doanh: 03 ngày làm việc',
  },
};

const levelMap: Record<string, ProcedureRecord['levels'][number]> = {
  'trung ương': 'central',
  tỉnh: 'province',
  xã: 'commune',
  khác: 'other',
  huyện: 'commune',
};
const channelMap = { truc_tiep: 'in_person', truc_tuyen: 'online', buu_chinh: 'postal' } as const;

function convert(raw: Raw): ProcedureRecord {
  const fix = deadlineFixes[raw.code];
  const channels = (raw.channels as Raw[]).map((c) => {
    const amount = c.deadline?.amount ?? null;
    const unit = c.deadline?.unit ?? (amount !== null ? 'working_days' : null);
    const deadline = fix
      ? { amount: fix.amount, unit: fix.unit }
      : amount !== null && unit
        ? { amount, unit }
        : null;
    return {
      kind: channelMap[c.kind as keyof typeof channelMap],
      deadline,
      deadlineText: c.deadlineText ?? (fix ? fix.why : null),
      fees: (c.fees as Raw[]).map((f) => ({
        name: f.name,
        amountVnd: f.amountVnd ?? null,
        per: f.per ?? null,
        note: f.note ?? null,
      })),
      feeText: c.feeText ?? null,
      free: c.free ?? null,
      description: c.description ?? (fix ? `Thời hạn: ${fix.why}.` : null),
    };
  });
  return procedureRecordSchema.parse({
    code: raw.code,
    name: raw.name,
    field: raw.field,
    levels: [...new Set((raw.level as string[]).map((l) => levelMap[l]!))],
    procedureType: raw.procedureType ?? null,
    steps: raw.steps,
    channels,
    documents: (raw.documents as Raw[])
      .filter((d) => d.name)
      .map((d) => ({
        caseName: d.caseName ?? null,
        name: d.name,
        originals: d.originals ?? null,
        copies: d.copies ?? null,
        formTemplate: d.formTemplate ?? null,
      })),
    subjects: raw.subjects ?? [],
    implementingAgency: raw.agency ?? null,
    competentAgency: raw.competentAgency ?? null,
    coordinatingAgency: raw.coordinatingAgency ?? null,
    receivingAddress: raw.receivingAddress ?? null,
    result: raw.result,
    resultItems: (raw.resultItems ?? []).filter((r: Raw) => r.name),
    legalBases: (raw.legalBases as Raw[])
      .filter((l) => l.summary)
      .map((l) => ({
        number: l.number ?? null,
        summary: l.summary,
        issuedOn: l.issuedOn ?? null,
        issuer: l.issuer ?? null,
      })),
    requirements: raw.requirements ?? null,
    keywords: [],
    onlineLevel: channels.some((c) => c.kind === 'online') ? 'partial' : null,
    boundaryFree: !['Đất đai', 'Hoạt động xây dựng'].includes(raw.field),
    interAgency: false,
    decisionNumber: raw.decisionNumber ?? null,
    sourceUrl: raw.sourceUrl ?? null,
  });
}

/** Which demo agency implements a procedure: communes for commune-level, else by field. */
function assignAgency(record: ProcedureRecord) {
  const communeDivision = departments.commune.fieldDivision[record.field];
  if (record.levels.includes('commune') && !record.levels.includes('province')) {
    return { level: 'commune', division: communeDivision ?? departments.commune.divisionsXa[0] };
  }
  const all = [...departments.departments, ...departments.external];
  const agency =
    all.find((d: Raw) => d.fields.includes(record.field)) ?? departments.departments[0];
  const division = record.field === 'Đất đai' ? 'Văn phòng Đăng ký đất đai' : agency.divisions[0];
  return { level: 'province', agencyCode: agency.code, division };
}

const raws = JSON.parse(readFileSync(source, 'utf8')) as Raw[];
const byCode = new Map(raws.map((r) => [r.code, r]));
const items = selected.map((code) => {
  const raw = byCode.get(code);
  if (!raw) throw new Error(`missing ${code}`);
  const record = convert(raw);
  return { record, agency: assignAgency(record) };
});
writeFileSync(
  new URL('../fixtures/procedures/demo-procedures.json', import.meta.url),
  `${JSON.stringify(items, null, 1)}\n`,
);
console.log(`wrote ${items.length} procedures`);
