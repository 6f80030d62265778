package org.waymark.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page in full before anything of it is sent: a template that fails half-way then fails while the response
 * can still become the error page (a 500 in the person's language, through {@link UnexpectedErrorHandler}), instead of
 * failing while the body is written, which left the browser waiting for a page that never came. Pages are a few KB.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
final class WholePageRenderer<T> extends ThymeleafViewsRenderer<T> {

    WholePageRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                      ClassPathResourceLoader resourceLoader, HttpLocaleResolver locales) {
        super(templateResolver, engine, resourceLoader, locales);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("Page " + viewName + " could not be rendered", e);
        }
        String rendered = page.toString();
        return out -> out.write(rendered);
    }
}
