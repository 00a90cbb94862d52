-- Classification results (one row per model run, never edited), versioned routing rules, routings
-- (one row per decision: by the model's labels, a person's correction, or an explicit re-route),
-- and the letter's current labels for fast queues and rollups.

CREATE TABLE classifications (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  letter_id          uuid NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  model_version      text NOT NULL,
  lexicon_version    text NOT NULL,
  category           text NOT NULL CHECK (category IN ('bedreiging','betalingsweigering','soevereiniteitsverklaring','woo_verzoek','bezwaar','klacht','regulier')),
  scores             jsonb NOT NULL,
  anti_institutioneel boolean NOT NULL,
  anti_score         double precision NOT NULL,
  zorgsignaal        boolean NOT NULL,
  zorg_score         double precision NOT NULL,
  topic              text NOT NULL CHECK (topic IN ('belastingen','brp','sociaal','leerplicht','vergunningen','openbare_ruimte','bestuur','overig')),
  topic_scores       jsonb NOT NULL,
  needs_review       boolean NOT NULL,
  review_reasons     jsonb NOT NULL DEFAULT '[]'::jsonb,
  threat_flag        boolean NOT NULL,
  explanation        jsonb NOT NULL,
  chunks             integer NOT NULL,
  duration_ms        integer NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX classifications_letter_idx ON classifications (letter_id, id DESC);

CREATE TABLE routing_rule_versions (
  version     integer PRIMARY KEY,
  ruleset     jsonb NOT NULL,
  note        text NOT NULL DEFAULT '',
  created_by  integer REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE routings (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  letter_id          uuid NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
  classification_id  integer REFERENCES classifications(id),
  source             text NOT NULL CHECK (source IN ('model', 'review', 'reroute')),
  department         text NOT NULL,
  cc                 jsonb NOT NULL DEFAULT '[]'::jsonb,
  rule_key           text NOT NULL,
  cc_rule_keys       jsonb NOT NULL DEFAULT '[]'::jsonb,
  rule_version       integer REFERENCES routing_rule_versions(version),
  created_by         integer REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routings_letter_idx ON routings (letter_id, id DESC);

-- Current labels: the model's until a person corrects them.
ALTER TABLE letters
  ADD COLUMN category            text,
  ADD COLUMN topic               text,
  ADD COLUMN anti_institutioneel boolean,
  ADD COLUMN zorgsignaal         boolean,
  ADD COLUMN department          text,
  ADD COLUMN cc                  jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN needs_review        boolean NOT NULL DEFAULT false,
  ADD COLUMN threat_flag         boolean NOT NULL DEFAULT false,
  ADD COLUMN model_confidence    double precision,
  ADD COLUMN classified_at       timestamptz;
CREATE INDEX letters_department_idx ON letters (department, received_at DESC);
