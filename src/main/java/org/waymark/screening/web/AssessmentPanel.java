package org.waymark.screening.web;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.UrgentFlag;
import org.waymark.identity.web.Pages;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.DimensionResult;
import org.waymark.scoring.PresentIndicator;
import org.waymark.scoring.RouteRecommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the assessment panel ({@code views/officer/assessment.html}) needs: first the result in plain words — what it
 * means, what to do now, and the answers that led to it — then, for the expert view, the assessment with its met
 * dimensions and their names.
 */
public final class AssessmentPanel {

    private AssessmentPanel() {
    }

    /**
     * The result for an officer with two days of training. {@code meaning} and each action are message keys of
     * {@code i18n/pages}; an action's {@code count} fills its placeholder, if it has one. {@code reasons} are the
     * catalogue's own words for each answer that counts as a sign.
     */
    public record PlainResult(String meaning, List<Action> actions, List<String> reasons) {
    }

    /** One thing to do now: a message key and the number it mentions, if any. */
    public record Action(String key, int count) {
    }

    public static Pages.Model addTo(Pages.Model model, Assessment assessment, Catalogue catalogue) {
        String lang = (String) model.values().get("lang");
        LanguageTexts texts = catalogue.texts().get(lang);
        return model.with("assessment", assessment)
                .with("positive", assessment.dimensions().stream().filter(DimensionResult::positive).toList())
                .with("names", texts)
                .with("result", plain(assessment, texts));
    }

    static PlainResult plain(Assessment assessment, LanguageTexts texts) {
        String meaning = "result.meaning." + assessment.outcomes().get(0).name();
        List<Action> actions = new ArrayList<>();
        Set<UrgentFlag> flags = assessment.urgentFlags();
        if (flags.contains(UrgentFlag.VIOLENCE) || flags.contains(UrgentFlag.THREATS) || flags.contains(UrgentFlag.CONFINEMENT)) {
            actions.add(new Action("result.do.danger", 0));
        }
        for (RouteRecommendation route : assessment.routes()) {
            actions.add(new Action("result.do." + route.route().name(), 0));
        }
        if (!assessment.couldChange().isEmpty()) {
            actions.add(new Action("result.do.ask-open", assessment.couldChange().size()));
        }
        if (assessment.routes().isEmpty()) {
            actions.add(new Action("result.do.no-referral", 0));
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (DimensionResult dimension : assessment.dimensions()) {
            for (PresentIndicator indicator : dimension.present()) {
                reasons.add(texts.labelOf(indicator.id()));
            }
        }
        return new PlainResult(meaning, actions, List.copyOf(reasons));
    }
}
