/**
 * A large, realistic catalogue for benchmarks: N published procedures derived from real ones,
 * deterministic for a given seed, loaded with multi-row inserts.
 *
 * Names, fields and levels come from the real national-portal sample
 * (../shared/data/procedures/procedures-sample.json, 1,500 records) when it is present, else from
 * the demo catalogue (fixtures/procedures/demo-procedures.json, always in the repository). Each
 * generated record takes the body (steps, channels, documents, legal bases) of a demo procedure,
 * so it is valid per procedureRecordSchema and about as large as a real one. Codes are
 * "8.xxxxxx": no national code starts with 8, so they never collide with the demo catalogue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Insertable, sql } from 'kysely';
import { projectProcedure } from '../../src/core/catalogue/procedure-projection.ts';
import {
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../src/core/catalogue/procedure-record.ts';
import type { Db } from '../../src/db/database.ts';
import { newId } from '../../src/db/ids.ts';
import type {
  ProcedureAgencyTable,
  ProcedureTable,
  ProcedureVersionTable,
} from '../../src/db/schema.ts';

const samplePath = new URL(
  '../../../shared/data/procedures/procedures-sample.json',
  import.meta.url,
);
const demoPath = new URL('../../fixtures/procedures/demo-procedures.json', import.meta.url);
const departmentsPath = new URL('../../fixtures/org/departments.json', import.meta.url);

type Level = ProcedureRecord['levels'][number];

interface NameSource {
  name: string;
  field: string;
  levels: Level[];
  agency: string | null;
}

/** Mulberry32: a small, fast, seeded PRNG (same seed → same catalogue on every machine). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const levelMap: Record<string, Level> = {
  'trung ương': 'central',
  tỉnh: 'province',
  xã: 'commune',
  huyện: 'commune',
  khác: 'other',
};

const caseVariants = [
  'cấp lần đầu',
  'cấp lại do bị mất, hư hỏng',
  'thay đổi thông tin',
  'có yếu tố nước ngoài',
  'ủy quyền thực hiện',
  'gia hạn',
  'điều chỉnh nội dung',
  'hồ sơ nộp trực tuyến',
  'đối tượng được miễn, giảm',
];
const subjectVariants = [
  'tổ chức',
  'cá nhân',
  'hộ gia đình, cá nhân',
  'doanh nghiệp có vốn đầu tư nước ngoài',
  'hợp tác xã',
  'tổ chức, cá nhân nước ngoài',
  'đơn vị sự nghiệp công lập',
];
const levelVariants: Level[][] = [
  ['province'],
  ['commune'],
  ['province', 'commune'],
  ['central', 'province'],
  ['central', 'commune'],
];

function loadNameSources(bodies: ProcedureRecord[]): { sources: NameSource[]; from: string } {
  if (existsSync(samplePath)) {
    // biome-ignore lint/suspicious/noExplicitAny: raw sample JSON, only a few fields are read.
    const raws = JSON.parse(readFileSync(samplePath, 'utf8')) as any[];
    return {
      from: 'procedures-sample.json',
      sources: raws.map((r) => ({
        name: String(r.name),
        field: String(r.field),
        levels: [...new Set((r.level as string[]).map((l) => levelMap[l] ?? 'other'))],
        agency: r.agency ?? null,
      })),
    };
  }
  return {
    from: 'demo-procedures.json',
    sources: bodies.map((r) => ({
      name: r.name,
      field: r.field,
      levels: r.levels,
      agency: r.implementingAgency,
    })),
  };
}

/** The demo catalogue's records: the bodies generated procedures borrow. */
export function loadDemoRecords(): ProcedureRecord[] {
  const items = JSON.parse(readFileSync(demoPath, 'utf8')) as Array<{ record: unknown }>;
  return items.map((i) => procedureRecordSchema.parse(i.record));
}

export interface GeneratedCatalogue {
  records: ProcedureRecord[];
  /** Where names came from: the real sample, or the demo catalogue when the sample is absent. */
  namesFrom: string;
}

/** N valid procedure records, codes 8.000001…, deterministic for (n, seed). */
export function generateCatalogue(n: number, seed = 2026): GeneratedCatalogue {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const bodies = loadDemoRecords();
  const { sources, from } = loadNameSources(bodies);
  const fields = [...new Set(sources.map((s) => s.field))];
  const records: ProcedureRecord[] = [];
  for (let i = 0; i < n; i++) {
    const source = pick(sources);
    const body = pick(bodies);
    const roll = random();
    let name = source.name;
    if (roll < 0.35) name = `${source.name} (trường hợp ${pick(caseVariants)})`;
    else if (roll < 0.6) name = `${source.name} đối với ${pick(subjectVariants)}`;
    else if (roll < 0.75) name = `${source.name} (cấp ${random() < 0.5 ? 'tỉnh' : 'xã'})`;
    const field = random() < 0.85 ? source.field : pick(fields);
    const levels = random() < 0.7 ? source.levels : pick(levelVariants);
    records.push(
      procedureRecordSchema.parse({
        ...body,
        code: `8.${String(i + 1).padStart(6, '0')}`,
        name,
        field,
        levels,
        implementingAgency: source.agency ?? body.implementingAgency,
        keywords: [],
        description: 'Thủ tục sinh tự động cho đo hiệu năng (không có thật).',
        sourceUrl: null,
      }),
    );
  }
  return { records, namesFrom: from };
}

