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
        String[] settings = Arrays.copyOfRange(args, 1, args.length);
        try (ApplicationContext context = ApplicationContext.builder().args(settings).start()) {
            return verify(context, out);
        }
    }

    static int verify(ApplicationContext context, PrintStream out) {
        AuditVerifier.Verification result = context.getBean(AuditVerifier.class).verify();
        if (result.intact()) {
            out.println("audit trail intact: " + result.entries() + " entries, head " + result.headHash());
            return 0;
        }
        out.println("audit trail BROKEN at entry " + result.brokenAt() + ": " + result.problem() + " (" + result.entries()
                + " entries verified before it)");
        return 1;
    }
}
