-- Issue #5, item 1: the queue of a one-stop unit (Decree 118/2025 Art. 13: an automatic
-- queue-ticket machine connected to the TTHC information system, a priority counter for elderly,
-- pregnant and disabled people), online bookings next to walk-ins, and the timed stages of every
-- ticket for statistics. The fair rule that orders tickets is src/core/queue/fair-order.ts.

CREATE TABLE queue_services (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  prefix text NOT NULL,
  name text NOT NULL,
  fields text[] NOT NULL DEFAULT '{}',
  average_service_minutes smallint NOT NULL DEFAULT 10,
  booking_enabled boolean NOT NULL DEFAULT true,
  slot_minutes smallint NOT NULL DEFAULT 30,
  slot_capacity smallint NOT NULL DEFAULT 4,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT queue_services_prefix_key UNIQUE (unit_id, prefix),
  CONSTRAINT queue_services_prefix_check CHECK (prefix ~ '^[A-Z]{1,2}$'),
  CONSTRAINT queue_services_minutes_check CHECK (average_service_minutes BETWEEN 1 AND 240),
  CONSTRAINT queue_services_slot_check CHECK (slot_minutes BETWEEN 5 AND 240 AND slot_capacity BETWEEN 1 AND 100)
);
COMMENT ON TABLE queue_services IS 'What a citizen chooses at the ticket machine of a one-stop unit (service_centre, commune_centre): a letter prefix for the ticket numbers, a name, the catalogue fields (lĩnh vực) it covers, and the booking slots it offers.';
COMMENT ON COLUMN queue_services.fields IS 'Catalogue fields (procedures.field) served: the kiosk shows them and the intake page can start from them.';
COMMENT ON COLUMN queue_services.average_service_minutes IS 'Expected minutes per citizen before the day has its own measured serving times (expected wait).';
COMMENT ON COLUMN queue_services.slot_capacity IS 'Bookings accepted per slot of slot_minutes within the office sessions.';
CREATE INDEX queue_services_unit_idx ON queue_services (unit_id, sort_order);

CREATE TABLE queue_counters (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  counter_unit_id uuid REFERENCES units (id),
  number smallint NOT NULL,
  name text NOT NULL,
  is_priority boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'closed',
  officer_id uuid REFERENCES users (id),
  status_changed_at timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT queue_counters_number_key UNIQUE (unit_id, number),
  CONSTRAINT queue_counters_number_check CHECK (number BETWEEN 1 AND 999),
  CONSTRAINT queue_counters_status_check CHECK (status IN ('open','paused','closed')),
  CONSTRAINT queue_counters_officer_check CHECK (status = 'closed' OR officer_id IS NOT NULL)
);
COMMENT ON TABLE queue_counters IS 'Reception and return counters (quầy) of a one-stop unit: the number announced on the board, the services served, the priority counter of Decree 118/2025 Art. 13, and the officer serving it now.';
COMMENT ON COLUMN queue_counters.counter_unit_id IS 'The counter as a unit of the organisation tree (kind counter), when the tree has one.';
COMMENT ON COLUMN queue_counters.officer_id IS 'The logged-in officer who opened the counter; NULL while closed.';
CREATE INDEX queue_counters_officer_idx ON queue_counters (officer_id) WHERE officer_id IS NOT NULL;

CREATE TABLE queue_counter_services (
  counter_id uuid NOT NULL REFERENCES queue_counters (id),
  service_id uuid NOT NULL REFERENCES queue_services (id),
  CONSTRAINT queue_counter_services_pkey PRIMARY KEY (counter_id, service_id)
);
COMMENT ON TABLE queue_counter_services IS 'Which services a counter serves: a counter calls only tickets of these services.';
CREATE INDEX queue_counter_services_service_idx ON queue_counter_services (service_id);

CREATE TABLE queue_bookings (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  service_id uuid NOT NULL REFERENCES queue_services (id),
  day date NOT NULL,
  slot_start timestamptz NOT NULL,
  slot_minutes smallint NOT NULL,
  full_name text NOT NULL,
  id_number text NOT NULL,
  phone text NOT NULL,
  procedure_code text,
  code text NOT NULL,
  status text NOT NULL DEFAULT 'booked',
  ticket_id uuid,
  created_at timestamptz NOT NULL,
  checked_in_at timestamptz,
  cancelled_at timestamptz,
  CONSTRAINT queue_bookings_code_key UNIQUE (code),
  CONSTRAINT queue_bookings_status_check CHECK (status IN ('booked','checked_in','cancelled','no_show')),
  CONSTRAINT queue_bookings_id_number_check CHECK (id_number ~ '^[0-9]{9,12}$'),
  CONSTRAINT queue_bookings_ticket_check CHECK ((status = 'checked_in') = (ticket_id IS NOT NULL))
);
COMMENT ON TABLE queue_bookings IS 'Online bookings of a slot (at most 2 per person per day, up to 6 days ahead, working days and office sessions only). Checked in at the kiosk, a booking becomes a ticket ordered at its slot start.';
COMMENT ON COLUMN queue_bookings.code IS 'Booking code the citizen types at the kiosk (and quotes to cancel, with the identity number).';
CREATE INDEX queue_bookings_person_idx ON queue_bookings (id_number, day);
CREATE INDEX queue_bookings_slot_idx ON queue_bookings (service_id, slot_start) WHERE status <> 'cancelled';
CREATE INDEX queue_bookings_open_idx ON queue_bookings (slot_start) WHERE status = 'booked';

