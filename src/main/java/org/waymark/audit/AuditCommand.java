package org.waymark.audit;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code java -jar waymark.jar verify-audit [--setting=value ...]}: walks the audit chain with the same
 * configuration as the service (no HTTP server), prints one line, and exits 0 if intact, 1 if broken.
 * With the embedded database, stop the service first or use {@code GET /api/v1/audit/verify}.
 */
public final class AuditCommand {

    public static final String NAME = "verify-audit";

    private AuditCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        java.util.List<String> settings = new java.util.ArrayList<>(Arrays.asList(args).subList(1, args.length));
        java.nio.file.Path folder = null;
        int option = settings.indexOf("--checkpoints");
        if (option >= 0 && option + 1 < settings.size()) {
            folder = java.nio.file.Path.of(settings.get(option + 1));
            settings.subList(option, option + 2).clear();
        }
        try (ApplicationContext context = ApplicationContext.builder().args(settings.toArray(String[]::new)).start()) {
            return verify(context, out, folder);
        }
    }

    static int verify(ApplicationContext context, PrintStream out) {
        return verify(context, out, null);
    }

    static int verify(ApplicationContext context, PrintStream out, java.nio.file.Path checkpointFolder) {
        AuditVerifier verifier = context.getBean(AuditVerifier.class);
        AuditVerifier.Verification result = checkpointFolder == null ? verifier.verify() : verifier.verify(checkpointFolder);
        if (result.intact()) {
            out.println("audit trail intact: " + result.entries() + " entries, head " + result.headHash() + ", "
                    + result.checkpoints() + " signed checkpoints matched" + (checkpointFolder == null ? "" : " (files in " + checkpointFolder + ")"));
            return 0;
        }
        out.println("audit trail BROKEN at entry " + result.brokenAt() + ": " + result.problem() + " (" + result.entries()
                + " entries verified before it)");
        return 1;
    }
}
