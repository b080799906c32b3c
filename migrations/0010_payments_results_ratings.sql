-- Issue #5 items 6–8: fees and payments (Decree 118/2025 Art. 24), the simulated payment gateway's
-- own ledger, result return details live in the action log (return_result payload) and the
-- results in dossier_results (migration 0007); ratings of the service (Art. 33).

-- Receipt numbers (số biên lai) run per collecting unit and year, without gaps: the counter row is
-- locked by the UPDATE in the payment's own transaction, so a rolled-back payment frees its number.
CREATE TABLE payment_receipt_counters (
  unit_id uuid NOT NULL REFERENCES units (id),
  year smallint NOT NULL,
  tenant_id uuid NOT NULL,
  last_no integer NOT NULL,
  CONSTRAINT payment_receipt_counters_pkey PRIMARY KEY (unit_id, year),
  CONSTRAINT payment_receipt_counters_last_no_check CHECK (last_no >= 1)
);
COMMENT ON TABLE payment_receipt_counters IS 'Last receipt number issued per collecting unit and year (gap-free: taken in the payment''s transaction).';

CREATE TABLE payments (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  method text NOT NULL,
  status text NOT NULL,
  amount bigint NOT NULL,
  lines jsonb NOT NULL DEFAULT '[]'::jsonb,
  payer_name text NOT NULL,
  collecting_unit_id uuid NOT NULL REFERENCES units (id),
  agency_unit_id uuid NOT NULL REFERENCES units (id),
  receipt_year smallint,
  receipt_no integer,
  receipt_number text,
  collected_by uuid REFERENCES users (id),
  transfer_reference text,
  gateway text,
  gateway_order_id text,
  gateway_transaction_id text,
  gateway_redirect_url text,
  note text,
  created_at timestamptz NOT NULL,
  paid_at timestamptz,
  failed_at timestamptz,
  CONSTRAINT payments_method_check CHECK (method IN ('cash','bank_transfer','online')),
  CONSTRAINT payments_status_check CHECK (status IN ('pending','paid','failed')),
  CONSTRAINT payments_amount_check CHECK (amount > 0),
  CONSTRAINT payments_paid_receipt_check
    CHECK (status <> 'paid' OR (receipt_no IS NOT NULL AND receipt_year IS NOT NULL AND paid_at IS NOT NULL)),
  CONSTRAINT payments_counter_check
    CHECK (method = 'online' OR (status = 'paid' AND collected_by IS NOT NULL)),
  CONSTRAINT payments_transfer_reference_check
    CHECK (method <> 'bank_transfer' OR transfer_reference IS NOT NULL),
  CONSTRAINT payments_online_check
    CHECK (method <> 'online' OR (gateway IS NOT NULL AND gateway_order_id IS NOT NULL)),
  CONSTRAINT payments_receipt_key UNIQUE (collecting_unit_id, receipt_year, receipt_no),
  CONSTRAINT payments_gateway_order_key UNIQUE (gateway, gateway_order_id)
);
COMMENT ON TABLE payments IS 'Fees and charges paid for a dossier (Decree 118/2025 Art. 24): cash or bank transfer at the counter (collected_by), or online through the payment gateway (pending until its signed callback). Every paid row has a receipt number of the collecting unit and year; agency_unit_id is the competent agency the fee is settled with monthly (Art. 12). dossiers.fee_paid mirrors the sum of paid rows.';
COMMENT ON COLUMN payments.lines IS 'The fee lines paid, as assessed from the catalogue version (name, amount, per).';
COMMENT ON COLUMN payments.gateway_redirect_url IS 'The gateway''s checkout address of a pending order: a second click within 15 minutes reuses the order.';
COMMENT ON COLUMN payments.gateway_order_id IS 'The gateway''s order id; our reference sent to the gateway is payments.id.';
CREATE INDEX payments_dossier_idx ON payments (dossier_id, created_at);
CREATE INDEX payments_paid_idx ON payments (tenant_id, paid_at) WHERE status = 'paid';
CREATE INDEX payments_agency_paid_idx ON payments (agency_unit_id, paid_at) WHERE status = 'paid';

-- Callbacks of the gateway: every delivery is logged; an event is applied once (unique event id).
CREATE TABLE payment_gateway_events (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  gateway text NOT NULL,
  event_id text NOT NULL,
  payment_id uuid NOT NULL REFERENCES payments (id),
  outcome text NOT NULL,
  amount bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  applied_at timestamptz NOT NULL,
  CONSTRAINT payment_gateway_events_outcome_check CHECK (outcome IN ('succeeded','failed')),
  CONSTRAINT payment_gateway_events_event_key UNIQUE (gateway, event_id)
);
COMMENT ON TABLE payment_gateway_events IS 'Gateway events applied to payments: the unique (gateway, event_id) makes a replayed or concurrently delivered callback apply once.';
CREATE INDEX payment_gateway_events_payment_idx ON payment_gateway_events (payment_id);

