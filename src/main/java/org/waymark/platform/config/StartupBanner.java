package org.waymark.platform.config;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says where Waymark listens and in which mode, once the server is up. */
@Singleton
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final Secrets secrets;
    private final String dataDir;

    StartupBanner(Secrets secrets, InstanceSettings instance) {
        this.secrets = secrets;
        this.dataDir = instance.dataDir();
    }

    @EventListener
    void announce(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        LOG.info("Waymark is up at {} in {} mode (health: {}/health, API: {}/swagger-ui/)", url, secrets.mode(), url, url);
        if (secrets.mode() == RunMode.DEMO) {
            LOG.info("DEMO MODE: demo secrets and demo data in {}; never use this for real cases", dataDir);
        }
    }
}
