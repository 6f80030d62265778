package org.waymark.scoring;

import java.util.Map;

/** The fixed words of the explanation in one officer language; catalogue texts supply the rest. */
record Words(String profile, String provisional, String positive, String notPositive, String present, String needs, String orWord,
             String andWord, String more, String strong, String medium, String weak, String mediumOrWeak, String nothingPresent,
             String reading, String indicated, String notIndicated, String missing, String forcedLabour, String involuntary,
             String coercion, String noInvoluntary, String noCoercion, String outcome, String risk, String urgent, String recommended,
             String couldChange, String andMore, String recruitmentIndicator, String observed,
             Map<String, String> labels) {

    static final Words ENGLISH = new Words("Profile", "provisional: strengths not yet transcribed from the brochure", "positive",
            "not positive", "present", "needs", "or", "and", "more", "strong", "medium", "weak", "medium or weak",
            "No indicator is present.", "Reading", "indicated", "not indicated", "missing", "Forced labour (ICLS 2018)",
            "involuntariness", "coercion", "no involuntariness item evidenced", "no coercion item evidenced", "Outcome",
            "Risk level", "Urgent", "Recommended route", "Would change the result if present", "and %d more",
            "any recruitment-phase indicator", "observed by the officer", Map.ofEntries(
            Map.entry("TRAFFICKING_INDICATED", "trafficking indicated"), Map.entry("FORCED_LABOUR_INDICATED", "forced labour indicated"),
            Map.entry("DECEPTION_AND_EXPLOITATION", "deception and exploitation"), Map.entry("EXPLOITATION_ONLY", "exploitation only (a labour-rights case)"),
            Map.entry("RECRUITMENT_STAGE_RISK", "recruitment-stage risk"), Map.entry("PRESUMED_NEEDS_SECOND_LINE", "presumed: needs a second-line interview"),
            Map.entry("NO_INDICATION", "no indication"), Map.entry("NONE", "none"), Map.entry("LOW", "low"), Map.entry("MEDIUM", "medium"),
            Map.entry("HIGH", "high"), Map.entry("MINOR", "minor"), Map.entry("VIOLENCE", "violence"), Map.entry("THREATS", "threats"),
            Map.entry("CONFINEMENT", "confinement"), Map.entry("LABOUR_INSPECTORATE", "labour inspectorate"),
            Map.entry("VICTIM_SUPPORT_NGO", "victim-support NGO / national intervention centre"),
            Map.entry("INVESTIGATION_OR_POLICE", "Border Guard investigation or police"), Map.entry("CHILD_PROTECTION", "child protection"),
            Map.entry("forced-labour-indicated", "forced labour is indicated"), Map.entry("exploitative-conditions", "exploitative conditions of work"),
            Map.entry("trafficking-indicated", "trafficking is indicated"), Map.entry("presumed-victim", "a strong indicator or forced labour: presumed victim"),
            Map.entry("immediate-danger", "violence, threats or confinement: immediate danger"), Map.entry("trafficking-is-a-crime", "trafficking is a crime"),
            Map.entry("minor-always", "always for a minor, regardless of consent"),
            Map.entry("trafficking", "trafficking"), Map.entry("trafficking-child-palermo", "trafficking, Palermo child reading (no means required)"),
            Map.entry("minor-presumed", "The age is unknown and there are signs that the person may be a child: the child profile is presumed"
                    + " (Directive 2011/36/EU art. 13(2)).")));

    static final Words POLISH = new Words("Profil", "tymczasowy: siła wskaźników jeszcze nieprzepisana z broszury", "spełniony",
            "niespełniony", "obecne", "brakuje", "lub", "i", "więcej", "silny", "średni", "słaby", "średni lub słaby",
            "Nie stwierdzono żadnego wskaźnika.", "Ocena", "wskazany", "niewskazany", "brakuje", "Praca przymusowa (ICLS 2018)",
            "niedobrowolność", "przymus", "brak przesłanki niedobrowolności", "brak przesłanki przymusu", "Wynik",
            "Poziom ryzyka", "Pilne", "Zalecana ścieżka", "Zmieniłyby wynik, gdyby były obecne", "i %d więcej",
            "dowolny wskaźnik z fazy rekrutacji", "zaobserwowany przez funkcjonariusza", Map.ofEntries(
            Map.entry("TRAFFICKING_INDICATED", "wskazanie handlu ludźmi"), Map.entry("FORCED_LABOUR_INDICATED", "wskazanie pracy przymusowej"),
            Map.entry("DECEPTION_AND_EXPLOITATION", "wprowadzenie w błąd i wyzysk"), Map.entry("EXPLOITATION_ONLY", "tylko wyzysk (sprawa z zakresu prawa pracy)"),
            Map.entry("RECRUITMENT_STAGE_RISK", "ryzyko na etapie rekrutacji"), Map.entry("PRESUMED_NEEDS_SECOND_LINE", "domniemanie: potrzebna rozmowa drugiej linii"),
            Map.entry("NO_INDICATION", "brak wskazań"), Map.entry("NONE", "brak"), Map.entry("LOW", "niski"), Map.entry("MEDIUM", "średni"),
            Map.entry("HIGH", "wysoki"), Map.entry("MINOR", "małoletni"), Map.entry("VIOLENCE", "przemoc"), Map.entry("THREATS", "groźby"),
            Map.entry("CONFINEMENT", "pozbawienie wolności"), Map.entry("LABOUR_INSPECTORATE", "Państwowa Inspekcja Pracy"),
            Map.entry("VICTIM_SUPPORT_NGO", "organizacja pomocowa / Krajowe Centrum Interwencyjno-Konsultacyjne"),
            Map.entry("INVESTIGATION_OR_POLICE", "postępowanie Straży Granicznej lub policja"), Map.entry("CHILD_PROTECTION", "ochrona dziecka"),
            Map.entry("forced-labour-indicated", "wskazanie pracy przymusowej"), Map.entry("exploitative-conditions", "wyzyskujące warunki pracy"),
            Map.entry("trafficking-indicated", "wskazanie handlu ludźmi"), Map.entry("presumed-victim", "silny wskaźnik lub praca przymusowa: domniemana ofiara"),
            Map.entry("immediate-danger", "przemoc, groźby lub pozbawienie wolności: bezpośrednie zagrożenie"), Map.entry("trafficking-is-a-crime", "handel ludźmi jest przestępstwem"),
            Map.entry("minor-always", "zawsze w przypadku małoletniego, niezależnie od zgody"),
            Map.entry("trafficking", "handel ludźmi"), Map.entry("trafficking-child-palermo", "handel ludźmi, odczyt dla dziecka wg Protokołu z Palermo (bez wymogu środków)"),
            Map.entry("minor-presumed", "Wiek jest nieznany, a są oznaki, że osoba może być dzieckiem: przyjęto profil dziecka"
                    + " (dyrektywa 2011/36/UE, art. 13 ust. 2).")));

    static Words of(String language) {
        return "pl".equals(language) ? POLISH : ENGLISH;
    }

    String label(String key) {
        return labels.getOrDefault(key, key);
    }
}
