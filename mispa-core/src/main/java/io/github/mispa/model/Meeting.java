package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting of a series: which one, where, when, on what theme, convened by what.
 *
 * <pre>{@code
 * Meeting mispaV = Meeting.builder()
 *     .series(MeetingSeries.MISPA).edition(Edition.of(5))
 *     .venue(Venue.of("Lima", MemberState.PERU))
 *     .startDate(LocalDate.of(2015, 11, 19)).endDate(LocalDate.of(2015, 11, 20))
 *     .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
 *     .build();
 * mispaV.name(); // "MISPA V"
 * }</pre>
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /** {@return the series the meeting belongs to} */
  public abstract MeetingSeries series();

  /** {@return its number in the series} */
  public abstract Edition edition();

  /** {@return where it is held} */
  public abstract Venue venue();

  /** {@return its first day} */
  public abstract LocalDate startDate();

  /** {@return its last day} */
  public abstract LocalDate endDate();

  /** {@return its theme, such as "Prevention of Crime, Violence and Insecurity"} */
  public abstract Optional<String> theme();

  /** {@return the official languages the meeting works in; at least one} */
  public abstract ImmutableSet<OfficialLanguage> languages();

  /** {@return the resolution that convened it, such as {@code AG/RES. 2866 (XLIV-O/14)}} */
  public abstract Optional<DocumentSymbol> convenedBy();

  /** {@return the instrument that governs it, such as the Document of Port of Spain} */
  public abstract Optional<String> framework();

  /** {@return the previous meeting of the series, where the record describes it} */
  public abstract Optional<PreviousMeeting> previous();

  /**
   * The id of the person the host designated to preside until the chair is elected, where the
   * record says (the practice of the General Assembly; MISPA uses the previous meeting's chair).
   */
  public abstract Optional<String> designatedProvisionalPresident();

  /** {@return the short name: the series code and the edition, such as "MISPA V"} */
  public final String name() {
    return series().code() + " " + edition();
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this meeting's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !endDate().isBefore(startDate()),
        "%s ends (%s) before it starts (%s)",
        name(),
        endDate(),
        startDate());
    checkArgument(!languages().isEmpty(), "%s must work in at least one official language", name());
    theme().ifPresent(t -> Checks.nonBlank("theme", t));
    framework().ifPresent(f -> Checks.nonBlank("framework", f));
    previous()
        .ifPresent(
            p -> {
              checkArgument(
                  p.edition().compareTo(edition()) < 0,
                  "the previous meeting's edition (%s) must come before %s",
                  p.edition(),
                  name());
              checkArgument(
                  p.endDate().isBefore(startDate()),
                  "the previous meeting (ending %s) must end before %s starts (%s)",
                  p.endDate(),
                  name(),
                  startDate());
            });
    designatedProvisionalPresident()
        .ifPresent(p -> Checks.id("designated provisional president", p));
  }

  /** Builds a {@link Meeting}. Requires series, edition, venue, dates and languages. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
