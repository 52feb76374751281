package io.github.mispa.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to each package through its {@code
 * package-info.java}.
 *
 * <p>The "sandwich": each public value type is an abstract class with a nested public {@code
 * Builder}; the generated {@code Immutable*} class is package-private and overshadowed, so it never
 * appears in the API and callers see only the abstract type. Copy ({@code withX}) methods are not
 * generated, because they would live on the hidden class; types that need them declare them by hand
 * on top of {@code toBuilder()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    // Builders report every missing required attribute by name, never a null.
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    jdkOnly = false,
    privateNoargConstructor = false)
public @interface MispaStyle {}
