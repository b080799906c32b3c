import { type RawBuilder, sql } from 'kysely';
import { rankBySimilarity } from '../../core/catalogue/trigrams.ts';
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
  /**
   * For each word of `q`, the dictionary words it may stand for (core/catalogue/spelling.ts);
   * used only when the words themselves match nothing.
   */
  alternatives?: string[][];
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
 * Published procedures in force, searched in steps (docs/plans/catalogue-search.md), each only
 * when the one before found nothing:
 *  1. words — every word of the folded query is a word of the procedure's folded text (the last
 *     one as a prefix), through the full-text GIN index; ranked with cheap expressions (exact name
 *     or code, the phrase at the start of or inside the name, shorter names first), then usage;
 *  2. corrected words — each word or one of its dictionary neighbours ("dang ki kai sinh" →
 *     dang & (ky|…) & (khai|…) & sinh:*), the same index, ranked in memory by trigram similarity;
 *  3. typos — trigram similarity on the name ("giay fep xay dung"), through the GiST index;
 *  4. any word, the most words first.
 * Listings without words read the page in index order and count apart.
 */
/** "dang ky khai si" → 'dang' & 'ky' & 'khai' & 'si':* (folded text has only letters, digits, dots). */
export function toTsQuery(folded: string): string {
  const words = [...new Set(folded.split(' ').filter((w) => w.length > 0))].slice(0, 12);
  return words
    .map((w, i) => `'${w.replace(/'/g, '')}'${i === words.length - 1 ? ':*' : ''}`)
    .join(' & ');
}

/** [['dang'], ['ky','ki'], ['sinh']] → 'dang' & ('ky' | 'ki') & ('sinh':*); empty groups dropped. */
export function toAlternativesTsQuery(groups: string[][]): string {
  const kept = groups.slice(0, 12).filter((g) => g.length > 0);
  return kept
    .map((group, i) => {
      const suffix = i === kept.length - 1 ? ':*' : '';
      const terms = group.slice(0, 8).map((w) => `'${w.replace(/'/g, '')}'${suffix}`);
      return terms.length === 1 ? terms[0] : `(${terms.join(' | ')})`;
    })
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
  const matchesAny = async (condition: RawBuilder<unknown>) =>
    (
      await sql`SELECT 1 FROM procedures p WHERE ${sql.join([...base, condition], sql` AND `)} LIMIT 1`.execute(
        db,
      )
    ).rows.length > 0;
  // A page past the last word match, or a later page of corrected or typo matches?
  if (f.offset > 0 && (await matchesAny(wordMatch))) return [];
  const similarity = sql<number>`(word_similarity(${q}, p.name_folded) * 2 + similarity(p.name_folded, ${q}))::float8`;
  const corrected = f.alternatives ? toAlternativesTsQuery(f.alternatives) : '';
  if (corrected && corrected !== toTsQuery(q)) {
    // The words are corrected against the names, so they must be found in the name: the index
    // finds them in the wider text, the name check drops the rest.
    const correctedMatch = sql`to_tsvector('simple', p.search_folded) @@ to_tsquery('simple', ${corrected})
      AND to_tsvector('simple', p.name_folded) @@ to_tsquery('simple', ${corrected})`;
    const hits = await searchCorrected(db, f, base, correctedMatch);
    if (hits) return hits;
  }
  // pg_trgm similarity (≥ 0.3) on the short name only, through the GiST index.
  const typos = await run([...base, sql`p.name_folded % ${q}`], similarity);
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

/**
 * The corrected-words step: the matches' names only (at most 2,000), ranked in memory by trigram
 * similarity to the query (core/catalogue/trigrams.ts), then the page's rows. Undefined when
 * nothing matches, so the search goes on to the next step.
 */
async function searchCorrected(
  db: Executor,
  f: CatalogueFilter,
  base: RawBuilder<unknown>[],
  match: RawBuilder<unknown>,
): Promise<CatalogueHit[] | undefined> {
  const candidates = await sql<{ code: string; nameFolded: string; usageCount: number }>`
    SELECT p.code, p.name_folded, p.usage_count FROM procedures p
    WHERE ${sql.join([...base, match], sql` AND `)} LIMIT 2000`.execute(db);
  if (candidates.rows.length === 0) return undefined;
  const ranked =
    f.order === 'relevance'
      ? rankBySimilarity(f.q, candidates.rows)
      : candidates.rows
          .map((row) => ({ ...row, score: 0 }))
          .sort((a, b) =>
            f.order === 'usage' && a.usageCount !== b.usageCount
              ? b.usageCount - a.usageCount
              : a.code < b.code
                ? -1
                : 1,
          );
  const page = ranked.slice(f.offset, f.offset + f.limit);
  if (page.length === 0) return [];
  const rows = await sql<Omit<CatalogueHit, 'score' | 'total'>>`
    SELECT p.code, p.name, p.field, p.levels, p.channels, p.online_level, p.boundary_free, p.usage_count
    FROM procedures p
    WHERE p.tenant_id = ${f.tenantId} AND p.code = ANY (${page.map((r) => r.code)}::text[])`.execute(
    db,
  );
  const byCode = new Map(rows.rows.map((row) => [row.code, row]));
  return page.flatMap((r) => {
    const row = byCode.get(r.code);
    return row ? [{ ...row, score: r.score, total: ranked.length }] : [];
  });
}

/** The words of the published names with how many names hold each: the spelling dictionary. */
export async function listCatalogueWords(
  db: Executor,
  tenantId: string,
): Promise<Array<{ word: string; count: number }>> {
  const result = await sql<{ word: string; count: number }>`
    SELECT w AS word, count(*)::int AS count
    FROM procedures p, unnest(string_to_array(p.name_folded, ' ')) AS w
    WHERE p.tenant_id = ${tenantId} AND p.published_version_id IS NOT NULL AND p.lifecycle = 'active'
      AND w <> ''
    GROUP BY w`.execute(db);
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
