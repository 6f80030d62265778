-- Referral retention beyond acknowledged packets: packets of ended, never acknowledged and long-open referrals are
-- deleted too, and a referral stuck open is reported to supervisors once per stall (retention/ReferralRetentionPolicy).
alter table referral add column overdue_reported_at timestamptz;

-- the retention job and the supervisors' list look only at referrals still open or still holding a packet
create index referral_open_idx on referral (created_at) where status in ('SENT', 'RECEIVED', 'ACCEPTED');
create index referral_packet_held_idx on referral (created_at) where packet is not null;