interface Departments {
  departments: Array<{ code: string; divisions: string[]; fields: string[] }>;
  external: Array<{ code: string; divisions: string[]; fields: string[] }>;
  commune: { fieldDivision: Record<string, string> };
}

/** Multi-row INSERT in chunks small enough for the 65,535-parameter limit of the protocol. */
async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Loads records as published procedures (version 1 in force, search columns projected) with their
 * agencies: commune-level ones at every commune (as the demo seed does), the others at the
 * provincial agency whose fields list theirs (else a department picked by the seed). Needs the
 * demo organisation (seedDemo) first. Returns the number of procedure_agencies rows written.
 */
export async function insertCatalogue(
  db: Db,
  records: ProcedureRecord[],
  seed = 2026,
): Promise<{ procedures: number; agencyRows: number }> {
  const random = seededRandom(seed + 1);
  const departments = JSON.parse(readFileSync(departmentsPath, 'utf8')) as Departments;
  const units = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'parentId', 'tenantId'])
    .execute();
  const province = units.find((u) => u.kind === 'province');
  if (!province) throw new Error('seed the demo organisation first');
  const tenantId = province.tenantId;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const divisionsOf = (parentId: string) =>
    units.filter((u) => u.parentId === parentId && u.kind === 'division');
  const communes = units
    .filter((u) => u.kind === 'commune')
    .map((c) => ({ id: c.id, divisions: divisionsOf(c.id) }));
  const agencies = [...departments.departments, ...departments.external];
  const withFields = departments.departments.filter((d) => d.fields.length > 0);

  const procedures: Insertable<ProcedureTable>[] = [];
  const versions: Insertable<ProcedureVersionTable>[] = [];
  const links: Insertable<ProcedureAgencyTable>[] = [];
  for (const record of records) {
    const id = newId();
    const versionId = newId();
    procedures.push({
      id,
      tenantId,
      code: record.code,
      ...projectProcedure(record),
      // A long tail of usage, as in a real catalogue (a few procedures take most dossiers).
      usageCount: Math.floor(1000 * random() ** 6),
      reviewDueOn: '2027-06-30',
    });
    versions.push({
      id: versionId,
      tenantId,
      procedureId: id,
      versionNo: 1,
      status: 'published',
      changeKind: 'new',
      record: JSON.stringify(record),
      effectiveFrom: new Date('2025-07-01T00:00:00+07:00'),
      decisionNumber: record.decisionNumber,
      decisionDate: '2025-06-25',
      decisionSigner: 'Chủ tịch UBND tỉnh (đo hiệu năng)',
      legalEffectiveOn: '2025-07-01',
      publishedAt: new Date('2025-06-27T09:00:00+07:00'),
    });
    if (record.levels.includes('commune') && !record.levels.includes('province')) {
      const prefix = departments.commune.fieldDivision[record.field];
      for (const c of communes) {
        const division = prefix ? c.divisions.find((d) => d.name.startsWith(prefix)) : undefined;
        links.push({
          procedureId: id,
          unitId: c.id,
          tenantId,
          handlingUnitId: division?.id ?? null,
        });
      }
    } else {
      const agency =
        agencies.find((a) => a.fields.includes(record.field)) ??
        withFields[Math.floor(random() * withFields.length)]!;
      const unit = byCode.get(agency.code)!;
      const division = divisionsOf(unit.id)[0];
      links.push({
        procedureId: id,
        unitId: unit.id,
        tenantId,
        handlingUnitId: division?.id ?? null,
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    await insertChunked(procedures, 500, (chunk) =>
      trx.insertInto('procedures').values(chunk).execute(),
    );
    await insertChunked(versions, 100, (chunk) =>
      trx.insertInto('procedureVersions').values(chunk).execute(),
    );
    await sql`UPDATE procedures p SET published_version_id = v.id
      FROM procedure_versions v
      WHERE v.procedure_id = p.id AND p.published_version_id IS NULL AND p.code LIKE '8.%'`.execute(
      trx,
    );
    await insertChunked(links, 5000, (chunk) =>
      trx.insertInto('procedureAgencies').values(chunk).execute(),
    );
  });
  return { procedures: records.length, agencyRows: links.length };
}
