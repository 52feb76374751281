package io.github.mispa;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.mispa.testing.ApiSamples;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public method and constructor of mispa-core rejects a null argument with a {@link
 * NullPointerException}, unless the parameter is {@code @Nullable}: checked by guava-testlib's
 * {@link NullPointerTester} on each public class and on an instance of each.
 */
class PublicApiNullTest {
  private static final List<Class<?>> PUBLIC_CLASSES = ApiSamples.publicClasses();

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    for (Map.Entry<Class<?>, Object> sample : ApiSamples.defaults().entrySet()) {
      setDefault(tester, sample.getKey(), sample.getValue());
    }
    return tester;
  }

  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, type.cast(value));
  }

  @Test
  void findsThePublicClassesOfEveryPackage() {
    assertThat(PUBLIC_CLASSES)
        .extracting(Class::getPackageName)
        .contains(
            "io.github.mispa.internal",
            "io.github.mispa.model",
            "io.github.mispa.procedure",
            "io.github.mispa.rules",
            "io.github.mispa.rules.catalogue");
    assertThat(PUBLIC_CLASSES)
        .extracting(Class::getSimpleName)
        .contains("MeetingRecord", "Builder", "RuleSet", "ElectionSeconderDistinct")
        .noneMatch(name -> name.startsWith("Immutable") || name.endsWith("Test"));
  }

  @Test
  void everyConcretePublicClassHasAnInstanceToTest() {
    List<Object> instances = ApiSamples.instances();
    assertThat(
            PUBLIC_CLASSES.stream()
                .filter(c -> !c.isInterface() && !c.isAnnotation())
                .filter(c -> hasInstanceMethods(c))
                .filter(c -> instances.stream().noneMatch(c::isInstance)))
        .as("public classes with instance methods but no sample instance in ApiSamples")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> staticMethodsAndConstructorsRejectNull() {
    NullPointerTester tester = tester();
    return PUBLIC_CLASSES.stream()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type.getName(),
                    () -> {
                      tester.testAllPublicStaticMethods(type);
                      tester.testAllPublicConstructors(type);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> instanceMethodsRejectNull() {
    return ApiSamples.instances().stream()
        .map(
            instance ->
                DynamicTest.dynamicTest(
                    instance.getClass().getName() + " " + abbreviate(instance),
                    () -> {
                      NullPointerTester tester = tester();
                      ignoreMethodsOutsideTheApi(tester, instance.getClass());
                      tester.testAllPublicInstanceMethods(instance);
                    }));
  }

  /**
   * An instance of a hidden class (the generated {@code ImmutablePerson}, the replay's state) is
   * tested through the API it implements: its public methods that no public supertype declares (the
   * replay's {@code ActVisitor} methods, say) cannot be called from outside and are skipped.
   */
  private static void ignoreMethodsOutsideTheApi(NullPointerTester tester, Class<?> runtimeType) {
    for (Method method : runtimeType.getMethods()) {
      if (!declaredByAPublicType(method, runtimeType)) {
        tester.ignore(method);
      }
    }
  }

  private static boolean declaredByAPublicType(Method method, Class<?> type) {
    if ((PUBLIC_CLASSES.contains(type) || isJdk(type)) && declares(type, method)) {
      return true;
    }
    if (type.getSuperclass() != null && declaredByAPublicType(method, type.getSuperclass())) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (declaredByAPublicType(method, implemented)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJdk(Class<?> type) {
    return type.getName().startsWith("java.");
  }

  private static boolean declares(Class<?> type, Method method) {
    return Stream.of(type.getDeclaredMethods())
        .anyMatch(
            m ->
                m.getName().equals(method.getName())
                    && Arrays.equals(m.getParameterTypes(), method.getParameterTypes()));
  }

  private static boolean hasInstanceMethods(Class<?> type) {
    return Stream.of(type.getDeclaredMethods())
        .anyMatch(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()));
  }

  private static String abbreviate(Object instance) {
    String text = String.valueOf(instance);
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
