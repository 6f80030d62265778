package org.waymark.platform.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waymark.shared.InvalidInputException;

import java.util.concurrent.atomic.AtomicInteger;

/** A test-only endpoint that lets the edge's error handling be exercised with every kind of bad input. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/test/probe")
@Requires(property = "probe.enabled", value = "true")
class ProbeController {

    final AtomicInteger accepted = new AtomicInteger();

    @Serdeable
    enum Colour { RED, GREEN }

    @Serdeable
    record ProbeCommand(@NotBlank @Size(max = 50) String alias, @NotNull Colour colour, @Min(1) @Max(10) int count) {
    }

    @Post
    HttpResponse<String> accept(@Body @Valid ProbeCommand command) {
        accepted.incrementAndGet();
        return HttpResponse.created("ok");
    }

    @Get("/count")
    int count(@QueryValue int limit) {
        return limit;
    }

    @Get("/crash")
    String crash() {
        throw new IllegalStateException("row for Jan Kowalski, passport AB1234567");
    }

    @Get("/refuse")
    String refuse() {
        throw InvalidInputException.of("alias", "is already in use");
    }
}
