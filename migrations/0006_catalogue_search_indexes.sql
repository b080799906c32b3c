-- Issue #3 benchmark: catalogue search over 5,000 procedures within p95 < 10 ms
-- (docs/plans/catalogue-search.md). Words through full-text search on the folded text; typos
-- through trigram similarity on the name only; agency filters and plain listings by index.

CREATE INDEX procedures_search_fts_idx ON procedures USING gin (to_tsvector('simple', search_folded));
CREATE INDEX procedures_name_gist_idx ON procedures USING gist (name_folded gist_trgm_ops);
CREATE INDEX procedure_agencies_unit_idx ON procedure_agencies (unit_id, procedure_id);
CREATE INDEX procedures_listing_idx ON procedures (tenant_id, usage_count DESC, code)
  WHERE published_version_id IS NOT NULL AND lifecycle = 'active' AND NOT is_fictional;
-- The long-text trigram index served the old word-similarity scan on search_folded; the name
-- trigram GIN stays for ad-hoc LIKE queries.
DROP INDEX procedures_search_trgm_idx;
