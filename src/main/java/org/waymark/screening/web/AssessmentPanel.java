package org.waymark.screening.web;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.identity.web.Pages;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.DimensionResult;

/** What the assessment panel ({@code views/officer/assessment.html}) needs: the assessment, its met dimensions and their names. */
public final class AssessmentPanel {

    private AssessmentPanel() {
    }

    public static Pages.Model addTo(Pages.Model model, Assessment assessment, Catalogue catalogue) {
        String lang = (String) model.values().get("lang");
        return model.with("assessment", assessment)
                .with("positive", assessment.dimensions().stream().filter(DimensionResult::positive).toList())
                .with("names", catalogue.texts().get(lang));
    }
}
