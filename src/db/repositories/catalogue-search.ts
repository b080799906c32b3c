import { type RawBuilder, sql } from 'kysely';
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
 * Published procedures in force, searched in two steps (docs/plans/catalogue-search.md):
 *  1. words — every word of the folded query is a word of the procedure's folded text (the last
 *     one as a prefix), through the full-text GIN index; ranked with cheap expressions (exact name
 *     or code, the phrase at the start of or inside the name, shorter names first), then usage;
 *  2. typos — only when the words match nothing: trigram similarity on the name ("dang ki kai
 *     sinh" finds "đăng ký khai sinh"), through the GiST index.
 * Listings without words read the page in index order and count apart.
 */
/** "dang ky khai si" → 'dang' & 'ky' & 'khai' & 'si':* (folded text has only letters, digits, dots). */
export function toTsQuery(folded: string): string {
  const words = [...new Set(folded.split(' ').filter((w) => w.length > 0))].slice(0, 12);
  return words
    .map((w, i) => `'${w.replace(/'/g, '')}'${i === words.length - 1 ? ':*' : ''}`)
    .join(' & ');
}

export async function searchCatalogue(db: Executor, f: CatalogueFilter): Promise<CatalogueHit[]> {
  const q = f.q;
  const base = [
    sql`p.tenant_id = ${f.tenantId}`,
    sql`p.published_version_id IS NOT NULL`,
    sql`p.lifecycle = 'active'`,
  ];
  if (!f.includeFictional) base.push(sql`NOT p.is_fictional`);
  if (f.field) base.push(sql`p.field = ${f.field}`);
  if (f.level) base.push(sql`${f.level} = ANY (p.levels)`);
  if (f.channel) base.push(sql`${f.channel} = ANY (p.channels)`);
  if (f.boundaryFree !== undefined) base.push(sql`p.boundary_free = ${f.boundaryFree}`);
  if (f.agencyUnitId) {
    base.push(
      sql`EXISTS (SELECT 1 FROM procedure_agencies pa WHERE pa.procedure_id = p.id AND pa.unit_id = ${f.agencyUnitId})`,
    );
  }
  const run = (conditions: RawBuilder<unknown>[], score: RawBuilder<number>) => {
    const order =
      f.order === 'code'
        ? sql`p.code`
        : f.order === 'usage' || !q
          ? sql`p.usage_count DESC, p.code`
          : sql`score DESC, p.usage_count DESC, p.code`;
    return sql<CatalogueHit>`
      SELECT p.code, p.name, p.field, p.levels, p.channels, p.online_level, p.boundary_free, p.usage_count,
             ${score} AS score, count(*) OVER ()::int AS total
      FROM procedures p
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY ${order}
      LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  };
  if (!q) {
    // A listing: the page in index order (no window over the whole catalogue), the count apart.
    const where = sql.join(base, sql` AND `);
    const order = f.order === 'code' ? sql`p.code` : sql`p.usage_count DESC, p.code`;
    const [page, count] = await Promise.all([
      sql<Omit<CatalogueHit, 'total'>>`
        SELECT p.code, p.name, p.field, p.levels, p.channels, p.online_level, p.boundary_free, p.usage_count,
               0::float8 AS score
        FROM procedures p WHERE ${where} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}`.execute(
        db,
      ),
      sql<{
        total: number;
      }>`SELECT count(*)::int AS total FROM procedures p WHERE ${where}`.execute(db),
    ]);
    const total = count.rows[0]?.total ?? 0;
    return page.rows.map((row) => ({ ...row, total }));
  }

  const wordMatch = sql`to_tsvector('simple', p.search_folded) @@ to_tsquery('simple', ${toTsQuery(q)})`;
  const words = await run(
    [...base, wordMatch],
    // Integer and float8 arithmetic only (numeric is slow on thousands of rows).
    sql<number>`((p.name_folded = ${q})::int * 8 + (p.code = ${q})::int * 8
      + (left(p.name_folded, ${q.length}) = ${q})::int * 2
      + (strpos(p.name_folded, ${q}) > 0)::int * 2
      + 50::float8 / (50 + length(p.name_folded)))`,
  );
  if (words.rows.length > 0) return words.rows;
  if (f.offset > 0) {
    // A page past the last word match, or a later page of typo matches?
    const any =
      await sql`SELECT 1 FROM procedures p WHERE ${sql.join([...base, wordMatch], sql` AND `)} LIMIT 1`.execute(
        db,
      );
    if (any.rows.length > 0) return [];
  }
  const typos = await run(
    // pg_trgm similarity (≥ 0.3) on the short name only, through the GiST index.
    [...base, sql`p.name_folded % ${q}`],
    sql<number>`(word_similarity(${q}, p.name_folded) * 2 + similarity(p.name_folded, ${q}))::float8`,
  );
  if (typos.rows.length > 0 || f.offset > 0) return typos.rows;
  // 3. One misspelled word among right ones ("giay fep xay dung"): any word, the most words first.
  const anyWord = sql`to_tsvector('simple', p.search_folded) @@ to_tsquery('simple', ${toTsQuery(q).replace(/ & /g, ' | ')})`;
  const partial = await run(
    [...base, anyWord],
    sql<number>`(ts_rank_cd(to_tsvector('simple', p.name_folded), to_tsquery('simple', ${toTsQuery(q).replace(/ & /g, ' | ')}))
      + 50::float8 / (50 + length(p.name_folded)))::float8`,
  );
  return partial.rows;
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
