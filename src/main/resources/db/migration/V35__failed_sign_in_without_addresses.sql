-- Failed sign-ins no longer hold a client address in clear: the throttle now records a keyed hash of it. The rows
-- written before (at most one throttle window of them) are dropped; the throttle forgets those failures once.
delete from failed_sign_in where subject like 'address:%';

-- Pruning deletes by age as new failures come.
create index failed_sign_in_at_idx on failed_sign_in (at);
