package org.waymark.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.audit.persistence.AuditCheckpointRow;
import org.waymark.audit.persistence.AuditCheckpointRows;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.audit.persistence.AuditEntryRows;
import org.waymark.crypto.ServiceKey;
import org.waymark.signing.ServiceKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs the head of the audit chain with the service key at intervals and writes each checkpoint both to the
 * database and as a file under {@code waymark.audit.checkpoint-dir}, for an operator to ship elsewhere. Whoever
 * rewrites the whole chain, hashes and all, cannot re-sign the checkpoints, and cannot reach the shipped files.
 */
@Singleton
public class AuditCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final AuditEntryRows entries;
    private final AuditSequencer sequencer;
    private final AuditCheckpointRows checkpoints;
    private final ServiceKeys keys;
    private final Clock clock;
    private final Path folder;

    AuditCheckpoints(AuditEntryRows entries, AuditCheckpointRows checkpoints, ServiceKeys keys, Clock clock,
                     AuditSettings settings, AuditSequencer sequencer) {
        this.entries = entries;
        this.sequencer = sequencer;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.clock = clock;
        this.folder = Path.of(settings.checkpointDir());
    }

    @Scheduled(fixedDelay = "${waymark.audit.checkpoint-interval:1h}", initialDelay = "${waymark.audit.checkpoint-interval:1h}")
    void scheduled() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            // the folder is configuration, never personal data; the cause's class says why (read-only, access denied, ...)
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("Could not write an audit checkpoint under {} (waymark.audit.checkpoint-dir); will try again: {}",
                    folder.toAbsolutePath(), cause.getClass().getSimpleName());
        }
    }

    /** Signs the current head unless it is signed already; the new (or latest) checkpoint, if the chain is not empty. */
    @Transactional
    public Optional<AuditCheckpointRow> checkpoint() {
        sequencer.drain();
        entries.lockChain();
        Optional<AuditEntryRow> head = entries.findHead();
        Optional<AuditCheckpointRow> latest = checkpoints.findFirstOrderBySeqDesc();
        if (head.isEmpty() || latest.map(c -> c.seq() == head.get().seq()).orElse(false)) {
            return latest;
        }
        ServiceKeys.Current key = keys.current();
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] signature = key.key().sign(AuditCheckpointRow.signedText(head.get().seq(), head.get().hash(), at));
        AuditCheckpointRow row = checkpoints.save(new AuditCheckpointRow(head.get().seq(), head.get().hash(), at, key.id(), signature));
        export(row, key.key());
        return Optional.of(row);
    }

    @Transactional
    public java.util.List<AuditCheckpointRow> all() {
        return checkpoints.findAllOrderBySeq();
    }

    /** The file form: the signed fields, the signature and the certificate to check it with (self-contained). */
    static String file(AuditCheckpointRow row, ServiceKey key) {
        return "{\"format\":\"waymark-audit-checkpoint/1\",\"seq\":" + row.seq() + ",\"entryHash\":\"" + row.entryHash() + "\",\"at\":\""
                + row.at() + "\",\"certificateSha256\":\"" + key.certificateFingerprint() + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(row.signature()) + "\",\"certificate\":\""
                + key.certificatePem().replace("\r", "").replace("\n", "\\n") + "\"}\n";
    }

    private void export(AuditCheckpointRow row, ServiceKey key) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "checkpoint", ".tmp");
            Files.writeString(temporary, file(row, key), StandardCharsets.US_ASCII);
            Files.move(temporary, folder.resolve(String.format("checkpoint-%012d.json", row.seq())), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint file under " + folder, e);
        }
    }
}
