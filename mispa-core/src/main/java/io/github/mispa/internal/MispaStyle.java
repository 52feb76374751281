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
 *
 * <p>The generated builder stays public, nested in the package-private class: were it
 * package-private, a method reference such as {@code Session.Builder::title} would compile and then
 * fail with {@code IllegalAccessError}, since javac refers to the class that declares the method.
 * The Javadoc of mispa-core documents the setters on the page of each public {@code X.Builder} all
 * the same (see its pom).
 *
 * <p>The generated classes carry only annotations that a caller of mispa has on its class path:
 * Immutables' own {@code @Generated} is class-retained and its jar is not a dependency of mispa, so
 * compiling against mispa with {@code -Xlint:all} would warn about it on every value type.
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
    privateNoargConstructor = false,
    // javax.annotation.processing.Generated is source-retained and tells Error Prone and NullAway
    // the code is generated; Error Prone's annotations come with Guava.
    allowedClasspathAnnotations = {
      javax.annotation.processing.Generated.class,
      com.google.errorprone.annotations.CanIgnoreReturnValue.class,
      com.google.errorprone.annotations.Var.class
    })
public @interface MispaStyle {}
