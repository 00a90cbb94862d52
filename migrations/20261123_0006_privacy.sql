-- Privacy: letters whose content and sender data were purged (retention period passed, or erased
-- on a data subject's request) keep their labels for the aggregates and get purged_at.
ALTER TABLE letters ADD COLUMN purged_at timestamptz;
CREATE INDEX letters_retention_idx ON letters (received_at) WHERE purged_at IS NULL;
CREATE INDEX letters_sender_email_idx ON letters (sender_email) WHERE sender_email IS NOT NULL;
