package org.waymark.platform.database;

/**
 * Every PostgreSQL advisory lock id the service takes, in one place so that no two uses share an id by accident.
 * Compile-time constants, so that repository queries can name them in their SQL text.
 */
public final class AdvisoryLocks {

    /** The audit chain: the sequencer links entries, checkpoints and audit retention read or cut the head. */
    public static final long AUDIT_CHAIN = 7265743001L;
    /** One instance at a time purges the personal data of screenings past their retention. */
    public static final long SCREENING_RETENTION = 7265743002L;
    /** The service's signing key is made once, by one instance. */
    public static final long SIGNING_KEY = 7265743003L;
    /** The seed of the per-referral-id locks ({@code hashtextextended(id, seed)}): one request per referral id at a time. */
    public static final long REFERRAL_ID_SEED = 7265743004L;
    /** One instance at a time deletes the packets of referrals past their retention. */
    public static final long PACKET_RETENTION = 7265743005L;
    /** Private statistics releases spend the privacy budget one at a time. */
    public static final long PRIVATE_RELEASES = 7265743006L;
    /** The seed of the per-id locks of programme records (sessions, evaluation batches, practice cases) chosen by the client. */
    public static final long TRAINING_RECORD_ID_SEED = 7265743007L;
    /** The first administrator is made once, by one instance, when several start at once on an empty database. */
    public static final long FIRST_ADMIN = 7265743008L;

    private AdvisoryLocks() {
    }
}
