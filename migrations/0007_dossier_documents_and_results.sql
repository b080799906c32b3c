-- Issue #5 (shared part): what a dossier was received with (its documents, where it came from,
-- how its result goes back) and the results it produced. Queue, citizens, payments, ratings and
-- deliveries have their own migrations (0008–0011).

ALTER TABLE dossiers
  ADD COLUMN submission_source text NOT NULL DEFAULT 'counter',
  ADD COLUMN citizen_id uuid,
  ADD COLUMN ticket_id uuid,
  ADD COLUMN delivery_method text NOT NULL DEFAULT 'in_person',
  ADD COLUMN delivery_address text,
  ADD COLUMN sets_count smallint NOT NULL DEFAULT 1,
  ADD COLUMN reception_due_at timestamptz,
  ADD COLUMN fee_total bigint NOT NULL DEFAULT 0,
  ADD COLUMN fee_paid bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT dossiers_submission_source_check
    CHECK (submission_source IN ('counter','postal','citizen','assisted','dvcqg')),
  ADD CONSTRAINT dossiers_delivery_method_check
    CHECK (delivery_method IN ('in_person','postal','electronic')),
  ADD CONSTRAINT dossiers_fee_check CHECK (fee_total >= 0 AND fee_paid >= 0);
COMMENT ON COLUMN dossiers.submission_source IS 'Who put the dossier in: an officer at the counter, the post, the citizen online, an officer assisting a citizen online (counted apart), or the national portal.';
COMMENT ON COLUMN dossiers.citizen_id IS 'The citizen account that submitted it online (citizens table, migration 0009).';
COMMENT ON COLUMN dossiers.ticket_id IS 'The queue ticket it was received from (queue_tickets, migration 0008): joins wait time, dossier and rating.';
COMMENT ON COLUMN dossiers.delivery_method IS 'How the result goes back (Decree 118/2025 Art. 22), printed on the receipt.';
COMMENT ON COLUMN dossiers.reception_due_at IS 'Online dossiers: accept or request supplements by then (8 working hours, Decree 118/2025 Art. 17.2).';
COMMENT ON COLUMN dossiers.fee_total IS 'Fees and charges due, in đồng, from the catalogue version (Art. 24).';
COMMENT ON COLUMN dossiers.fee_paid IS 'Fees recorded as paid, in đồng (mirror of fee_payments).';

-- Online dossiers received before this migration kept their reception deadline in the workflow.
UPDATE dossiers SET submission_source = 'dvcqg', reception_due_at = (workflow->>'receptionDueAt')::timestamptz
  WHERE channel = 'online' AND workflow->>'receptionDueAt' IS NOT NULL;
CREATE INDEX dossiers_reception_due_idx ON dossiers (reception_due_at) WHERE status = 'submitted';
CREATE INDEX dossiers_ticket_idx ON dossiers (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX dossiers_citizen_idx ON dossiers (citizen_id, submitted_at DESC) WHERE citizen_id IS NOT NULL;

-- The documents a dossier holds: the checklist ticked at reception, scans and uploads, supplements.
CREATE TABLE dossier_documents (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  requirement_no smallint,
  name text NOT NULL,
  form text NOT NULL DEFAULT 'copy',
  quantity smallint NOT NULL DEFAULT 1,
  file_id uuid REFERENCES files (id),
  source text NOT NULL,
  supplement_round smallint,
  added_by uuid REFERENCES users (id),
  added_at timestamptz NOT NULL,
  removed_at timestamptz,
  removed_by uuid REFERENCES users (id),
  CONSTRAINT dossier_documents_form_check
    CHECK (form IN ('original','certified_copy','copy','electronic')),
  CONSTRAINT dossier_documents_source_check
    CHECK (source IN ('counter','postal','online','supplement','reused')),
  CONSTRAINT dossier_documents_quantity_check CHECK (quantity BETWEEN 1 AND 100)
);
COMMENT ON TABLE dossier_documents IS 'Documents of a dossier (thành phần hồ sơ): the catalogue requirement it answers (position in the version''s list, or none for an extra paper), its form, the stored scan, when it came (reception or a supplement round). Corrections mark rows removed, never delete them.';
COMMENT ON COLUMN dossier_documents.requirement_no IS 'Position (1-based) of the requirement in the dossier''s procedure version (record.documents).';
CREATE INDEX dossier_documents_dossier_idx ON dossier_documents (dossier_id, added_at);

-- Results (kết quả) as issued documents: Decree 118/2025 Art. 22 document code.
CREATE TABLE dossier_results (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  file_id uuid REFERENCES files (id),
  name text NOT NULL,
  result_type_code text NOT NULL,
  holder_id_number text NOT NULL,
  document_code text NOT NULL,
  document_number text,
  summary text,
  valid_from date,
  valid_until date,
  issued_at timestamptz NOT NULL,
  issued_by uuid REFERENCES users (id),
  CONSTRAINT dossier_results_document_code_key UNIQUE (dossier_id, document_code)
);
COMMENT ON TABLE dossier_results IS 'Results issued for a dossier (Decree 118/2025 Art. 22): the stored file and its document code = holder''s ID number + result-type code from the national TTHC database; the citizen downloads it after the second factor.';
CREATE INDEX dossier_results_holder_idx ON dossier_results (holder_id_number);
