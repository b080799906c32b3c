import { foldVietnamese } from '../../core/catalogue/fold.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { suggestWords } from '../../core/catalogue/spelling.ts';
import { DomainError } from '../../core/errors.ts';
import { listVersionFiles } from '../../db/repositories/catalogue.ts';
import { listCatalogueFields, searchCatalogue } from '../../db/repositories/catalogue-search.ts';
import {
  findProcedureByCode,
  findVersionInForce,
  listProcedureAgencies,
} from '../../db/repositories/procedures.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';
import { loadCatalogueWords } from './catalogue-words.ts';

export interface SearchInput {
  q?: string;
  agency?: string;
  field?: string;
  level?: string;
  channel?: string;
  boundaryFree?: boolean;
  order?: 'relevance' | 'usage' | 'code';
  includeFictional?: boolean;
  page: number;
  pageSize: number;
}

/**
 * The public catalogue search (portal and `GET /api/v1/procedures`): diacritics ignored, typos
 * forgiven, ranked by relevance then usage; filters by agency, field, level, channel.
 */
export async function searchProcedures(ctx: ServiceContext, input: SearchInput) {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  let agencyUnitId: string | undefined;
  if (input.agency) {
    const unit = await findUnitByCode(ctx.db, input.agency);
    if (!unit || unit.tenantId !== tenantId)
      return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
    agencyUnitId = unit.id;
  }
  const q = foldVietnamese(input.q ?? '').slice(0, 200);
  const hits = await searchCatalogue(ctx.db, {
    tenantId,
    q,
    alternatives: await spellingAlternatives(ctx, tenantId, q),
    field: input.field,
    level: input.level,
    channel: input.channel,
    boundaryFree: input.boundaryFree,
    agencyUnitId,
    includeFictional: input.includeFictional ?? false,
    order: input.order ?? 'relevance',
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    items: hits.map(({ score: _score, total: _total, ...hit }) => hit),
    total: hits[0]?.total ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** Dictionary neighbours of each query word, for the corrected-words step of the search. */
async function spellingAlternatives(ctx: ServiceContext, tenantId: string, q: string) {
  const words = q.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const dictionary = await loadCatalogueWords(ctx.db, tenantId);
  return words.map((word) => suggestWords(word, dictionary));
}

export async function listFields(ctx: ServiceContext) {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const collator = new Intl.Collator('vi');
  return (await listCatalogueFields(ctx.db, tenantId)).sort((a, b) =>
    collator.compare(a.field, b.field),
  );
}

/** The published record in force now, with its version, forms and implementing agencies. */
export async function getPublishedProcedure(ctx: ServiceContext, code: string) {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const procedure = await findProcedureByCode(ctx.db, tenantId, code);
  const version = procedure
    ? await findVersionInForce(ctx.db, procedure.id, ctx.clock.now())
    : undefined;
  if (!procedure || !version || version.status === 'abolished') {
    throw new DomainError('NOT_FOUND', `Không có thủ tục đang hiệu lực mã ${code}.`);
  }
  const [files, agencies] = await Promise.all([
    listVersionFiles(ctx.db, version.id),
    listProcedureAgencies(ctx.db, procedure.id),
  ]);
  return {
    ...procedureRecordSchema.parse(version.record),
    version: version.versionNo,
    effectiveFrom: version.effectiveFrom?.toISOString() ?? null,
    publication: {
      decisionNumber: version.decisionNumber,
      decisionDate: version.decisionDate,
      decisionSigner: version.decisionSigner,
      changeKind: version.changeKind,
    },
    forms: files.map((f) => ({
      name: f.formName,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.sizeBytes,
      url: `/api/v1/procedures/${code}/forms/${encodeURIComponent(f.formName)}`,
    })),
    agencies: agencies.map((a) => ({ code: a.code, name: a.name })),
    isFictional: procedure.isFictional,
    usageCount: procedure.usageCount,
  };
}
