-- Foundation: extensions for Vietnamese search, the organisation tree, people and access,
-- the working-time calendar overrides, idempotency keys and the audit log.
-- PostgreSQL 15 syntax (production) that PGlite (PostgreSQL 18) also runs.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary lets indexes use it.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
COMMENT ON FUNCTION f_unaccent(text) IS 'Diacritic folding for Vietnamese search (Đ→D included); immutable so it can be indexed.';

CREATE TABLE units (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  parent_id uuid REFERENCES units (id),
  code text NOT NULL,
  gso_code text,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL,
  address text,
  phone text,
  email text,
  website text,
  contacts jsonb NOT NULL DEFAULT '[]'::jsonb,
  opening_hours text,
  office_sessions jsonb,
  sort_order integer NOT NULL DEFAULT 0,
  valid_from date,
  valid_to date,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT units_code_key UNIQUE (code),
  CONSTRAINT units_kind_check CHECK (kind IN ('province','department','division','service_centre',
    'commune','commune_centre','reception_point','counter','district','external')),
  CONSTRAINT units_validity_check CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE units IS 'Organisation tree as data (DESIGN §2.1): province, departments, divisions, service centres, reception points, counters, communes; legacy districts kept with valid_to.';
COMMENT ON COLUMN units.tenant_id IS 'Root unit (province) of the tree; distribution key for a multi-province deployment.';
COMMENT ON COLUMN units.code IS 'Electronic agency identifier (mã định danh điện tử, QĐ 20/2020/QĐ-TTg), e.g. 000.00.00.H31.';
COMMENT ON COLUMN units.contacts IS 'Published contact list: leaders and seconded officers with title and phone (Decree 118/2025 Art. 9).';
COMMENT ON COLUMN units.office_sessions IS 'Office sessions [{start,end}] in minutes after local midnight; NULL inherits from the parent.';
CREATE INDEX units_parent_idx ON units (parent_id);
CREATE INDEX units_tenant_idx ON units (tenant_id, kind);

CREATE TABLE unit_closure (
  ancestor_id uuid NOT NULL REFERENCES units (id),
  descendant_id uuid NOT NULL REFERENCES units (id),
  depth integer NOT NULL,
  CONSTRAINT unit_closure_pkey PRIMARY KEY (ancestor_id, descendant_id)
);
COMMENT ON TABLE unit_closure IS 'Transitive closure of the unit tree (each unit is its own ancestor at depth 0); scope filters read it.';
CREATE INDEX unit_closure_descendant_idx ON unit_closure (descendant_id, ancestor_id);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  username text NOT NULL,
  full_name text NOT NULL,
  title text,
  email text,
  phone text,
  password_hash text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  is_demo boolean NOT NULL DEFAULT false,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_username_key UNIQUE (username),
  CONSTRAINT users_username_format CHECK (username ~ '^[a-z0-9._-]{3,64}$')
);
COMMENT ON TABLE users IS 'Officers. Passwords are argon2id hashes; repeated failures lock the account for a while.';
COMMENT ON COLUMN users.is_demo IS 'Demo account: may log in only when the server runs in demo mode.';

CREATE TABLE memberships (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units (id),
  role text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT memberships_unique UNIQUE (user_id, unit_id, role),
  CONSTRAINT memberships_role_check CHECK (role IN ('admin','reception','specialist','head','leader','monitor','catalogue'))
);
COMMENT ON TABLE memberships IS 'User × unit × role. The role''s scopes (src/core/organisation/roles.ts) apply to the unit and its subtree.';
CREATE INDEX memberships_unit_idx ON memberships (unit_id, role);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text,
  user_agent text
);
COMMENT ON COLUMN sessions.id IS 'SHA-256 of the session token; the token itself lives only in the HttpOnly cookie.';
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE calendar_overrides (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  unit_id uuid REFERENCES units (id),
  date date NOT NULL,
  kind text NOT NULL,
  name text NOT NULL,
  reason text,
  occasion text,
  source text NOT NULL DEFAULT 'admin',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT calendar_overrides_kind_check CHECK (kind IN ('holiday','workday')),
  CONSTRAINT calendar_overrides_source_check CHECK (source IN ('official','admin')),
  CONSTRAINT calendar_overrides_unique UNIQUE NULLS NOT DISTINCT (tenant_id, unit_id, date)
);
COMMENT ON TABLE calendar_overrides IS 'Official yearly schedules and admin edits over the holiday rules: holidays and make-up working days, province-wide (unit_id NULL) or per unit.';

CREATE TABLE idempotency_keys (
  principal text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT idempotency_keys_pkey PRIMARY KEY (principal, key)
);
COMMENT ON TABLE idempotency_keys IS 'Idempotency-Key of every write: the stored response is replayed for a retried request; written in the same transaction as the effect.';

CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  tenant_id uuid,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  action text NOT NULL,
  target_type text,
  target_id text,
  ip text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
COMMENT ON TABLE audit_events IS 'Logins, logouts, administration changes: who, when, from where, what.';
CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id, at);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, at);
