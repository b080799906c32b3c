import { sql } from 'kysely';
import { foldVietnamese } from '../../core/catalogue/fold.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../context.ts';

export interface CatalogueListInput {
  q?: string;
  field?: string;
  level?: string;
  /**
   * published: in force; open: has a draft/under review/approved version (draft, under_review:
   * only that status); review_due: rà soát due within 30 days.
   */
  state?: 'all' | 'published' | 'open' | 'draft' | 'under_review' | 'review_due' | 'abolished';
  page: number;
  pageSize: number;
}

/** The catalogue officers' list: every procedure with its version in force and any open version. */
export async function listCatalogue(
  ctx: ServiceContext,
  principal: Principal,
  input: CatalogueListInput,
) {
  requireScope(principal, 'catalogue.read');
  const q = input.q ? foldVietnamese(input.q) : '';
  const conditions = [sql`p.tenant_id = ${principal.tenantId}`];
  if (q) conditions.push(sql`(p.search_folded LIKE ${`%${q}%`} OR p.code LIKE ${`${q}%`})`);
  if (input.field) conditions.push(sql`p.field = ${input.field}`);
  if (input.level) conditions.push(sql`${input.level} = ANY (p.levels)`);
  if (input.state === 'published') conditions.push(sql`p.published_version_id IS NOT NULL`);
  if (input.state === 'open') conditions.push(sql`open.version_no IS NOT NULL`);
  if (input.state === 'draft' || input.state === 'under_review')
    conditions.push(sql`open.status = ${input.state}`);
  if (input.state === 'abolished') conditions.push(sql`p.lifecycle = 'abolished'`);
  if (input.state === 'review_due') {
    const horizon = new Date(ctx.clock.now().getTime() + 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    conditions.push(sql`p.review_due_on <= ${horizon}`);
  }
  const rows = await sql<{
    code: string;
    name: string;
    field: string;
    levels: string[];
    lifecycle: string;
    isFictional: boolean;
    reviewDueOn: string | null;
    publishedVersionNo: number | null;
    effectiveFrom: Date | null;
    openVersionNo: number | null;
    openStatus: string | null;
    openChangeKind: string | null;
    total: number;
  }>`
    SELECT p.code, p.name, p.field, p.levels, p.lifecycle, p.is_fictional, p.review_due_on,
           pub.version_no AS published_version_no, pub.effective_from,
           open.version_no AS open_version_no, open.status AS open_status, open.change_kind AS open_change_kind,
           count(*) OVER ()::int AS total
    FROM procedures p
    LEFT JOIN procedure_versions pub ON pub.id = p.published_version_id
    LEFT JOIN procedure_versions open ON open.procedure_id = p.id AND open.status IN ('draft','under_review','approved')
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY p.code
    LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`.execute(ctx.db);
  return {
    items: rows.rows.map(({ total: _t, effectiveFrom, ...r }) => ({
      ...r,
      effectiveFrom: effectiveFrom?.toISOString() ?? null,
    })),
    total: rows.rows[0]?.total ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}
