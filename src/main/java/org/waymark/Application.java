package org.waymark;

import io.micronaut.runtime.Micronaut;
import org.waymark.audit.AuditCommand;
import org.waymark.referral.OpenPacketCommand;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts Waymark: {@code java -jar waymark.jar [--waymark.mode=demo]}, or runs {@code verify-audit} or {@code open-packet}. */
@OpenAPIDefinition(info = @Info(
        title = "Waymark",
        version = "v1",
        description = "Screening and case referral for possible victims of trafficking and forced labour."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && AuditCommand.NAME.equals(args[0])) {
            System.exit(AuditCommand.run(args, System.out));
        }
        if (args.length > 0 && OpenPacketCommand.NAME.equals(args[0])) {
            System.exit(OpenPacketCommand.run(args, System.out, System.err));
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
