package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.Checks;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where facts of a record come from when they are not in the record's main source, the report it
 * was built from: the dates of MISPA V, say, which its rapporteur's report does not give. The facts
 * are named by the JSON Pointers of the fields that hold them ({@code /meeting/startDate}), which
 * must point at fields the record has.
 *
 * <pre>{@code
 * Source dates = Source.builder()
 *     .about("the dates of the meeting")
 *     .addFacts("/meeting/startDate", "/meeting/endDate")
 *     .citation("Recommendations of Lima, preamble")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Source {
  /** A JSON Pointer (RFC 6901) to something inside a record: not the whole record. */
  static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)+");

  Source() {}

  /** {@return what the facts are, in a noun phrase: "the dates of the meeting"} */
  public abstract String about();

  /** {@return the JSON Pointers of the fields that hold the facts, at least one} */
  public abstract ImmutableList<String> facts();

  /** {@return where the facts come from: a document, a page, with enough to find it} */
  public abstract String citation();

  /** {@return A builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this value's attributes} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("source about", about());
    Checks.nonBlank("source citation", citation());
    checkArgument(!facts().isEmpty(), "source of %s names no facts", about());
    for (String fact : facts()) {
      checkArgument(
          POINTER.matcher(fact).matches(),
          "a fact of a source must be a JSON Pointer into the record, such as /meeting/startDate,"
              + " but was \"%s\"",
          fact);
    }
  }

  /** Builds a {@link Source}. Requires {@code about}, {@code citation} and one fact or more. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
