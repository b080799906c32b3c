-- Issue #5 item 4: online submission by citizens (Decree 118/2025 Art. 17.2). Accounts signed in
-- by a one-time code sent to a phone or an e-mail address, or by the national e-ID (VNeID);
-- sessions of their own, apart from officers'; drafts that survive until submitted; uploads
-- staged before they join a dossier (at submission or as a supplement).

CREATE TABLE citizens (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  phone text,
  email text,
  identity_subject text,
  identity_level smallint,
  full_name text,
  id_number text,
  address text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_sign_in_at timestamptz,
  CONSTRAINT citizens_sign_in_check
    CHECK (phone IS NOT NULL OR email IS NOT NULL OR identity_subject IS NOT NULL),
  CONSTRAINT citizens_phone_format CHECK (phone IS NULL OR phone ~ '^0[0-9]{9,10}$'),
  CONSTRAINT citizens_email_format CHECK (email IS NULL OR (email = lower(email) AND position('@' in email) > 1)),
  CONSTRAINT citizens_identity_level_check CHECK (identity_level IS NULL OR identity_level IN (1, 2))
);
COMMENT ON TABLE citizens IS 'Citizen accounts for online submission: signed in by a one-time code to a phone or e-mail (one account per address), or by the national e-ID (one account per e-ID subject, level 1 or 2). Name, ID number and address are what the citizen last declared or what the e-ID asserted; they prefill new drafts.';
COMMENT ON COLUMN citizens.identity_subject IS 'Stable subject id from the e-ID provider (VNeID or the demo stand-in); never the ID number itself.';
CREATE UNIQUE INDEX citizens_phone_key ON citizens (tenant_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX citizens_email_key ON citizens (tenant_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX citizens_identity_key ON citizens (tenant_id, identity_subject) WHERE identity_subject IS NOT NULL;

CREATE TABLE citizen_otps (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  channel text NOT NULL,
  destination text NOT NULL,
  code_hash text NOT NULL,
  requested_ip text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts smallint NOT NULL DEFAULT 0,
  consumed_at timestamptz,
  superseded_at timestamptz,
  CONSTRAINT citizen_otps_channel_check CHECK (channel IN ('sms', 'email')),
  CONSTRAINT citizen_otps_attempts_check CHECK (attempts BETWEEN 0 AND 5)
);
COMMENT ON TABLE citizen_otps IS 'One-time sign-in codes: 6 digits kept only as an argon2 hash, valid 5 minutes, at most 5 tries; a new code supersedes the previous one. Rows are the history the resend limits count (60 s apart, 5 an hour per address, a cap per IP). The code itself goes out through the notifications outbox.';
CREATE INDEX citizen_otps_destination_idx ON citizen_otps (tenant_id, destination, created_at DESC);
CREATE INDEX citizen_otps_ip_idx ON citizen_otps (requested_ip, created_at DESC);

CREATE TABLE citizen_sessions (
  id text PRIMARY KEY,
  tenant_id uuid NOT NULL,
  citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  method text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text,
  CONSTRAINT citizen_sessions_method_check CHECK (method IN ('otp', 'identity'))
);
COMMENT ON TABLE citizen_sessions IS 'Citizen sessions, apart from officers'' (cookie mc_citizen): the id is the SHA-256 of the token, which lives only in the HttpOnly cookie; the CSRF token goes back in a hidden form field or the X-CSRF-Token header.';
CREATE INDEX citizen_sessions_citizen_idx ON citizen_sessions (citizen_id);
CREATE INDEX citizen_sessions_expiry_idx ON citizen_sessions (expires_at);

CREATE TABLE citizen_identity_codes (
  code_hash text PRIMARY KEY,
  tenant_id uuid NOT NULL,
  used_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
COMMENT ON TABLE citizen_identity_codes IS 'Authorization codes from the e-ID provider already exchanged (SHA-256): a replayed code is refused even by another app process.';
CREATE INDEX citizen_identity_codes_expiry_idx ON citizen_identity_codes (expires_at);

CREATE TABLE citizen_drafts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  citizen_id uuid NOT NULL REFERENCES citizens (id),
  procedure_id uuid NOT NULL REFERENCES procedures (id),
  procedure_code text NOT NULL,
  procedure_name text NOT NULL,
  procedure_version_id uuid NOT NULL REFERENCES procedure_versions (id),
  case_name text,
  competent_unit_code text,
  applicant jsonb NOT NULL DEFAULT '{}'::jsonb,
  delivery_method text,
  delivery_address text,
  step text NOT NULL DEFAULT 'applicant',
  status text NOT NULL DEFAULT 'draft',
  dossier_id uuid REFERENCES dossiers (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  submitted_at timestamptz,
  CONSTRAINT citizen_drafts_status_check CHECK (status IN ('draft', 'submitted', 'discarded')),
  CONSTRAINT citizen_drafts_step_check CHECK (step IN ('applicant', 'documents', 'delivery', 'review')),
  CONSTRAINT citizen_drafts_delivery_check
    CHECK (delivery_method IS NULL OR delivery_method IN ('in_person', 'postal', 'electronic')),
  CONSTRAINT citizen_drafts_submitted_check CHECK ((status = 'submitted') = (dossier_id IS NOT NULL))
);
COMMENT ON TABLE citizen_drafts IS 'A citizen''s online application before it is a dossier (hồ sơ nháp): the procedure version it was started under, the applicant, the case and competent agency chosen, how the result should come back, the last step reached. Saved on every step; submitting turns it into a dossier once (the row is locked, a second submit returns the same dossier).';
CREATE INDEX citizen_drafts_citizen_idx ON citizen_drafts (citizen_id, updated_at DESC);

CREATE TABLE citizen_uploads (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  citizen_id uuid NOT NULL REFERENCES citizens (id),
  draft_id uuid REFERENCES citizen_drafts (id),
  dossier_id uuid REFERENCES dossiers (id),
  supplement_round smallint,
  requirement_no smallint,
  document_name text NOT NULL,
  file_id uuid NOT NULL REFERENCES files (id),
  added_at timestamptz NOT NULL,
  removed_at timestamptz,
  attached_at timestamptz,
  CONSTRAINT citizen_uploads_target_check
    CHECK ((draft_id IS NOT NULL AND dossier_id IS NULL AND supplement_round IS NULL)
        OR (draft_id IS NULL AND dossier_id IS NOT NULL AND supplement_round IS NOT NULL))
);
COMMENT ON TABLE citizen_uploads IS 'Files a citizen uploaded and has not sent yet: for a draft (per document of the catalogue list, requirement_no 1-based) or for a supplement round of a dossier. Sending copies them into dossier_documents (source online or supplement) and sets attached_at; removing marks removed_at.';
CREATE INDEX citizen_uploads_draft_idx ON citizen_uploads (draft_id) WHERE draft_id IS NOT NULL;
CREATE INDEX citizen_uploads_dossier_idx ON citizen_uploads (dossier_id, supplement_round) WHERE dossier_id IS NOT NULL;

-- Decree 118/2025 Art. 17.2: the receiving unit is alerted 2 hours after an online submission.
ALTER TABLE dossiers ADD COLUMN online_alerted_at timestamptz;
COMMENT ON COLUMN dossiers.online_alerted_at IS 'When the reception officers were alerted that this online dossier was still untouched 2 hours after submission (once per dossier).';
CREATE INDEX dossiers_online_alert_idx ON dossiers (submitted_at)
  WHERE status = 'submitted' AND online_alerted_at IS NULL;
