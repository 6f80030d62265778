package org.waymark.scoring;

/** A recommended route and why (a stable reason code, explained in words in the explanation). */
public record RouteRecommendation(Route route, String reason) {
}
