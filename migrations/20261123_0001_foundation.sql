-- Foundation: users, sessions, letters with their original files, the job queue and the audit log.
-- Forward-only. Later migrations attach classifications, routings and reviews to letters(id).

CREATE TABLE users (
  id                    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email                 text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name          text NOT NULL DEFAULT '',
  role                  text NOT NULL CHECK (role IN ('intake', 'policy', 'admin')),
  password_hash         text NOT NULL,
  must_change_password  boolean NOT NULL DEFAULT false,
  failed_logins         integer NOT NULL DEFAULT 0,
  locked_until          timestamptz,
  disabled_at           timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  last_login_at         timestamptz
);

CREATE TABLE sessions (
  -- sha256 of the cookie token: a stolen database does not give usable cookies
  id            text PRIMARY KEY,
  user_id       integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE letters (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- sha256 of the original bytes (uploads) or of the canonical JSON submission
  sha256               text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  received_at          timestamptz NOT NULL DEFAULT now(),
  channel              text NOT NULL CHECK (channel IN ('email', 'webform', 'pdf', 'scan')),
  source_type          text NOT NULL CHECK (source_type IN ('json', 'eml', 'pdf', 'txt')),
  sender_name          text,
  sender_email         text,
  sender_address       text,
  sender_postcode      text,
  sender_city          text,
  subject              text NOT NULL DEFAULT '',
  body_text            text NOT NULL DEFAULT '',
  language             text CHECK (language IN ('nl', 'en')),
  -- received: stored, waiting for classification; open: classified and routed, with people;
  -- handled: closed by a person; failed: classification failed for good (dead job)
  status               text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'open', 'handled', 'failed')),
  extraction_warnings  jsonb NOT NULL DEFAULT '[]'::jsonb,
  message_id           text,
  created_by           integer REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX letters_received_idx ON letters (received_at DESC, id);
CREATE INDEX letters_status_received_idx ON letters (status, received_at DESC);

CREATE TABLE letter_files (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  letter_id   uuid NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('original', 'attachment')),
  filename    text NOT NULL,
  media_type  text NOT NULL,
  size_bytes  integer NOT NULL CHECK (size_bytes >= 0),
  sha256      text NOT NULL,
  -- bytes live in the database so that intake is one transaction and every worker on the
  -- same PostgreSQL sees them; NULL once purged by the retention job
  content     bytea,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX letter_files_letter_idx ON letter_files (letter_id);
CREATE UNIQUE INDEX letter_files_one_original ON letter_files (letter_id) WHERE role = 'original';

CREATE TABLE jobs (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL,
  letter_id     uuid REFERENCES letters(id) ON DELETE CASCADE,
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
  status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'dead')),
  attempts      integer NOT NULL DEFAULT 0,
  max_attempts  integer NOT NULL DEFAULT 5,
  run_after     timestamptz NOT NULL DEFAULT now(),
  locked_by     text,
  locked_at     timestamptz,
  last_error    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_ready_idx ON jobs (run_after, id) WHERE status = 'queued';
CREATE INDEX jobs_letter_idx ON jobs (letter_id);

CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  user_id      integer REFERENCES users(id),
  user_email   text,
  user_role    text,
  action       text NOT NULL,
  entity_type  text,
  entity_id    text,
  details      jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip           text
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);

-- The audit log is append-only: no update, no delete.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
