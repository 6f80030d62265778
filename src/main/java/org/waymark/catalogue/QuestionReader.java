package org.waymark.catalogue;

import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Question;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code questions.yaml} (since 2.0.0): each question, who answers it, which answer means present, and what it evidences. */
final class QuestionReader {

    private QuestionReader() {
    }

    static Map<String, Question> questions(YamlNode file) {
        Map<String, Question> result = new LinkedHashMap<>();
        for (YamlNode node : file.list("questions", true)) {
            String id = node.string("id");
            var audience = node.optionalString("audience").flatMap(a -> CatalogueReader.enumValue(node.get("audience"), Question.Audience.class, a));
            var presentWhen = node.optionalString("presentWhen").flatMap(a -> CatalogueReader.enumValue(node.get("presentWhen"), Answer.class, a))
                    .filter(a -> a == Answer.YES || a == Answer.NO);
            if (audience.isEmpty() || presentWhen.isEmpty()) {
                if (presentWhen.isEmpty()) {
                    node.get("presentWhen").problem("is required: \"YES\" or \"NO\", the answer that means the evidence is present");
                }
                continue;
            }
            Question question = new Question(id, audience.get(), presentWhen.get(), node.strings("indicators", true),
                    node.strings("forcedLabour", true));
            if (result.put(id, question) != null) {
                node.get("id").problem("duplicate question id '" + id + "'");
            }
        }
        return result;
    }
}
