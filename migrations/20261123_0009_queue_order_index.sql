-- The review queue's order (threats first, then oldest) for the views without the pending-only
-- partial index (letters_queue_idx): 'all', 'reviewed' and 'handled'. Without it every first page
-- of those views sorted all letters; at 20,000 letters that was 50 ms per request, and under
-- bench:load a quarter of the queue requests were of that kind.
CREATE INDEX letters_order_idx ON letters (threat_flag DESC, received_at, id);
