package org.waymark.training.web;

import io.micronaut.context.MessageSource;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Page bundle words in one language, for the PDFs; a key the bundle lacks prints as itself. */
final class Words {

    private Words() {
    }

    static UnaryOperator<String> of(MessageSource messages, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return key -> messages.getMessage(key, locale).orElse(key);
    }
}
