import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export interface CatalogueFilter {
  tenantId: string;
  /** Folded query (foldVietnamese); empty = no text condition. */
  q: string;
  field?: string;
  level?: string;
  channel?: string;
  agencyUnitId?: string;
  boundaryFree?: boolean;
  includeFictional?: boolean;
  limit: number;
  offset: number;
  order: 'relevance' | 'usage' | 'code';
}

export interface CatalogueHit {
  code: string;
  name: string;
  field: string;
  levels: string[];
  channels: string[];
  onlineLevel: string | null;
  boundaryFree: boolean;
  usageCount: number;
  score: number;
  total: number;
}

/**
 * Published procedures in force, ranked: the whole query inside the name counts most, then how
 * well its words match the name's words (trigram word similarity forgives typos such as
 * "dang ki kai sinh"), then usage. The trigram GIN index on the folded text serves `<%`
 * (threshold pg_trgm.word_similarity_threshold, set per connection in database.ts).
 */
export async function searchCatalogue(db: Executor, f: CatalogueFilter): Promise<CatalogueHit[]> {
  const q = f.q;
  const contains = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const conditions = [
    sql`p.tenant_id = ${f.tenantId}`,
    sql`p.published_version_id IS NOT NULL`,
    sql`p.lifecycle = 'active'`,
  ];
  if (!f.includeFictional) conditions.push(sql`NOT p.is_fictional`);
  if (q)
    conditions.push(
      sql`(p.search_folded LIKE ${contains} OR ${q} <% p.search_folded OR p.code LIKE ${`${q}%`})`,
    );
  if (f.field) conditions.push(sql`p.field = ${f.field}`);
  if (f.level) conditions.push(sql`${f.level} = ANY (p.levels)`);
  if (f.channel) conditions.push(sql`${f.channel} = ANY (p.channels)`);
  if (f.boundaryFree !== undefined) conditions.push(sql`p.boundary_free = ${f.boundaryFree}`);
  if (f.agencyUnitId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM procedure_agencies pa WHERE pa.procedure_id = p.id AND pa.unit_id = ${f.agencyUnitId})`,
    );
  }
  const score = q
    ? sql<number>`((p.name_folded = ${q})::int * 4 + (p.name_folded LIKE ${contains})::int * 2
        + (p.code = ${q})::int * 4 + word_similarity(${q}, p.name_folded) * 2 + similarity(p.name_folded, ${q}))::float8`
    : sql<number>`0::float8`;
  const order =
    f.order === 'code'
      ? sql`p.code`
      : f.order === 'usage' || !q
        ? sql`p.usage_count DESC, p.code`
        : sql`score DESC, p.usage_count DESC, p.code`;
  const result = await sql<CatalogueHit>`
    SELECT p.code, p.name, p.field, p.levels, p.channels, p.online_level, p.boundary_free, p.usage_count,
           ${score} AS score, count(*) OVER ()::int AS total
    FROM procedures p
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${order}
    LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  return result.rows;
}

/** Distinct fields of the published catalogue, with counts, for the portal's filters. */
export async function listCatalogueFields(
  db: Executor,
  tenantId: string,
): Promise<Array<{ field: string; count: number }>> {
  const result = await sql<{ field: string; count: number }>`
    SELECT field, count(*)::int AS count FROM procedures
    WHERE tenant_id = ${tenantId} AND published_version_id IS NOT NULL AND lifecycle = 'active' AND NOT is_fictional
    GROUP BY field`.execute(db);
  return result.rows;
}
