-- Account lifecycle: ending every session of an account (disabled, role or unit changed, password reset) marks the
-- moment; a token issued before it is refused on every instance within the revocation list's refresh.
alter table app_user add column sessions_valid_after timestamptz;
