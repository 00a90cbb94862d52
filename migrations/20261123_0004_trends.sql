-- Trends for policy officers: weekly rollups that hold counts only (no text, no sender), kept up
-- to date incrementally. Triggers on letters mark the ISO weeks (Europe/Amsterdam) whose letters
-- changed; the trends repository recomputes just those weeks before it answers.

-- Monday of the ISO week a moment falls in, in Dutch local time.
CREATE FUNCTION ps_week(ts timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT date_trunc('week', ts AT TIME ZONE 'Europe/Amsterdam')::date $$;

-- Handling-time class of a letter (hours from receipt to handled). The class edges live in
-- server/trends/types.ts (HANDLE_BUCKET_EDGES_HOURS) as well; a test keeps the two equal.
CREATE FUNCTION ps_handle_bucket(hours double precision) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT width_bucket(greatest(hours, 0), ARRAY[4, 8, 24, 48, 72, 120, 168, 336, 504, 720, 1440]::double precision[])::smallint $$;

-- Four-digit postcode (the area level used for geography), or '' when there is none.
CREATE FUNCTION ps_area(postcode text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(substring(upper(coalesce(postcode, '')) from '^\s*([1-9][0-9]{3})'), '') $$;

CREATE INDEX letters_week_idx ON letters (ps_week(received_at));

-- The area is kept on the letter apart from the postcode, so that purging sender data after the
-- retention period (which clears the postcode) leaves the geography figures as they were.
ALTER TABLE letters ADD COLUMN area text NOT NULL DEFAULT '';
UPDATE letters SET area = ps_area(sender_postcode);
CREATE FUNCTION ps_letter_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sender_postcode IS NOT NULL THEN NEW.area := ps_area(NEW.sender_postcode); END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER letters_area BEFORE INSERT OR UPDATE OF sender_postcode ON letters
  FOR EACH ROW EXECUTE FUNCTION ps_letter_area();

-- Letters received per week by category x department x channel x topic x signal, and how many
-- of them are handled by now. category/department/topic '' = not yet classified.
CREATE TABLE rollup_weekly (
  week        date    NOT NULL,
  category    text    NOT NULL,
  department  text    NOT NULL,
  channel     text    NOT NULL,
  topic       text    NOT NULL,
  anti        boolean NOT NULL,
  zorg        boolean NOT NULL,
  threat      boolean NOT NULL,
  received    integer NOT NULL,
  handled     integer NOT NULL,
  PRIMARY KEY (week, category, department, channel, topic, anti, zorg, threat)
);

-- Handled letters by the week they were received, department, channel, topic and handling-time class.
CREATE TABLE rollup_handling (
  week        date     NOT NULL,
  department  text     NOT NULL,
  channel     text     NOT NULL,
  topic       text     NOT NULL,
  bucket      smallint NOT NULL,
  handled     integer  NOT NULL,
  PRIMARY KEY (week, department, channel, topic, bucket)
);

-- Letters per week by four-digit postcode area (geography), category and signal. Kept narrow on
-- purpose: the finer the cells, the sooner a count points at a person.
CREATE TABLE rollup_area (
  week        date    NOT NULL,
  area        text    NOT NULL,
  category    text    NOT NULL,
  anti        boolean NOT NULL,
  zorg        boolean NOT NULL,
  received    integer NOT NULL,
  PRIMARY KEY (week, area, category, anti, zorg)
);

-- Letters of template campaigns per week, with the first and last arrival (for 'first/last seen').
CREATE TABLE rollup_campaign (
  week        date        NOT NULL,
  campaign_id integer     NOT NULL,
  category    text        NOT NULL,
  department  text        NOT NULL,
  channel     text        NOT NULL,
  topic       text        NOT NULL,
  received    integer     NOT NULL,
  first_at    timestamptz NOT NULL,
  last_at     timestamptz NOT NULL,
  PRIMARY KEY (week, campaign_id, category, department, channel, topic)
);
CREATE INDEX rollup_campaign_id_idx ON rollup_campaign (campaign_id);

-- Weeks whose rollups are out of date.
CREATE TABLE rollup_dirty (
  week date PRIMARY KEY
);

-- Statement-level triggers with transition tables: one INSERT per statement, however many rows.
CREATE FUNCTION ps_rollup_mark_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup_dirty (week) SELECT DISTINCT ps_week(received_at) FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION ps_rollup_mark_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup_dirty (week) SELECT DISTINCT ps_week(received_at) FROM old_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION ps_rollup_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup_dirty (week)
    SELECT DISTINCT ps_week(received_at) FROM new_rows
    UNION SELECT DISTINCT ps_week(received_at) FROM old_rows
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER letters_rollup_insert AFTER INSERT ON letters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ps_rollup_mark_new();
CREATE TRIGGER letters_rollup_update AFTER UPDATE ON letters
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ps_rollup_mark_changed();
CREATE TRIGGER letters_rollup_delete AFTER DELETE ON letters
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ps_rollup_mark_old();

-- Letters already stored are counted on the first read.
INSERT INTO rollup_dirty (week) SELECT DISTINCT ps_week(received_at) FROM letters ON CONFLICT DO NOTHING;
