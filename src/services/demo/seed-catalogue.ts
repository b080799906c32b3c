import { projectProcedure } from '../../core/catalogue/procedure-projection.ts';
import {
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { FileStore } from '../files/file-store.ts';
import { type DemoProcedure, readFixture } from './fixtures.ts';
import type { SeededOrganisation } from './seed-organisation.ts';

/** Published in force from the day the two-level government started. */
const effectiveFrom = new Date('2025-07-01T00:00:00+07:00');

/**
 * The demo catalogue: real procedures of the national portal (fixtures/procedures) bound to the
 * demo agencies — commune-level ones to every commune — plus the fictional test procedures.
 */
export async function seedDemoCatalogue(
  trx: Trx,
  org: SeededOrganisation,
  files: FileStore,
): Promise<number> {
  const items = [
    ...readFixture<DemoProcedure[]>('procedures/demo-procedures.json'),
    ...readFixture<DemoProcedure[]>('procedures/fictional-procedures.json'),
  ];
  for (const item of items) {
    const record = procedureRecordSchema.parse(item.record);
    const procedureId = newId();
    const versionId = newId();
    await trx
      .insertInto('procedures')
      .values({
        id: procedureId,
        tenantId: org.tenantId,
        code: record.code,
        ...projectProcedure(record),
        isFictional: item.fictional ?? false,
        reviewDueOn: '2026-12-31',
      })
      .execute();
    await trx
      .insertInto('procedureVersions')
      .values({
        id: versionId,
        tenantId: org.tenantId,
        procedureId,
        versionNo: 1,
        status: 'published',
        changeKind: 'new',
        record: JSON.stringify(record),
        effectiveFrom,
        decisionNumber: record.decisionNumber,
        decisionDate: '2025-06-25',
        decisionSigner: 'Chủ tịch UBND tỉnh (minh họa)',
        legalEffectiveOn: '2025-07-01',
        publishedAt: new Date('2025-06-27T09:00:00+07:00'),
      })
      .execute();
    await trx
      .updateTable('procedures')
      .set({ publishedVersionId: versionId })
      .where('id', '=', procedureId)
      .execute();
    const agencies = resolveAgencies(item.agency, org);
    await trx
      .insertInto('procedureAgencies')
      .values(
        agencies.map((a) => ({
          procedureId,
          tenantId: org.tenantId,
          unitId: a.unitId,
          handlingUnitId: a.handlingUnitId,
        })),
      )
      .execute();
    await attachPlaceholderForms(trx, files, org.tenantId, versionId, record);
  }
  return items.length;
}

/**
 * The real form templates are not in the sample data: each cited form gets a small text file that
 * says so and points to the national portal, so downloads work end to end in the demo.
 */
async function attachPlaceholderForms(
  trx: Trx,
  files: FileStore,
  tenantId: string,
  versionId: string,
  record: ProcedureRecord,
) {
  const names = [
    ...new Set(record.documents.flatMap((d) => (d.formTemplate ? d.formTemplate.split('; ') : []))),
  ];
  for (const formName of names) {
    const text = [
      'BIỂU MẪU MINH HỌA (dữ liệu demo)',
      '',
      formName,
      `Thủ tục: ${record.name} (mã ${record.code})`,
      '',
      'Tệp này thay cho mẫu đơn, tờ khai chính thức, vốn không có trong dữ liệu mẫu.',
      `Mẫu chính thức: ${record.sourceUrl ?? 'Cổng Dịch vụ công quốc gia, dichvucong.gov.vn'}`,
      '',
    ].join('\n');
    const stored = files.put(new TextEncoder().encode(text));
    const fileId = newId();
    await trx
      .insertInto('files')
      .values({
        id: fileId,
        tenantId,
        sha256: stored.sha256,
        sizeBytes: stored.size,
        mimeType: 'text/plain; charset=utf-8',
        fileName: `${formName.replace(/\.(docx?|pdf)$/i, '')} (minh họa).txt`,
        purpose: 'form_template',
      })
      .execute();
    await trx.insertInto('procedureVersionFiles').values({ versionId, fileId, formName }).execute();
  }
}

function resolveAgencies(agency: DemoProcedure['agency'], org: SeededOrganisation) {
  if (agency.level === 'commune') {
    return org.communes.map((c) => {
      const division = [...c.divisions.entries()].find(([name]) =>
        name.startsWith(agency.division),
      )?.[1];
      return { unitId: c.unitId, handlingUnitId: division ?? null };
    });
  }
  const unitId = org.unitIdByCode.get(agency.agencyCode);
  if (!unitId) throw new Error(`unknown agency ${agency.agencyCode}`);
  const division = org.agencyDivisions.get(agency.agencyCode)?.get(agency.division);
  if (!division) throw new Error(`agency ${agency.agencyCode} has no division ${agency.division}`);
  return [{ unitId, handlingUnitId: division }];
}
