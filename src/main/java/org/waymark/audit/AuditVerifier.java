package org.waymark.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.persistence.AuditCheckpointRow;
import org.waymark.audit.persistence.AuditCheckpointRows;
import org.waymark.audit.persistence.AuditEntryRow;
import org.waymark.audit.persistence.AuditEntryRows;
import org.waymark.crypto.ServiceKey;
import org.waymark.signing.ServiceKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the whole chain and reports the first missing entry, broken link or mismatch with a signed checkpoint
 * (from the database, or from checkpoint files shipped outside it).
 */
@Singleton
public class AuditVerifier {

    private static final int PAGE = 1000;
    private final AuditEntryRows entries;
    private final AuditCheckpointRows checkpoints;
    private final ServiceKeys keys;
    private final JsonMapper json;

    private final AuditSequencer sequencer;

    AuditVerifier(AuditEntryRows entries, AuditCheckpointRows checkpoints, ServiceKeys keys, JsonMapper json, AuditSequencer sequencer) {
        this.entries = entries;
        this.sequencer = sequencer;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.json = json;
    }

    /** The outcome: intact with the head, or broken at a sequence number with the reason. */
    @Serdeable
    public record Verification(boolean intact, long entries, @Nullable String headHash, int checkpoints, @Nullable Long brokenAt,
                               @Nullable String problem) {
    }

    /** Checks the chain against itself and against the checkpoints stored in the database. */
    @Transactional
    public Verification verify() {
        sequencer.drain();
        Map<Long, AuditCheckpointRow> signed = new HashMap<>();
        for (AuditCheckpointRow row : checkpoints.findAllOrderBySeq()) {
            boolean valid = keys.byId(row.serviceKeyId()).map(k -> k.verifies(row.signedText(), row.signature())).orElse(false);
            if (!valid) {
                return new Verification(false, 0, null, 0, row.seq(), "the checkpoint at this entry has no valid service-key signature");
            }
            signed.put(row.seq(), row);
        }
        return walk(signed);
    }

    /**
     * Checks the chain against checkpoint files shipped outside the database (each verified with the certificate
     * inside it, whose fingerprint should be compared with the published one), and against the stored checkpoints.
     */
    @Transactional
    public Verification verify(Path folder) {
        Map<Long, AuditCheckpointRow> signed = new HashMap<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().matches("checkpoint-\\d+\\.json")).sorted().toList();
        } catch (IOException e) {
            return new Verification(false, 0, null, 0, null, "cannot read the checkpoint folder " + folder);
        }
        for (Path file : files) {
            try {
                CheckpointFile checkpoint = json.readValue(Files.readAllBytes(file), CheckpointFile.class);
                AuditCheckpointRow row = new AuditCheckpointRow(checkpoint.seq(), checkpoint.entryHash(), Instant.parse(checkpoint.at()), null,
                        Base64.getDecoder().decode(checkpoint.signature()));
                if (!ServiceKey.verifies(checkpoint.certificate().getBytes(StandardCharsets.US_ASCII), row.signedText(), row.signature())) {
                    return new Verification(false, 0, null, 0, checkpoint.seq(), "the checkpoint file " + file.getFileName() + " has no valid signature");
                }
                signed.put(row.seq(), row);
            } catch (IOException | RuntimeException e) {
                return new Verification(false, 0, null, 0, null, "the checkpoint file " + file.getFileName() + " cannot be read");
            }
        }
        Verification stored = verify();
        return stored.intact() ? walk(signed) : stored;
    }

    private Verification walk(Map<Long, AuditCheckpointRow> signed) {
        String previous = AuditTrail.GENESIS;
        long expectedSeq = 1;
        int checked = 0;
        List<AuditEntryRow> page = entries.findPage(0, PAGE);
        if (!page.isEmpty() && page.get(0).seq() > 1) {
            // entries before a signed checkpoint were removed by audit retention: the checkpoint anchors the rest
            AuditCheckpointRow anchor = signed.get(page.get(0).seq() - 1);
            if (anchor != null) {
                previous = anchor.entryHash();
                expectedSeq = page.get(0).seq();
                checked++;
            }
        }
        while (!page.isEmpty()) {
            for (AuditEntryRow entry : page) {
                String fault = fault(entry, expectedSeq, previous, signed.get(entry.seq()));
                if (fault != null) {
                    return new Verification(false, expectedSeq - 1, previous, checked, expectedSeq, fault);
                }
                if (signed.containsKey(entry.seq())) {
                    checked++;
                }
                previous = entry.hash();
                expectedSeq++;
            }
            page = entries.findPage(expectedSeq - 1, PAGE);
        }
        long last = expectedSeq - 1;
        Long beyond = signed.keySet().stream().filter(seq -> seq > last).min(Long::compare).orElse(null);
        if (beyond != null) {
            return new Verification(false, last, previous, checked, beyond, "entry " + beyond + " named by a signed checkpoint is missing");
        }
        return new Verification(true, last, last == 0 ? null : previous, checked, null, null);
    }

    /** Why {@code entry}, expected at {@code expectedSeq} after {@code previous}, breaks the chain; null when it holds. */
    private static String fault(AuditEntryRow entry, long expectedSeq, String previous, AuditCheckpointRow checkpoint) {
        if (entry.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing";
        }
        if (!entry.previousHash().equals(previous)) {
            return "does not link to the entry before it";
        }
        if (!AuditTrail.sha256(entry.canonicalForm()).equals(entry.hash())) {
            return "its content does not match its hash";
        }
        if (checkpoint != null && !checkpoint.entryHash().equals(entry.hash())) {
            return "does not match the signed checkpoint: the chain was rewritten";
        }
        return null;
    }

    /** A checkpoint file as {@link AuditCheckpoints} writes it. */
    @Serdeable
    record CheckpointFile(String format, long seq, String entryHash, String at, String certificateSha256, String signature,
                          String certificate) {
    }
}
