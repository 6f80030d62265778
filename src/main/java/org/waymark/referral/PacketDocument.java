package org.waymark.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The machine-readable half of a referral packet ({@code referral.json}), described by the JSON Schema
 * {@code referral-packet-2.schema.json} (schema 1 without the labour-inspectorate and legal-frame sections is still
 * read; {@code nextSteps} came later in schema 2, so a schema-2 packet may lack it). The PDF shows the same facts. Field names and code lists follow the
 * IOM Human Trafficking Case Data Standard where it has one (traffickingStatus, typeOfExploitation,
 * methodsOfControl, event phase); the rest are Waymark's own and documented in the schema.
 *
 * <p>Person identifiers are present only in a named referral; an anonymous notification carries the coarse,
 * non-identifying fields alone.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PacketDocument(String schema, UUID packetId, String caseReference, Instant createdAt, String language, Urgency urgency,
                             Recipient recipient, Referrer referrer, Screening screening, Person person, Findings assessment,
                             List<IndicatorFound> indicators, List<Consent> consents, @Nullable String referralNote,
                             List<String> recommendedActions, LabourInspectorate labourInspectorate, List<LegalProvision> legalFrame,
                             NextSteps nextSteps) {

    public static final String SCHEMA = "https://waymark.invalid/schemas/referral-packet/2";
    public static final String SCHEMA_1 = "https://waymark.invalid/schemas/referral-packet/1";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Recipient(UUID organisationId, String organisationCode, String organisationName, String organisationType,
                            String keyFormat, String keyFingerprint) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Referrer(String unitCode, String unitName, String placeType, String officer, @Nullable String contact) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Screening(UUID screeningId, String catalogue, String checklist, String profile, boolean provisionalProfile,
                            Instant completedAt, String intervieweeLanguage, boolean interpreterPresent, @Nullable String interpreterLanguage) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Person(boolean named, boolean isMinor, @Nullable String ageBand, @Nullable String gender, @Nullable String citizenship,
                         @Nullable String nameOrAlias, @Nullable LocalDate dateOfBirth, @Nullable String documentType,
                         @Nullable String documentNumber, @Nullable String contact) {
    }

    /**
     * The final assessment: both rule outcomes (the ILO/EC trafficking readings and the ICLS 2018 forced-labour
     * reading) with their explanation, and who decided the presumed status.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Findings(String traffickingStatus, String statusDecidedBy, String riskLevel, List<String> outcomes,
                           List<String> typeOfExploitation, List<Reading> traffickingReadings, ForcedLabour forcedLabour,
                           List<String> methodsOfControl, List<String> urgentFlags, List<Route> routes, List<String> explanation) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Reading(String id, boolean indicated, List<String> held, List<String> notHeld) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ForcedLabour(boolean indicated, List<Item> involuntariness, List<Item> coercion) {
    }

    /** A forced-labour item and the indicators that evidence it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String id, List<String> evidencedBy) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Route(String route, String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record IndicatorFound(String id, String text, String dimension, String eventPhase, String strength, boolean observed,
                                 @Nullable String askedInIntervieweeLanguage) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Consent(String purpose, String status, List<String> told, @Nullable String representative, Instant recordedAt) {
    }

    /**
     * What a labour inspector needs to plan an inspection: the workplace facts (in an anonymous notification without
     * what would identify the person, {@code withheld} saying why), the ICLS forced-labour items evidenced with the
     * answers behind them, and the person's wishes.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LabourInspectorate(boolean recorded, @Nullable Employer employer, List<String> workplaces, @Nullable Agency agency,
                                     @Nullable String intermediary, @Nullable String sector, @Nullable Integer othersAffected,
                                     @Nullable String minorsAmongOthers, @Nullable String immediateDanger, List<String> unknown,
                                     List<String> withheld, List<Evidence> forcedLabourEvidence, List<String> wishes,
                                     @Nullable String otherWish) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Employer(@Nullable String name, @Nullable String address, @Nullable String registryNumber, @Nullable String privateHome) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Agency(@Nullable String name, @Nullable String country, @Nullable String registryNumber) {
    }

    /** A forced-labour item (ICLS 2018) found, and the answers that evidence it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evidence(String item, String dimension, String name, List<String> answers) {
    }

    /** A legal provision the findings relate to, as the catalogue's legal frame words it, with its review status. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LegalProvision(String id, String title, String summary, String source, String url, String status) {
    }

    /**
     * What the referring officer does next after a screening with this risk level, from the partner directory's data,
     * with the procedure it is drawn from and whether that was verified against the procedure in force.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NextSteps(String sourceTitle, String sourceUrl, String status, List<NextStep> steps) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NextStep(String id, String text) {
    }
}
