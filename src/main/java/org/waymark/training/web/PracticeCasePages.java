package org.waymark.training.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.Question;
import org.waymark.catalogue.model.QuestionTexts;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Role;
import org.waymark.identity.security.CurrentUser;
import org.waymark.identity.web.Pages;
import org.waymark.scoring.RiskLevel;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.Sex;
import org.waymark.shared.InvalidInputException;
import org.waymark.training.PracticeCase;
import org.waymark.training.PracticeCaseInput;
import org.waymark.training.PracticeCases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trainer's practice case pages: the cases with the ones whose replies must be redone for a newer catalogue, and
 * one form to write or revise a case (the story, what the officer sees, the expected outcome, and per question of the
 * chosen checklist the scripted reply, its gloss, the answer it should be recorded as and a teaching note). A refused
 * form comes back with what was typed, an error summary linked to each field at fault, and nothing stored.
 */
@Controller("/trainer/practice")
@Secured(Role.TRAINER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
class PracticeCasePages {

    private static final Pattern REPLY_FIELD = Pattern.compile("replies\\[(\\d+)]\\.(\\w+)");
    /** The form's inputs by the field the check names. */
    private static final Map<String, String> FIELD_IDS = Map.ofEntries(Map.entry("title", "title"), Map.entry("narrative", "narrative"),
            Map.entry("observations", "observations"), Map.entry("catalogue", "catalogueVersion"), Map.entry("catalogueVersion", "catalogueVersion"),
            Map.entry("checklist", "checklist"), Map.entry("intervieweeLanguage", "intervieweeLanguage"),
            Map.entry("start.placeType", "placeType"), Map.entry("start.exploitation", "exploitation"), Map.entry("start.ageBand", "ageBand"),
            Map.entry("start.sex", "sex"), Map.entry("expected.riskLevel", "riskLevel"));
    /** The input of each part of a scripted reply, before the question id. */
    private static final Map<String, String> REPLY_PARTS = Map.of("reply", "reply", "questionId", "reply", "gloss", "gloss",
            "answer", "answer", "teachingNote", "note");

    private final Pages pages;
    private final PracticeCases cases;
    private final CatalogueLibrary catalogues;

    PracticeCasePages(Pages pages, PracticeCases cases, CatalogueLibrary catalogues) {
        this.pages = pages;
        this.cases = cases;
        this.catalogues = catalogues;
    }

    /** One question of the chosen checklist in the form: its number, words for the trainer and the person, and whether its reply must be redone. */
    record QuestionRow(String id, int number, String prompt, List<String> heard, boolean observation, boolean redo) {
    }

    /** A question whose reply must be redone: its text in the trainer's language (none if the catalogue has no words for it) and its id. */
    record RedoRow(@Nullable String text, String id) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication authentication, HttpRequest<?> request) {
        Pages.Model model = pages.model(authentication, request);
        String lang = (String) model.values().get("lang");
        List<PracticeCase> all = cases.all();
        Map<UUID, String> checklists = new HashMap<>();
        all.forEach(c -> checklists.put(c.id(), cases.catalogueOf(c).texts().get(lang).nameOf(c.checklist())));
        return model.with("cases", all).with("checklists", checklists).view("trainer/practice-cases");
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newCase(Authentication authentication, HttpRequest<?> request, @Nullable @QueryValue String catalogueVersion,
                                              @Nullable @QueryValue String checklist, @Nullable @QueryValue String intervieweeLanguage) {
        Map<String, String> values = new HashMap<>();
        put(values, "catalogueVersion", catalogueVersion);
        put(values, "checklist", checklist);
        put(values, "intervieweeLanguage", intervieweeLanguage);
        values.put("id", UUID.randomUUID().toString());
        return formPage(authentication, request, null, values);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object create(Authentication authentication, HttpRequest<?> request, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        List<String> replied = new ArrayList<>();
        try {
            PracticeCase written = cases.create(CurrentUser.of(authentication), read(form, replied)).practiceCase();
            return Pages.seeOther("/trainer/practice/" + written.id() + "?saved");
        } catch (InvalidInputException e) {
            return refused(authentication, request, null, form, replied, e);
        }
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id,
                                           @Nullable @QueryValue String catalogueVersion, @Nullable @QueryValue String checklist,
                                           @Nullable @QueryValue String intervieweeLanguage) {
        PracticeCase practice = cases.find(id);
        Map<String, String> values = values(practice);
        put(values, "catalogueVersion", catalogueVersion);
        put(values, "checklist", checklist);
        put(values, "intervieweeLanguage", intervieweeLanguage);
        return formPage(authentication, request, practice, values);
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object revise(Authentication authentication, HttpRequest<?> request, @PathVariable UUID id, @Body Map<String, Object> form) {
        pages.checkForm(authentication, form);
        PracticeCase practice = cases.find(id);
        List<String> replied = new ArrayList<>();
        try {
            cases.revise(CurrentUser.of(authentication), id, read(form, replied));
            return Pages.seeOther("/trainer/practice/" + id + "?saved");
        } catch (InvalidInputException e) {
            return refused(authentication, request, practice, form, replied, e);
        }
    }

    /** The case as the form sent it; {@code replied} receives the question of each scripted reply, in order. */
    private PracticeCaseInput read(Map<String, Object> form, List<String> replied) {
        PracticeCaseForm fields = pages.read(form, PracticeCaseForm.class);
        List<String> questions = new ArrayList<>();
        Catalogue catalogue = fields.catalogue() == null || fields.catalogueVersion() == null ? null
                : catalogues.find(fields.catalogue(), fields.catalogueVersion()).orElse(null);
        if (catalogue != null && fields.checklist() != null) {
            catalogue.checklist(fields.checklist()).ifPresent(c -> c.items().forEach(item -> questions.add(item.question())));
        }
        List<PracticeCase.Reply> replies = new ArrayList<>();
        for (String question : questions) {
            String reply = Pages.first(form, "reply." + question);
            String gloss = Pages.first(form, "gloss." + question);
            String answer = Pages.first(form, "answer." + question);
            String note = Pages.first(form, "note." + question);
            if (reply != null || gloss != null || answer != null || note != null) {
                replies.add(new PracticeCase.Reply(question, reply, gloss, answer, note));
                replied.add(question);
            }
        }
        return fields.input(replies);
    }

    private ModelAndView<Map<String, Object>> refused(Authentication authentication, HttpRequest<?> request, @Nullable PracticeCase practice,
                                                      Map<String, Object> form, List<String> replied, InvalidInputException refusal) {
        Map<String, String> values = new HashMap<>();
        form.keySet().stream().filter(k -> !"_csrf".equals(k)).forEach(k -> put(values, k, Pages.first(form, k)));
        ModelAndView<Map<String, Object>> page = formPage(authentication, request, practice, values);
        @SuppressWarnings("unchecked")
        List<QuestionRow> rows = (List<QuestionRow>) page.getModel().orElseThrow().get("questions");
        List<Pages.FieldError> errors = new ArrayList<>();
        List<InvalidInputException.Violation> others = new ArrayList<>();
        for (InvalidInputException.Violation v : refusal.violations()) {
            Matcher reply = REPLY_FIELD.matcher(v.field());
            if (reply.matches() && Integer.parseInt(reply.group(1)) < replied.size() && REPLY_PARTS.containsKey(reply.group(2))) {
                String question = replied.get(Integer.parseInt(reply.group(1)));
                String field = REPLY_PARTS.get(reply.group(2)) + "-" + question;
                int number = rows.stream().filter(r -> r.id().equals(question)).mapToInt(QuestionRow::number).findFirst().orElse(0);
                if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                    errors.add(new Pages.FieldError(field, "form.error.practice.replies." + reply.group(2), number));
                }
            } else if ("replies".equals(v.field())) {
                errors.add(new Pages.FieldError(rows.isEmpty() ? "checklist" : "reply-" + rows.get(0).id(), "form.error.practice.replies", null));
            } else {
                others.add(v);
            }
        }
        if (!others.isEmpty()) {
            errors.addAll(0, pages.fieldErrors(new InvalidInputException(others), "practice", FIELD_IDS, "title"));
        }
        page.getModel().ifPresent(model -> pages.withFieldErrors(new Pages.Model(model), errors));
        return page;
    }

    /**
     * The form: the catalogue version, checklist and language chosen (from {@code values}, else the case's, else the
     * newest version's first), the questions of that checklist, and the values to show in each field.
     */
    private ModelAndView<Map<String, Object>> formPage(Authentication authentication, HttpRequest<?> request, @Nullable PracticeCase practice,
                                                       Map<String, String> values) {
        Pages.Model model = pages.model(authentication, request);
        String lang = (String) model.values().get("lang");
        String catalogueId = practice != null ? practice.catalogue() : catalogues.all().get(catalogues.all().size() - 1).id();
        Catalogue catalogue = catalogues.find(catalogueId, values.getOrDefault("catalogueVersion", ""))
                .orElseGet(() -> catalogues.latest(catalogueId).orElseThrow());
        values.put("catalogue", catalogue.id());
        values.put("catalogueVersion", catalogue.version());
        if (catalogue.checklist(values.getOrDefault("checklist", "")).isEmpty()) {
            values.put("checklist", catalogue.checklists().get(0).id());
        }
        if (!catalogue.intervieweeLanguages().contains(values.getOrDefault("intervieweeLanguage", ""))) {
            values.put("intervieweeLanguage", catalogue.intervieweeLanguages().get(0));
        }
        LanguageTexts officer = catalogue.texts().get(lang);
        List<QuestionRow> rows = questionRows(catalogue, practice, values, officer);
        Map<String, String> checklists = new LinkedHashMap<>();
        catalogue.checklists().forEach(c -> checklists.put(c.id(), officer.nameOf(c.id())));
        Map<String, String> languages = new LinkedHashMap<>();
        catalogue.intervieweeLanguages().forEach(l -> languages.put(l, catalogue.texts().containsKey(l) ? catalogue.texts().get(l).name() : l));
        List<RedoRow> redo = redoRows(practice, catalogueId, lang);
        String base = practice == null ? "/trainer/practice" : "/trainer/practice/" + practice.id();
        return model.with("practiceCase", practice).with("form", values).with("questions", rows)
                .with("versions", catalogues.all().stream().filter(c -> c.id().equals(catalogueId)).map(Catalogue::version).toList())
                .with("checklists", checklists).with("languages", languages).with("redo", redo)
                .with("placeTypes", PlaceType.values()).with("exploitations", Exploitation.values()).with("ageBands", AgeBand.values())
                .with("sexes", Sex.values()).with("riskLevels", RiskLevel.values()).with("answers", Answer.values())
                .with("saved", request.getParameters().contains("saved"))
                .with("action", base).with("chooseAction", practice == null ? "/trainer/practice/new" : base)
                .view("trainer/practice-case");
    }

    /** One row per question of the chosen checklist: what the officer reads, what the person hears, whether to redo it. */
    private static List<QuestionRow> questionRows(Catalogue catalogue, @Nullable PracticeCase practice, Map<String, String> values,
                                                  LanguageTexts officer) {
        LanguageTexts person = catalogue.texts().get(values.get("intervieweeLanguage"));
        boolean rewriting = practice != null && catalogue.version().equals(practice.newestCatalogueVersion());
        List<QuestionRow> rows = new ArrayList<>();
        catalogue.checklist(values.get("checklist")).orElseThrow().items().forEach(item -> {
            boolean observation = catalogue.question(item.question()).map(q -> q.audience() == Question.Audience.OFFICER).orElse(false);
            QuestionTexts heard = observation || person == null ? null : person.questions().get(item.question());
            rows.add(new QuestionRow(item.question(), rows.size() + 1, officer.labelOf(item.question()),
                    heard == null ? List.of() : heard.questions(), observation, rewriting && practice.redo().contains(item.question())));
        });
        return rows;
    }

    /** The questions to redo for the newest version, in the trainer's words (else the older version's, for one gone) with their ids. */
    private List<RedoRow> redoRows(@Nullable PracticeCase practice, String catalogueId, String lang) {
        List<RedoRow> redo = new ArrayList<>();
        if (practice != null && !practice.redo().isEmpty()) {
            Catalogue newest = catalogues.find(catalogueId, practice.newestCatalogueVersion()).orElseThrow();
            Catalogue written = catalogues.find(catalogueId, practice.catalogueVersion()).orElseThrow();
            practice.redo().forEach(q -> redo.add(new RedoRow(textOf(newest, lang, q).or(() -> textOf(written, lang, q)).orElse(null), q)));
        }
        return redo;
    }

    /** What the officer reads for a question in this language, if the catalogue has words for it (not just its id). */
    private static java.util.Optional<String> textOf(Catalogue catalogue, String lang, String questionId) {
        LanguageTexts texts = catalogue.texts().get(lang);
        return java.util.Optional.ofNullable(texts).map(t -> t.labelOf(questionId)).filter(label -> !label.equals(questionId));
    }

    /** The case's fields as the form's values. */
    private static Map<String, String> values(PracticeCase practice) {
        Map<String, String> values = new HashMap<>();
        put(values, "title", practice.title());
        put(values, "catalogueVersion", practice.catalogueVersion());
        put(values, "checklist", practice.checklist());
        put(values, "intervieweeLanguage", practice.intervieweeLanguage());
        put(values, "placeType", practice.start().placeType());
        put(values, "exploitation", practice.start().exploitation());
        put(values, "ageBand", practice.start().ageBand());
        put(values, "sex", practice.start().sex());
        put(values, "narrative", practice.narrative());
        put(values, "observations", practice.observations());
        put(values, "riskLevel", practice.expected().riskLevel());
        put(values, "trafficking", practice.expected().trafficking() ? "true" : null);
        put(values, "forcedLabour", practice.expected().forcedLabour() ? "true" : null);
        for (PracticeCase.Reply reply : practice.replies()) {
            put(values, "reply." + reply.questionId(), reply.reply());
            put(values, "gloss." + reply.questionId(), reply.gloss());
            put(values, "answer." + reply.questionId(), reply.answer());
            put(values, "note." + reply.questionId(), reply.teachingNote());
        }
        return values;
    }

    private static void put(Map<String, String> values, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value);
        }
    }
}
