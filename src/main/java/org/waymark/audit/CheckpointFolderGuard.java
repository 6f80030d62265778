package org.waymark.audit;

import io.micronaut.context.annotation.Context;
import org.waymark.platform.config.RunMode;
import org.waymark.platform.config.Secrets;
import org.waymark.platform.config.UnsafeConfigurationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * In production mode, start-up stops unless the audit checkpoint folder can be written: otherwise every hourly
 * checkpoint would fail (a container's read-only root file system, a volume not mounted or not writable by the
 * service's user). After the secrets guard, so that missing secrets are named first. The folder is no personal data.
 */
@Context
class CheckpointFolderGuard {

    CheckpointFolderGuard(Secrets secrets, AuditSettings settings) {
        if (secrets.mode() == RunMode.PRODUCTION) {
            requireWritable(Path.of(settings.checkpointDir()));
        }
    }

    static void requireWritable(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, "writable", ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new UnsafeConfigurationException("Waymark refuses to start in PRODUCTION mode: the audit checkpoint folder "
                    + folder.toAbsolutePath() + ", set by WAYMARK_AUDIT_CHECKPOINT_DIR (waymark.audit.checkpoint-dir), cannot be written ("
                    + e.getClass().getSimpleName() + "). Mount a volume writable by the service's user there and set the folder "
                    + "(deploy/RUNBOOK.md, 'Audit checkpoints').");
        }
    }
}
