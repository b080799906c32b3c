-- Issue #4: the full workflow engine. The dossier row keeps the whole workflow state (the fold of
-- its action log) plus the columns that inboxes, watches and reports filter on.

ALTER TABLE dossiers
  ALTER COLUMN received_at DROP NOT NULL,
  ALTER COLUMN clock_start_at DROP NOT NULL,
  ALTER COLUMN due_at DROP NOT NULL,
  ALTER COLUMN original_due_at DROP NOT NULL,
  ADD COLUMN workflow jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD COLUMN current_step text,
  ADD COLUMN step_due_at timestamptz,
  ADD COLUMN extension_status text,
  ADD COLUMN supplement_close_at timestamptz,
  ADD COLUMN outcome_reason text,
  ADD COLUMN visible_unit_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN participant_unit_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN due_soon_alerted_at timestamptz,
  ADD COLUMN overdue_alerted_at timestamptz;
COMMENT ON COLUMN dossiers.workflow IS 'The workflow state (src/core/dossiers/state.ts): runs of the internal process steps, supplements, consultations, inter-agency chain, extension, pauses. Equal to the replay of dossier_actions.';
COMMENT ON COLUMN dossiers.visible_unit_ids IS 'Receiving, competent, handling and participating units: who may see the dossier (scope filter).';
COMMENT ON COLUMN dossiers.participant_unit_ids IS 'Agencies consulted or taking part in an inter-agency chain (Decree 118/2025 Art. 20).';
COMMENT ON COLUMN dossiers.step_due_at IS 'Due instant of the step run in progress (per-step deadline from the internal process).';
COMMENT ON COLUMN dossiers.supplement_close_at IS 'When an unanswered supplement request closes the dossier (15 days, Decree 118/2025 Art. 19).';

UPDATE dossiers SET visible_unit_ids = ARRAY[receiving_unit_id, competent_unit_id, handling_unit_id];

CREATE INDEX dossiers_competent_status_idx ON dossiers (competent_unit_id, status, due_at);
CREATE INDEX dossiers_tenant_status_due_idx ON dossiers (tenant_id, status, due_at);
-- The open set (the handling clock runs): due-soon and overdue lists read only these rows.
CREATE INDEX dossiers_open_due_idx ON dossiers (tenant_id, due_at)
  WHERE status IN ('received','in_appraisal','in_consultation','in_inter_agency','awaiting_approval','approved');
CREATE INDEX dossiers_tenant_submitted_idx ON dossiers (tenant_id, submitted_at DESC);
-- "Mine": the officer's own open dossiers, most urgent first.
CREATE INDEX dossiers_assignee_open_idx ON dossiers (assignee_id, due_at)
  WHERE status IN ('in_appraisal','in_consultation','in_inter_agency','approved');
CREATE INDEX dossiers_visible_units_idx ON dossiers USING gin (visible_unit_ids);
CREATE INDEX dossiers_participants_idx ON dossiers USING gin (participant_unit_ids);
CREATE INDEX dossiers_supplement_close_idx ON dossiers (supplement_close_at) WHERE status = 'awaiting_supplement';
CREATE INDEX dossiers_code_pattern_idx ON dossiers (code text_pattern_ops);
CREATE INDEX dossiers_applicant_name_idx ON dossiers USING gin (lower(applicant_name) gin_trgm_ops);

