-- ps_rollup_refresh (migration 0008) plans its statements for the weeks it was given. After five
-- calls PL/pgSQL switches to a generic plan for `ps_week(received_at) = ANY(weeks)`, which at
-- 1,000,000 letters took 40 ms instead of 12 ms per refresh (bench:dashboard, after a new letter).
ALTER FUNCTION ps_rollup_refresh(bigint) SET plan_cache_mode = force_custom_plan;
