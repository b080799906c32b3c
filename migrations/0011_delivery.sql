-- Issue #5 item 9: delivery of the notification outbox (e-mail over SMTP, SMS over an HTTP
-- adapter). The outbox rows themselves live in `notifications` (0004); this migration adds the
-- log of every delivery attempt and the demo mailbox that stands in for SMTP and SMS in the demo.

CREATE TABLE delivery_attempts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  notification_id uuid NOT NULL,
  attempt_no integer NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  adapter text NOT NULL,
  outcome text NOT NULL DEFAULT 'sending',
  provider_id text,
  error text,
  CONSTRAINT delivery_attempts_notification_fk FOREIGN KEY (notification_id) REFERENCES notifications (id),
  CONSTRAINT delivery_attempts_attempt_no_check CHECK (attempt_no >= 1),
  CONSTRAINT delivery_attempts_outcome_check
    CHECK (outcome IN ('sending','sent','retry','failed','abandoned')),
  CONSTRAINT delivery_attempts_notification_attempt_key UNIQUE (notification_id, attempt_no)
);
COMMENT ON TABLE delivery_attempts IS 'Every attempt to deliver an e-mail or SMS of the outbox: which adapter, when, and how it ended (sent with the provider''s id, retry later, failed for good, or abandoned when the worker died before recording it). Shown in the dossier timeline.';
COMMENT ON COLUMN delivery_attempts.outcome IS 'sending = claimed and in flight; sent; retry = temporary failure, retried with backoff; failed = permanent failure or attempts used up; abandoned = the lease ran out without a recorded outcome (the message may have gone: at-least-once, de-duplicated by Message-ID).';
COMMENT ON COLUMN delivery_attempts.provider_id IS 'What the mail server or SMS provider answered when it accepted the message (queue id, message id).';

-- The dossier timeline reads a dossier's e-mails and SMS; the worker reads the due ones.
CREATE INDEX notifications_dossier_idx ON notifications (dossier_id, created_at)
  WHERE dossier_id IS NOT NULL AND channel <> 'in_app';

CREATE TABLE demo_mailbox (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  notification_id uuid,
  channel text NOT NULL,
  recipient text NOT NULL,
  subject text,
  body text NOT NULL,
  html text,
  message_id text NOT NULL,
  template text NOT NULL,
  kept_at timestamptz NOT NULL,
  CONSTRAINT demo_mailbox_channel_check CHECK (channel IN ('email','sms')),
  CONSTRAINT demo_mailbox_message_id_key UNIQUE (message_id)
);
COMMENT ON TABLE demo_mailbox IS 'The demo stand-in for SMTP and the SMS provider (SMTP_URL / SMS_URL unset): every message it was given, shown on /hop-thu-demo in demo mode only. Unique by Message-ID, as a receiver de-duplicates a re-sent message.';
CREATE INDEX demo_mailbox_kept_idx ON demo_mailbox (kept_at DESC);
CREATE INDEX demo_mailbox_recipient_idx ON demo_mailbox (recipient, kept_at DESC);
