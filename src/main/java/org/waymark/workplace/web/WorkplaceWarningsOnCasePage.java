package org.waymark.workplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.WalkState;
import org.waymark.workplace.WorkplaceFactsRecords;

import java.util.List;
import java.util.Map;

/**
 * Gives the officer's case page what an anonymous notification to the labour inspectorate would leave out of the
 * workplace facts ({@code anonymousWarnings}, with {@code workplaceRecorded}), for the warning beside its refer
 * button; the referral pages need not know the facts. The read is audited with its purpose.
 */
@Singleton
class WorkplaceWarningsOnCasePage implements ViewModelProcessor<Map<String, Object>> {

    private static final String CASE_PAGE = "officer/case";

    private final WorkplaceFactsRecords records;

    WorkplaceWarningsOnCasePage(WorkplaceFactsRecords records) {
        this.records = records;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!CASE_PAGE.equals(modelAndView.getView().orElse(null))) {
            return;
        }
        Map<String, Object> model = modelAndView.getModel().orElse(null);
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (model == null || authentication == null || !(model.get("state") instanceof WalkState state)
                || !authentication.getRoles().contains(Role.OFFICER_NAME)) {
            return;
        }
        WorkplaceFactsRecords.Recorded recorded = records.read(CurrentUser.of(authentication), state.screening(),
                WorkplaceFactsRecords.Purpose.ANONYMOUS_WARNINGS);
        model.put("workplaceRecorded", recorded.recorded());
        model.put("anonymousWarnings", recorded.recorded() ? recorded.anonymousWarnings() : List.of());
    }
}
