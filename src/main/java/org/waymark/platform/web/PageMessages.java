package org.waymark.platform.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The words of the web pages in the officer languages: {@code i18n/pages.properties} (English) and {@code pages_pl}. */
@Factory
class PageMessages {

    @Singleton
    MessageSource pageMessages() {
        return new ResourceBundleMessageSource("i18n.pages");
    }
}