CREATE TABLE payment_callbacks (
  id uuid PRIMARY KEY,
  gateway text NOT NULL,
  received_at timestamptz NOT NULL,
  event_id text,
  payment_id uuid,
  result text NOT NULL,
  http_status smallint NOT NULL,
  message text,
  body text NOT NULL,
  remote_ip text,
  CONSTRAINT payment_callbacks_result_check CHECK (result IN
    ('applied','duplicate','signature_invalid','stale','amount_mismatch','unknown_order','malformed'))
);
COMMENT ON TABLE payment_callbacks IS 'Log of every callback delivery from a payment gateway, accepted or refused (forged signature, stale timestamp, amount mismatch), with the raw body (first 8 KB).';
CREATE INDEX payment_callbacks_received_idx ON payment_callbacks (received_at DESC);

-- The simulated gateway (demo and tests) keeps its own books, as a real provider would: the
-- reconciliation report compares them with ours. Not tenant data: it stands for the provider.
CREATE TABLE payment_sim_orders (
  id uuid PRIMARY KEY,
  merchant_ref text NOT NULL,
  amount bigint NOT NULL,
  description text NOT NULL,
  return_url text NOT NULL,
  callback_url text NOT NULL,
  status text NOT NULL DEFAULT 'created',
  transaction_id text,
  created_at timestamptz NOT NULL,
  completed_at timestamptz,
  settled_at timestamptz,
  callback_attempts smallint NOT NULL DEFAULT 0,
  last_callback_status smallint,
  CONSTRAINT payment_sim_orders_status_check CHECK (status IN ('created','succeeded','failed')),
  CONSTRAINT payment_sim_orders_amount_check CHECK (amount > 0),
  CONSTRAINT payment_sim_orders_merchant_ref_key UNIQUE (merchant_ref)
);
COMMENT ON TABLE payment_sim_orders IS 'Ledger of the local simulated payment gateway (stands for the provider''s books): orders, their outcome chosen on the checkout page, the transfer to the fee-holding account (settled_at, Decree 118/2025 Art. 24: within 8 working hours) and callback deliveries.';
CREATE INDEX payment_sim_orders_completed_idx ON payment_sim_orders (completed_at) WHERE status = 'succeeded';

-- Results ready before their due instant: the applicant is told before an early return (Art. 22);
-- the job reads these rows only.
CREATE INDEX dossiers_result_ready_due_idx ON dossiers (due_at) WHERE status = 'result_ready';

-- Ratings (Decree 118/2025 Art. 33): one per dossier per channel, linked to the officer and ticket.
CREATE TABLE rating_prompts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  counter_no smallint NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  officer_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CONSTRAINT rating_prompts_counter_check CHECK (counter_no BETWEEN 1 AND 999)
);
COMMENT ON TABLE rating_prompts IS 'The counter officer asks the citizen just served to rate: the tablet at that counter (/danh-gia/quay?unit=&counter=) shows the latest unexpired prompt.';
CREATE INDEX rating_prompts_counter_idx ON rating_prompts (unit_id, counter_no, created_at DESC);

CREATE TABLE ratings (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  channel text NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  agency_unit_id uuid NOT NULL REFERENCES units (id),
  officer_id uuid REFERENCES users (id),
  received_by uuid REFERENCES users (id),
  returned_by uuid REFERENCES users (id),
  ticket_id uuid,
  counter_no smallint,
  return_time smallint NOT NULL,
  bodies_contacted smallint NOT NULL,
  times_contacted smallint NOT NULL,
  information_accuracy smallint NOT NULL,
  staff_attitude smallint NOT NULL,
  lawfulness smallint NOT NULL,
  feedback_explanations smallint,
  online_quality smallint,
  overall smallint NOT NULL,
  comment text,
  created_at timestamptz NOT NULL,
  CONSTRAINT ratings_channel_check CHECK (channel IN ('counter','qr','online')),
  CONSTRAINT ratings_levels_check CHECK (
    return_time BETWEEN 1 AND 3 AND bodies_contacted BETWEEN 1 AND 3 AND times_contacted BETWEEN 1 AND 3
    AND information_accuracy BETWEEN 1 AND 3 AND staff_attitude BETWEEN 1 AND 3 AND lawfulness BETWEEN 1 AND 3
    AND (feedback_explanations IS NULL OR feedback_explanations BETWEEN 1 AND 3)
    AND (online_quality IS NULL OR online_quality BETWEEN 1 AND 3) AND overall BETWEEN 1 AND 3),
  CONSTRAINT ratings_comment_check CHECK (comment IS NULL OR length(comment) <= 2000),
  CONSTRAINT ratings_dossier_channel_key UNIQUE (dossier_id, channel)
);
COMMENT ON TABLE ratings IS 'Citizen ratings of a dossier''s handling (Decree 118/2025 Art. 33), each criterion on the three-level scale 3 = Rất hài lòng, 2 = Hài lòng, 1 = Không hài lòng (criteria g and h may be not applicable); one per dossier per channel (counter tablet, QR of the receipt, online). officer_id is the officer rated (who served at the counter, else who returned, else who received).';
CREATE INDEX ratings_unit_created_idx ON ratings (unit_id, created_at);
CREATE INDEX ratings_officer_created_idx ON ratings (officer_id, created_at) WHERE officer_id IS NOT NULL;