CREATE TABLE queue_tickets (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  service_id uuid NOT NULL REFERENCES queue_services (id),
  day date NOT NULL,
  seq integer NOT NULL,
  display_code text NOT NULL,
  priority text NOT NULL DEFAULT 'none',
  source text NOT NULL DEFAULT 'walk_in',
  booking_id uuid REFERENCES queue_bookings (id),
  procedure_code text,
  status text NOT NULL DEFAULT 'waiting',
  rank_at timestamptz NOT NULL,
  issued_at timestamptz NOT NULL,
  called_at timestamptz,
  serving_at timestamptz,
  finished_at timestamptz,
  counter_id uuid REFERENCES queue_counters (id),
  target_counter_id uuid REFERENCES queue_counters (id),
  officer_id uuid REFERENCES users (id),
  call_count smallint NOT NULL DEFAULT 0,
  transfer_count smallint NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT queue_tickets_code_key UNIQUE (unit_id, day, display_code),
  CONSTRAINT queue_tickets_priority_check CHECK (priority IN ('none','elderly','pregnant','disabled')),
  CONSTRAINT queue_tickets_source_check CHECK (source IN ('walk_in','booking')),
  CONSTRAINT queue_tickets_status_check
    CHECK (status IN ('waiting','called','serving','done','skipped','cancelled','no_show')),
  CONSTRAINT queue_tickets_counter_check CHECK (status NOT IN ('called','serving','skipped') OR counter_id IS NOT NULL)
);
COMMENT ON TABLE queue_tickets IS 'Queue tickets (số thứ tự) of a one-stop unit, numbered per unit, day and service prefix (A012). Status waiting → called → serving → done, or skipped, cancelled, no_show. Dossiers received from a ticket point to it (dossiers.ticket_id).';
COMMENT ON COLUMN queue_tickets.rank_at IS 'The instant the fair rule orders the ticket by: issue for a walk-in, the slot start for a booking checked in on time; kept on transfer.';
COMMENT ON COLUMN queue_tickets.target_counter_id IS 'Set by a transfer to one counter: only that counter calls the ticket.';
COMMENT ON COLUMN queue_tickets.called_at IS 'Latest call (a recall moves it); the timed stages are in queue_events.';
CREATE INDEX queue_tickets_waiting_idx ON queue_tickets (unit_id, day, service_id, rank_at) WHERE status = 'waiting';
CREATE INDEX queue_tickets_counter_idx ON queue_tickets (counter_id, status) WHERE status IN ('called','serving','skipped');
CREATE INDEX queue_tickets_day_idx ON queue_tickets (unit_id, day);

ALTER TABLE queue_bookings
  ADD CONSTRAINT queue_bookings_ticket_fkey FOREIGN KEY (ticket_id) REFERENCES queue_tickets (id);

CREATE TABLE queue_ticket_counters (
  unit_id uuid NOT NULL REFERENCES units (id),
  day date NOT NULL,
  prefix text NOT NULL,
  last_seq integer NOT NULL,
  CONSTRAINT queue_ticket_counters_pkey PRIMARY KEY (unit_id, day, prefix)
);
COMMENT ON TABLE queue_ticket_counters IS 'The last ticket number issued per unit, day and prefix; one row lock per prefix and day.';

CREATE TABLE queue_events (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid NOT NULL REFERENCES units (id),
  ticket_id uuid NOT NULL REFERENCES queue_tickets (id),
  ticket_seq integer NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL,
  service_id uuid NOT NULL REFERENCES queue_services (id),
  counter_id uuid REFERENCES queue_counters (id),
  officer_id uuid REFERENCES users (id),
  from_status text,
  to_status text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  CONSTRAINT queue_events_ticket_seq_key UNIQUE (ticket_id, ticket_seq),
  CONSTRAINT queue_events_kind_check CHECK (kind IN ('issued','called','recalled','serving','finished',
    'skipped','transferred','cancelled','no_show'))
);
COMMENT ON TABLE queue_events IS 'Append-only log of every stage change of a ticket with its instant, counter and officer: the timed stages (waiting, serving) for statistics, and what the display board streams.';
COMMENT ON COLUMN queue_events.ticket_seq IS 'Position in the ticket''s history (its version after the change): orders events of one instant.';
COMMENT ON COLUMN queue_events.service_id IS 'The ticket''s service when the event happened (a transfer changes it).';
CREATE INDEX queue_events_unit_at_idx ON queue_events (unit_id, at);
CREATE TRIGGER queue_events_append_only BEFORE UPDATE OR DELETE ON queue_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The column exists since 0007: a dossier received at the counter from a ticket.
ALTER TABLE dossiers
  ADD CONSTRAINT dossiers_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES queue_tickets (id);
