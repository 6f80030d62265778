package org.waymark.platform.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import org.waymark.shared.Secret;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets Waymark runs with. Created eagerly at start-up: outside demo mode a missing, malformed
 * or demo-valued secret stops the start with a message naming each setting (never its value).
 */
@Context
public class Secrets {

    private final RunMode mode;
    private final Map<SecretSetting, Secret> values = new EnumMap<>(SecretSetting.class);

    Secrets(InstanceSettings instance, Environment environment) {
        this.mode = RunMode.valueOf(instance.mode().trim().toUpperCase(java.util.Locale.ROOT));
        List<String> problems = new ArrayList<>();
        for (SecretSetting setting : SecretSetting.values()) {
            String configured = environment.getProperty(setting.property(), String.class).orElse(null);
            problems.addAll(setting.problemsWith(configured, this.mode));
            String effective = configured == null || configured.isBlank() ? setting.demoValue() : configured.trim();
            if (problems.isEmpty()) {
                values.put(setting, Secret.of(Base64.getDecoder().decode(effective)));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnsafeConfigurationException("Waymark refuses to start in " + this.mode + " mode: "
                    + String.join("; ", problems) + ". Set real secrets (src/docs/configuration.md, 'Production'), or run with --waymark.mode=demo.");
        }
    }

    public RunMode mode() {
        return mode;
    }

    public Secret get(SecretSetting setting) {
        return values.get(setting);
    }
}
