-- Review by people: review state on letters, every review action, template campaigns found by
-- MinHash/LSH, threat alerts with per-user acknowledgement, and full-text search for the queue.

ALTER TABLE letters
  -- none: no person needed; pending: waiting in the review queue; confirmed/corrected: reviewed
  ADD COLUMN review_status text NOT NULL DEFAULT 'none' CHECK (review_status IN ('none', 'pending', 'confirmed', 'corrected')),
  ADD COLUMN handled_at    timestamptz,
  ADD COLUMN handled_by    integer REFERENCES users(id),
  ADD COLUMN campaign_id   integer,
  ADD COLUMN search        tsvector GENERATED ALWAYS AS (to_tsvector('dutch', coalesce(subject, '') || ' ' || coalesce(body_text, ''))) STORED;

-- The queue: threats first, then oldest first; keyset pagination walks this index.
CREATE INDEX letters_queue_idx ON letters (threat_flag DESC, received_at, id) WHERE review_status = 'pending';
CREATE INDEX letters_search_idx ON letters USING gin (search);
CREATE INDEX letters_campaign_idx ON letters (campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE reviews (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  letter_id   uuid NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  user_id     integer NOT NULL REFERENCES users(id),
  action      text NOT NULL CHECK (action IN ('confirm', 'correct', 'note', 'handled', 'reopen')),
  before      jsonb,
  after       jsonb,
  note        text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_letter_idx ON reviews (letter_id, id);
CREATE INDEX reviews_corrections_idx ON reviews (created_at) WHERE action = 'correct';

CREATE TABLE campaigns (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE letters ADD CONSTRAINT letters_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaigns(id);

CREATE TABLE letter_fingerprints (
  letter_id  uuid PRIMARY KEY REFERENCES letters(id) ON DELETE CASCADE,
  signature  jsonb NOT NULL
);
CREATE TABLE letter_bands (
  band       smallint NOT NULL,
  key        integer NOT NULL,
  letter_id  uuid NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  PRIMARY KEY (band, key, letter_id)
);
CREATE INDEX letter_bands_letter_idx ON letter_bands (letter_id);

CREATE TABLE alerts (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  letter_id   uuid NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('bedreiging')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (letter_id, kind)
);
CREATE TABLE alert_acks (
  alert_id    integer NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  user_id     integer NOT NULL REFERENCES users(id),
  acked_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alert_id, user_id)
);

-- Versions of the TypeScript heads (retrained from reviewed letters); the newest active one is used.
CREATE TABLE model_versions (
  version      text PRIMARY KEY,
  heads        jsonb NOT NULL,
  metrics      jsonb NOT NULL,
  active       boolean NOT NULL DEFAULT false,
  reviewed_letters integer NOT NULL DEFAULT 0,
  note         text NOT NULL DEFAULT '',
  created_by   integer REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
