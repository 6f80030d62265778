package org.waymark.catalogue.web;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Condition;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.QuestionTexts;
import org.waymark.catalogue.model.RuleExpression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns the catalogue model into API views. */
final class CatalogueViewMapper {

    private CatalogueViewMapper() {
    }

    static CatalogueViews.Summary summary(Catalogue c) {
        return new CatalogueViews.Summary(c.id(), c.version(), c.reference(), c.title(), c.officerLanguages(), c.intervieweeLanguages(),
                c.profiles().stream().map(p -> p.id()).toList(), c.checklists().stream().map(Checklist::id).toList());
    }

    static CatalogueViews.Detail detail(Catalogue c) {
        var rule = c.decisionRule();
        var fl = c.forcedLabour();
        return new CatalogueViews.Detail(c.id(), c.version(), c.reference(), c.title(), new TreeMap<>(c.sources()),
                c.officerLanguages(), c.intervieweeLanguages(),
                c.dimensions().stream().map(d -> new CatalogueViews.DimensionView(d.id(), lower(d.phase().name()), d.element(), names(c, d.id()))).toList(),
                c.profiles().stream().map(p -> new CatalogueViews.ProfileView(p.id(), p.minor(), p.exploitation(), p.provisional(), p.source(),
                        p.verify().orElse(null), names(c, p.id()))).toList(),
                c.indicators().values().stream().map(i -> indicator(c, i)).toList(),
                c.contextQuestions().stream().map(id -> new CatalogueViews.QuestionView(id, texts(c, id))).toList(),
                c.questions().values().stream().map(q -> new CatalogueViews.AskedView(q.id(), lower(q.audience().name()), q.presentWhen().name(),
                        q.indicators(), q.forcedLabourItems(), texts(c, q.id()))).toList(),
                new CatalogueViews.DecisionRuleView(rule.source(),
                        rule.dimensionPositive().stream().map(k -> new CatalogueViews.ClauseView(k.id(), k.strong(), k.medium(), k.weak(), k.mediumOrWeak())).toList(),
                        rule.combinations().stream().map(k -> new CatalogueViews.CombinationView(k.id(), k.appliesTo().stream().sorted().toList(), RuleExpression.describe(k.when()))).toList()),
                new CatalogueViews.ForcedLabourView(named(c, fl.indicators()), named(c, fl.involuntariness()), named(c, fl.coercion()),
                        fl.adultRule().minimumInvoluntariness(), fl.adultRule().minimumCoercion(), fl.adultRule().separateAnswers(),
                        fl.childRule().minimumInvoluntariness(), fl.childRule().minimumCoercion()),
                c.checklists().stream().map(k -> checklist(c, k)).toList(), reviews(c));
    }

    /** Every language of the catalogue and how its texts were checked, interviewee languages included. */
    static List<CatalogueViews.LanguageReview> reviews(Catalogue c) {
        return c.texts().values().stream().sorted(java.util.Comparator.comparing(LanguageTexts::language))
                .map(t -> new CatalogueViews.LanguageReview(t.language(), t.name(), t.review().map(LanguageTexts.Review::method).orElse(null),
                        t.review().map(LanguageTexts.Review::checked).orElse(null), t.review().map(LanguageTexts.Review::nativeSpeaker).orElse(false)))
                .toList();
    }

    static CatalogueViews.ChecklistView checklist(Catalogue c, Checklist checklist) {
        return new CatalogueViews.ChecklistView(checklist.id(), checklist.maxQuestions().orElse(null), names(c, checklist.id()),
                checklist.items().stream().map(item -> new CatalogueViews.ChecklistItemView(item.question(),
                        item.when() instanceof Condition.Always ? null : describe(item.when()))).toList());
    }

    private static CatalogueViews.IndicatorView indicator(Catalogue c, Indicator i) {
        Map<String, String> strength = new LinkedHashMap<>();
        i.strengthByProfile().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> strength.put(e.getKey(), e.getValue().code()));
        return new CatalogueViews.IndicatorView(i.id(), i.dimension(), lower(i.phase().name()), strength, i.urgent().map(Enum::name).orElse(null),
                i.forcedLabourItems(), i.source(), i.verify().orElse(null), texts(c, i.id()));
    }

    private static Map<String, CatalogueViews.TextView> texts(Catalogue c, String id) {
        Map<String, CatalogueViews.TextView> texts = new TreeMap<>();
        for (LanguageTexts language : c.texts().values()) {
            QuestionTexts q = language.questions().get(id);
            if (q != null) {
                texts.put(language.language(), new CatalogueViews.TextView(q.prompt().orElse(null), q.help().orElse(null), q.questions()));
            }
        }
        return texts;
    }

    private static Map<String, String> names(Catalogue c, String id) {
        Map<String, String> names = new TreeMap<>();
        c.texts().values().stream().filter(t -> t.names().containsKey(id)).forEach(t -> names.put(t.language(), t.nameOf(id)));
        return names;
    }

    private static List<CatalogueViews.NamedItem> named(Catalogue c, List<String> ids) {
        return ids.stream().map(id -> new CatalogueViews.NamedItem(id, names(c, id))).toList();
    }


    static String describe(Condition condition) {
        if (condition instanceof Condition.AnswerIn in) {
            return in.question() + " in " + in.values().stream().map(Enum::name).sorted().toList();
        }
        if (condition instanceof Condition.AllOf all) {
            return all.parts().stream().map(CatalogueViewMapper::describe).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (condition instanceof Condition.AnyOf any) {
            return any.parts().stream().map(CatalogueViewMapper::describe).collect(Collectors.joining(" or ", "(", ")"));
        }
        if (condition instanceof Condition.Not not) {
            return "not " + describe(not.part());
        }
        return "always";
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
