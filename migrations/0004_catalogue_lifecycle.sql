-- Issue #3: the catalogue's lifecycle and search, internal processes, uploaded files, and the
-- job queue and notification outbox that reminders (and later the workflow) use.

-- Files: bytes live in the file store (DATA_DIR/files by content hash); this is their record.
CREATE TABLE files (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  sha256 text NOT NULL,
  size_bytes bigint NOT NULL,
  mime_type text NOT NULL,
  file_name text NOT NULL,
  purpose text NOT NULL,
  uploaded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT files_sha256_format CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  CONSTRAINT files_size_check CHECK (size_bytes >= 0)
);
COMMENT ON TABLE files IS 'Uploaded or generated files (form templates, publication decisions, scans, results); bytes stored once per SHA-256 in the file store.';
CREATE INDEX files_sha256_idx ON files (sha256);

-- Search and filter columns of procedures, mirrored from the version in force.
ALTER TABLE procedures
  ADD COLUMN name_folded text NOT NULL DEFAULT '',
  ADD COLUMN search_folded text NOT NULL DEFAULT '',
  ADD COLUMN channels text[] NOT NULL DEFAULT '{}',
  ADD COLUMN boundary_free boolean NOT NULL DEFAULT false,
  ADD COLUMN online_level text,
  ADD COLUMN usage_count integer NOT NULL DEFAULT 0,
  ADD COLUMN lifecycle text NOT NULL DEFAULT 'active',
  ADD COLUMN review_due_on date,
  ADD CONSTRAINT procedures_lifecycle_check CHECK (lifecycle IN ('active','abolished'));
COMMENT ON COLUMN procedures.name_folded IS 'Name without diacritics, lower case (đ→d): the trigram search key.';
COMMENT ON COLUMN procedures.search_folded IS 'Code, name, field, keywords and agencies folded: the wider search key.';
COMMENT ON COLUMN procedures.usage_count IS 'Dossiers received under this procedure (ranks "most used" on the portal).';
COMMENT ON COLUMN procedures.review_due_on IS 'Next periodic review (rà soát) of the procedure.';
-- Existing rows: fill the new columns from the published record (the application recomputes
-- them with the same folding on every publication).
UPDATE procedures p SET
  name_folded = btrim(regexp_replace(lower(f_unaccent(p.name)), '[^[:alnum:].]+', ' ', 'g')),
  search_folded = btrim(regexp_replace(lower(f_unaccent(p.code || ' ' || p.name || ' ' || p.field)), '[^[:alnum:].]+', ' ', 'g')),
  channels = coalesce((SELECT array_agg(DISTINCT c->>'kind') FROM procedure_versions v, jsonb_array_elements(v.record->'channels') c
                       WHERE v.id = p.published_version_id), '{}'),
  boundary_free = coalesce((SELECT (v.record->>'boundaryFree')::boolean FROM procedure_versions v WHERE v.id = p.published_version_id), false),
  online_level = (SELECT v.record->>'onlineLevel' FROM procedure_versions v WHERE v.id = p.published_version_id);
CREATE INDEX procedures_name_trgm_idx ON procedures USING gin (name_folded gin_trgm_ops);
CREATE INDEX procedures_search_trgm_idx ON procedures USING gin (search_folded gin_trgm_ops);
CREATE INDEX procedures_field_idx ON procedures (tenant_id, field);
CREATE INDEX procedures_levels_idx ON procedures USING gin (levels);

-- The lifecycle of a version: draft → under_review → approved → published → superseded/abolished.
ALTER TABLE procedure_versions
  ADD COLUMN change_kind text NOT NULL DEFAULT 'new',
  ADD COLUMN legal_effective_on date,
  ADD COLUMN decision_file_id uuid REFERENCES files (id),
  ADD COLUMN published_at timestamptz,
  ADD COLUMN published_by uuid REFERENCES users (id),
  ADD COLUMN submitted_at timestamptz,
  ADD COLUMN submitted_by uuid REFERENCES users (id),
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN reviewed_by uuid REFERENCES users (id),
  ADD COLUMN review_note text,
  ADD COLUMN based_on_version_id uuid REFERENCES procedure_versions (id),
  ADD CONSTRAINT procedure_versions_change_kind_check CHECK (change_kind IN ('new','amended','replaced','abolished'));
COMMENT ON COLUMN procedure_versions.legal_effective_on IS 'Effective date of the legal text the version implements (766 index 1.1: the decision must come ≥ 5 working days earlier).';
COMMENT ON COLUMN procedure_versions.published_at IS 'When the version was made public (766 index 1.2: within 5 working days of the decision).';
CREATE UNIQUE INDEX procedure_versions_one_open_draft ON procedure_versions (procedure_id)
  WHERE status IN ('draft','under_review','approved');

CREATE TABLE procedure_version_files (
  version_id uuid NOT NULL REFERENCES procedure_versions (id),
  file_id uuid NOT NULL REFERENCES files (id),
  form_name text NOT NULL,
  CONSTRAINT procedure_version_files_pkey PRIMARY KEY (version_id, form_name)
);
COMMENT ON TABLE procedure_version_files IS 'Downloadable form templates (mẫu đơn, tờ khai) attached to a version, by the name the record cites.';

-- Internal processes (quy trình nội bộ) per procedure and implementing agency, versioned.
CREATE TABLE internal_processes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  version_no integer NOT NULL,
  status text NOT NULL,
  steps jsonb NOT NULL,
  total_minutes integer NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  activated_at timestamptz,
  CONSTRAINT internal_processes_unique UNIQUE (procedure_id, unit_id, version_no),
  CONSTRAINT internal_processes_status_check CHECK (status IN ('draft','active','retired'))
);
COMMENT ON TABLE internal_processes IS 'Ordered steps (role, unit, allotted working time, inter-agency hand-off) that run a dossier; must fit the legal deadline.';
CREATE UNIQUE INDEX internal_processes_one_active ON internal_processes (procedure_id, unit_id) WHERE status = 'active';

-- A PostgreSQL-backed job queue (FOR UPDATE SKIP LOCKED): reminders, overdue watch, deliveries.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  tenant_id uuid,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  run_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  locked_until timestamptz,
  last_error text,
  dedupe_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT jobs_status_check CHECK (status IN ('pending','running','done','failed')),
  CONSTRAINT jobs_dedupe_key UNIQUE (dedupe_key)
);
COMMENT ON TABLE jobs IS 'Background work claimed with FOR UPDATE SKIP LOCKED, so several server processes share it without doing a job twice.';
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status IN ('pending','running');

-- The notification outbox: written in the same transaction as the event; delivered by jobs.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  channel text NOT NULL,
  recipient_user_id uuid REFERENCES users (id),
  recipient_address text,
  dossier_id uuid REFERENCES dossiers (id),
  template text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  dedupe_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  last_error text,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  CONSTRAINT notifications_channel_check CHECK (channel IN ('in_app','email','sms')),
  CONSTRAINT notifications_status_check CHECK (status IN ('pending','sent','failed','skipped')),
  CONSTRAINT notifications_dedupe_key UNIQUE (dedupe_key)
);
COMMENT ON TABLE notifications IS 'Outbox of messages to officers and citizens (in-app, e-mail, SMS); de-duplicated by key; every attempt recorded.';
CREATE INDEX notifications_recipient_idx ON notifications (recipient_user_id, created_at) WHERE channel = 'in_app';
CREATE INDEX notifications_pending_idx ON notifications (next_attempt_at) WHERE status = 'pending';
