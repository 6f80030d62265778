package org.waymark.testing;

import io.micronaut.http.client.HttpClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A border guard unit a test owns, with its own region and officers, set up through the admin API: a test that works
 * in it borrows no demo account's cases and sees nothing another test left behind.
 */
public final class OwnUnit {

    private final HttpClient http;
    private final ApiClient admin;
    private final String code;
    private final String unitId;

    private OwnUnit(HttpClient http, ApiClient admin, String code, String unitId) {
        this.http = http;
        this.admin = admin;
        this.code = code;
        this.unitId = unitId;
    }

    /** Creates a fresh airport unit in a fresh region, as the demo administrator. */
    public static OwnUnit create(HttpClient http) {
        ApiClient admin = new ApiClient(http).as("admin");
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String region = (String) admin.postJson("/api/v1/admin/regions", Map.of("code", code, "name", "Test region " + code)).get("id");
        String unit = (String) admin.postJson("/api/v1/admin/units", Map.of("code", code, "name", "Test unit " + code, "regionId", region,
                "placeType", "AIRPORT")).get("id");
        return new OwnUnit(http, admin, code, unit);
    }

    public String id() {
        return unitId;
    }

    /** A new officer of this unit, signed in after choosing their own password. */
    public ApiClient officer(String name) {
        String username = "officer." + name + "." + code;
        String temporary = "temporary-password-" + code;
        admin.postJson("/api/v1/admin/users", Map.of("username", username, "role", "OFFICER", "unitId", unitId, "password", temporary));
        ApiClient client = new ApiClient(http);
        return client.withToken(client.firstSignIn(username, temporary));
    }

    /** The unit's code (the region has the same code). */
    public String code() {
        return code;
    }

    /** An officer account of this unit past its first sign-in: what a page test signs in with, and the same officer's API. */
    public record Officer(String username, String password, ApiClient api) {
    }

    /**
     * A new officer of this unit who has chosen their own password, with the username and password to sign in on the pages.
     * Like the demo officers, the account also names the unit's region (which partners the case pages offer depends on it).
     */
    public Officer officerAccount(String name) {
        String username = "officer." + name + "." + code;
        String temporary = "temporary-password-" + code;
        Object region = admin.getJsonList("/api/v1/admin/units").stream().filter(u -> unitId.equals(u.get("id"))).findFirst()
                .orElseThrow().get("regionId");
        admin.postJson("/api/v1/admin/users", Map.of("username", username, "role", "OFFICER", "unitId", unitId, "regionId", region,
                "password", temporary));
        ApiClient client = new ApiClient(http);
        String token = client.firstSignIn(username, temporary);
        return new Officer(username, ApiClient.own(temporary), client.withToken(token));
    }

    /**
     * Has the partner with this code serve this unit's region too, as an administrator would, so that the unit's case
     * pages offer it (the demo partners serve only the demo regions). A partner that serves every region is left as it is.
     */
    @SuppressWarnings("unchecked")
    public OwnUnit servedBy(String partnerCode) {
        Map<String, Object> partner = admin.getJsonList("/api/v1/partners").stream().filter(p -> partnerCode.equals(p.get("code")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no partner " + partnerCode));
        List<String> regions = new ArrayList<>((List<String>) partner.get("regions"));
        if (!regions.isEmpty() && !regions.contains(code)) {
            if (Boolean.TRUE.equals(partner.get("pushDelivery"))) {
                throw new IllegalStateException(partnerCode + " pushes packets: its push endpoint cannot be read back to keep it");
            }
            regions.add(code);
            Map<String, Object> details = new HashMap<>();
            details.put("regions", regions);
            details.put("contact", partner.get("contact"));
            admin.putJson("/api/v1/partners/" + partner.get("id") + "/details", details);
        }
        return this;
    }
}
