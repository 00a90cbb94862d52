-- Weekly summaries for management: the figures (aggregates only), the PDF and the CSV, each with
-- a SHA-256 checksum. Every run is kept (scheduled, from the dashboard or the CLI).
CREATE TABLE exports (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  week            date        NOT NULL,
  source          text        NOT NULL CHECK (source IN ('schedule', 'manual', 'cli')),
  figures         jsonb       NOT NULL,
  figures_sha256  text        NOT NULL,
  pdf             bytea       NOT NULL,
  pdf_sha256      text        NOT NULL,
  csv             bytea       NOT NULL,
  csv_sha256      text        NOT NULL,
  created_by      integer     REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX exports_week_idx ON exports (week DESC, created_at DESC);
