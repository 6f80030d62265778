package org.waymark.testing;

import io.micronaut.http.client.HttpClient;

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

    /** An officer account of this unit past its first sign-in: what a page test signs in with, and the same officer's API. */
    public record Officer(String username, String password, ApiClient api) {
    }

    /** A new officer of this unit who has chosen their own password, with the username and password to sign in on the pages. */
    public Officer officerAccount(String name) {
        String username = "officer." + name + "." + code;
        String temporary = "temporary-password-" + code;
        admin.postJson("/api/v1/admin/users", Map.of("username", username, "role", "OFFICER", "unitId", unitId, "password", temporary));
        ApiClient client = new ApiClient(http);
        String token = client.firstSignIn(username, temporary);
        return new Officer(username, ApiClient.own(temporary), client.withToken(token));
    }
}
