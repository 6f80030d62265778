package org.waymark.scoring.web;

import io.micronaut.serde.annotation.SerdeImport;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.DimensionResult;
import org.waymark.scoring.ForcedLabourResult;
import org.waymark.scoring.PresentIndicator;
import org.waymark.scoring.Reading;
import org.waymark.scoring.RouteRecommendation;
import org.waymark.scoring.Shortfall;

/** Lets the framework write the pure engine's result types as JSON without the engine knowing about it. */
@SerdeImport(Assessment.class)
@SerdeImport(DimensionResult.class)
@SerdeImport(PresentIndicator.class)
@SerdeImport(Shortfall.class)
@SerdeImport(Reading.class)
@SerdeImport(ForcedLabourResult.class)
@SerdeImport(RouteRecommendation.class)
final class AssessmentSerialization {

    private AssessmentSerialization() {
    }
}
