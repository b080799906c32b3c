/**
 * A candidate replacement for searchCatalogue (src/db/repositories/catalogue-search.ts), measured
 * by bench/catalogue-search.bench.ts with BENCH_CANDIDATE=1; see docs/plans/catalogue-search.md.
 * Same input and output as the current function. Not used by the application.
 *
 * 1. Words: every word of the folded query must be a word of search_folded (the last one as a
 *    prefix), through a full-text GIN index on to_tsvector('simple', search_folded). Ranked with
 *    cheap expressions only (exact name or code, phrase at the start or inside the name, shorter
 *    names first), then usage: no trigram function runs on thousands of rows.
 * 2. Typos: only when the words match nothing, trigram similarity on the name through a GiST
 *    index (`%`, pg_trgm.similarity_threshold 0.3), ranked by word similarity and similarity.
 * 3. Listings (no words): the page in index order (partial index on usage) and the count in a
 *    separate statement, instead of a window over the whole catalogue.
 * Agency filters use an index on procedure_agencies (unit_id, procedure_id).
 */
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../src/db/database.ts';
import type { CatalogueFilter, CatalogueHit } from '../../src/db/repositories/catalogue-search.ts';

/** The indexes the candidate needs (a migration would add them). */
export const candidateIndexes = [
  `CREATE INDEX IF NOT EXISTS procedures_search_fts_idx ON procedures USING gin (to_tsvector('simple', search_folded))`,
  'CREATE INDEX IF NOT EXISTS procedures_name_gist_idx ON procedures USING gist (name_folded gist_trgm_ops)',
  'CREATE INDEX IF NOT EXISTS procedure_agencies_unit_idx ON procedure_agencies (unit_id, procedure_id)',
  `CREATE INDEX IF NOT EXISTS procedures_listing_idx ON procedures (tenant_id, usage_count DESC, code)
     WHERE published_version_id IS NOT NULL AND lifecycle = 'active' AND NOT is_fictional`,
];

/** "dang ky khai si" → 'dang' & 'ky' & 'khai' & 'si':* (folded text has only letters, digits, dots). */
export function toTsQuery(folded: string): string {
  const words = [...new Set(folded.split(' ').filter((w) => w.length > 0))].slice(0, 12);
  return words
    .map((w, i) => `'${w.replace(/'/g, '')}'${i === words.length - 1 ? ':*' : ''}`)
    .join(' & ');
}

export async function searchCatalogueCandidate(
  db: Executor,
  f: CatalogueFilter,
): Promise<CatalogueHit[]> {
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
    [...base, sql`p.name_folded % ${q}`],
    sql<number>`(word_similarity(${q}, p.name_folded) * 2 + similarity(p.name_folded, ${q}))::float8`,
  );
  return typos.rows;
}
