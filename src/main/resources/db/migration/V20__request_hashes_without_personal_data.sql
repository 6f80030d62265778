-- Until now a screening kept an unsalted SHA-256 of its whole start request, personal data included, and a referral one
-- of its request, the officer's note included: whoever held a dump could test guesses offline, even after the purge.
-- Hashes are now made of non-personal fields only; the old ones are dropped (a retry of a request sent before this
-- migration is answered as a conflict, which changes nothing).
update screening set request_hash = 'dropped: derived from personal data';
update referral set request_hash = 'dropped: derived from the officer''s note';
