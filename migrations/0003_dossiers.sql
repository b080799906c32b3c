-- Dossiers (hồ sơ), their append-only action log and the per-agency daily code counter.

CREATE TABLE dossiers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  code text NOT NULL,
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  procedure_version_id uuid NOT NULL REFERENCES procedure_versions (id),
  procedure_code text NOT NULL,
  procedure_name text NOT NULL,
  case_name text,
  channel text NOT NULL,
  status text NOT NULL,
  national_status smallint NOT NULL,
  applicant_kind text NOT NULL,
  applicant_name text NOT NULL,
  applicant_id_number text NOT NULL,
  applicant_phone text NOT NULL,
  applicant_email text,
  applicant_address text NOT NULL,
  receiving_unit_id uuid NOT NULL REFERENCES units (id),
  competent_unit_id uuid NOT NULL REFERENCES units (id),
  handling_unit_id uuid NOT NULL REFERENCES units (id),
  assignee_id uuid REFERENCES users (id),
  received_by uuid REFERENCES users (id),
  deadline_amount numeric NOT NULL,
  deadline_unit text NOT NULL,
  submitted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  clock_start_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  original_due_at timestamptz NOT NULL,
  deadline_explanation jsonb NOT NULL DEFAULT '[]'::jsonb,
  resolved_at timestamptz,
  returned_at timestamptz,
  closed_at timestamptz,
  outcome text,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dossiers_code_key UNIQUE (code),
  CONSTRAINT dossiers_channel_check CHECK (channel IN ('in_person','online','postal')),
  CONSTRAINT dossiers_national_status_check CHECK (national_status BETWEEN 1 AND 10),
  CONSTRAINT dossiers_applicant_kind_check CHECK (applicant_kind IN ('person','organisation')),
  CONSTRAINT dossiers_deadline_unit_check CHECK (deadline_unit IN ('working_days','working_hours','calendar_days','months','same_day'))
);
COMMENT ON TABLE dossiers IS 'Dossiers (hồ sơ TTHC). The status column is the projection of the action log, updated in the same transaction.';
COMMENT ON COLUMN dossiers.code IS 'Dossier code, Decree 118/2025 Art. 28: agency identifier + reception date (yymmdd) + the day''s sequence.';
COMMENT ON COLUMN dossiers.national_status IS 'DVCQG status code TrangThaiHoSo 1–10 (domain.md §4.13).';
COMMENT ON COLUMN dossiers.receiving_unit_id IS 'The one-stop unit that received it (Decree 118/2025 Art. 14: may differ from the competent agency).';
COMMENT ON COLUMN dossiers.competent_unit_id IS 'The agency competent to decide.';
COMMENT ON COLUMN dossiers.handling_unit_id IS 'The unit holding the dossier now (division, centre…).';
COMMENT ON COLUMN dossiers.clock_start_at IS 'Start of the handling period (Decree 118/2025 Art. 17.3), after the office-hours shift.';
COMMENT ON COLUMN dossiers.version IS 'Optimistic concurrency: every action increments it; a stale writer gets 409.';
CREATE INDEX dossiers_handling_status_idx ON dossiers (handling_unit_id, status, due_at);
CREATE INDEX dossiers_receiving_status_idx ON dossiers (receiving_unit_id, status, due_at);
CREATE INDEX dossiers_assignee_idx ON dossiers (assignee_id, status, due_at) WHERE assignee_id IS NOT NULL;
CREATE INDEX dossiers_applicant_id_idx ON dossiers (applicant_id_number);

CREATE TABLE dossier_actions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor_id uuid REFERENCES users (id),
  actor_unit_id uuid REFERENCES units (id),
  actor_role text,
  from_status text,
  to_status text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  due_at timestamptz,
  CONSTRAINT dossier_actions_seq_key UNIQUE (dossier_id, seq)
);
COMMENT ON TABLE dossier_actions IS 'Append-only action log of each dossier: the audit trail, the source of the control slip (form 06) and of every replay.';

CREATE TABLE dossier_code_counters (
  unit_id uuid NOT NULL REFERENCES units (id),
  day date NOT NULL,
  last_seq integer NOT NULL,
  CONSTRAINT dossier_code_counters_pkey PRIMARY KEY (unit_id, day)
);
COMMENT ON TABLE dossier_code_counters IS 'Sequence of dossiers received per agency per day, for the Art. 28 code; one row lock per agency-day.';

-- The action log is append-only: refuse updates and deletes at the database itself.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER dossier_actions_append_only BEFORE UPDATE OR DELETE ON dossier_actions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
