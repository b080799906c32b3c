-- Procedure catalogue, first cut: procedures, their versions (the full published record as
-- validated JSON plus the columns that queries need), and which units implement them.

CREATE TABLE procedures (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  field text NOT NULL,
  levels text[] NOT NULL DEFAULT '{}',
  is_fictional boolean NOT NULL DEFAULT false,
  published_version_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT procedures_code_key UNIQUE (tenant_id, code)
);
COMMENT ON TABLE procedures IS 'Administrative procedures (thủ tục hành chính); name/field/levels mirror the version in force for lists and search.';
COMMENT ON COLUMN procedures.code IS 'National procedure code, e.g. 1.001193 (birth registration).';
COMMENT ON COLUMN procedures.is_fictional IS 'Fictional procedure used by tests, so that catalogue edits never break them.';

CREATE TABLE procedure_versions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  version_no integer NOT NULL,
  status text NOT NULL,
  record jsonb NOT NULL,
  effective_from timestamptz,
  effective_to timestamptz,
  decision_number text,
  decision_date date,
  decision_signer text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT procedure_versions_unique UNIQUE (procedure_id, version_no),
  CONSTRAINT procedure_versions_status_check CHECK (status IN ('draft','under_review','approved','published','superseded','abolished'))
);
COMMENT ON TABLE procedure_versions IS 'Versions of a procedure with effective dates. A dossier is bound to the version in force at reception, forever.';
COMMENT ON COLUMN procedure_versions.record IS 'The full published record (domain.md §10), validated by src/core/catalogue/procedure-record.ts.';
CREATE INDEX procedure_versions_procedure_idx ON procedure_versions (procedure_id, status);

ALTER TABLE procedures ADD CONSTRAINT procedures_published_version_fkey
  FOREIGN KEY (published_version_id) REFERENCES procedure_versions (id);

CREATE TABLE procedure_agencies (
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  tenant_id uuid NOT NULL,
  handling_unit_id uuid REFERENCES units (id),
  CONSTRAINT procedure_agencies_pkey PRIMARY KEY (procedure_id, unit_id)
);
COMMENT ON TABLE procedure_agencies IS 'Competent agencies that implement a procedure in this province, and the division that handles it by default.';
COMMENT ON COLUMN procedure_agencies.handling_unit_id IS 'Division that receives the dossier for assignment; NULL means the agency itself.';
