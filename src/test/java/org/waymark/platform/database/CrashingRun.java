package org.waymark.platform.database;

import java.nio.file.Path;

/** Started in a child JVM by the tests: starts the server, writes a row, then dies without any clean-up. */
final class CrashingRun {

    static final int EXIT_CODE = 37;

    private CrashingRun() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]), new EmbeddedPostgres.Options(0, false));
        server.createDatabaseIfMissing("keep");
        EmbeddedPostgresTest.execute(server, "create table crashed (v text); insert into crashed values ('written before the crash')");
        Runtime.getRuntime().halt(EXIT_CODE);
    }
}
