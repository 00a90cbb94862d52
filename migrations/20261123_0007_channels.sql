-- Intake channels: paper scans (OCR) and the polled mailbox and scanner folder.
-- Scans and photos of paper letters are read with OCR: their source type is 'image', and every
-- OCR'd letter (image or scanned PDF) keeps the mean word confidence (0-100) for the review view.
ALTER TABLE letters DROP CONSTRAINT IF EXISTS letters_source_type_check;
ALTER TABLE letters ADD CONSTRAINT letters_source_type_check CHECK (source_type IN ('json', 'eml', 'pdf', 'txt', 'image'));
ALTER TABLE letters ADD COLUMN ocr_confidence real CHECK (ocr_confidence IS NULL OR (ocr_confidence >= 0 AND ocr_confidence <= 100));

-- A mailbox delivers the same message twice (a resend, a second copy via another route) with
-- other Received headers, so other bytes: intake also recognises it by its Message-ID.
CREATE INDEX letters_message_id_idx ON letters (message_id) WHERE message_id IS NOT NULL;

-- One row per polled channel ('mailbox', 'scanner'): what the admin page shows, and a lease so
-- that of several server processes on one database only one polls a channel at a time.
CREATE TABLE channel_status (
  name             text PRIMARY KEY CHECK (name IN ('mailbox', 'scanner')),
  target           text NOT NULL,
  last_run_at      timestamptz,
  last_success_at  timestamptz,
  last_error       text,
  last_error_at    timestamptz,
  runs             integer NOT NULL DEFAULT 0,
  ingested         integer NOT NULL DEFAULT 0,
  duplicates       integer NOT NULL DEFAULT 0,
  failed           integer NOT NULL DEFAULT 0,
  lease_owner      text,
  lease_until      timestamptz,
  updated_at       timestamptz NOT NULL DEFAULT now()
);
