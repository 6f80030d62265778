-- What an anonymous notification's packet left out of the workplace (workplace/AnonymousNotification's codes, such as
-- FEW_OTHERS or PRIVATE_HOME, comma-separated; null when the packet carries the workplace), fixed when the packet is
-- sealed: the labour inspectorate cannot be asked to inspect a place its packet does not name.
alter table referral add column workplace_withheld text;

-- A joint inspection request's proposed dates (optional, ISO dates, comma-separated) and the requesting unit's contact
-- (optional, sealed under the screening's data key like every typed text of the case, and shredded with it).
alter table referral add column joint_inspection_proposed_dates text;
alter table referral add column joint_inspection_contact_sealed bytea;
