package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to a meeting: a member-state delegation, an OAS organ, an observer, an organization or a
 * guest. Its persons refer to it by {@link #id()}; acts are done by participants.
 *
 * <pre>{@code
 * Participant peru = Participant.delegationOf(MemberState.PERU);      // id "PER"
 * Participant sg = Participant.builder()
 *     .id("OAS-GS").kind(ParticipantKind.OAS_ORGAN)
 *     .name("General Secretariat of the OAS").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Participant {
  Participant() {}

  /** {@return the identifier other parts of the record use to refer to this participant} */
  public abstract String id();

  /** {@return what kind of participant this is, which decides what it may do} */
  public abstract ParticipantKind kind();

  /**
   * The name as the OAS writes it. For a delegation, defaults to the state's English name.
   *
   * @return the name, such as "Peru" or "United Nations Office on Drugs and Crime (UNODC)"
   */
  @Value.Default
  public String name() {
    return state().map(MemberState::englishName).orElse("");
  }

  /**
   * {@return the member state a delegation represents; present exactly for member-state
   * delegations}
   */
  public abstract Optional<MemberState> state();

  /**
   * The person who heads the delegation or representation, where the record knows it. Reports often
   * name only the state.
   */
  public abstract Optional<String> head();

  /**
   * {@return whether the participant's credentials were accepted by the meeting} Only member states
   * accredit delegations, in writing through their permanent missions (Document of Port of Spain,
   * §2); a listed delegation whose credentials were not accepted (a contested representation, say)
   * is not accredited, and its acts are void. True unless the record says otherwise: reports list
   * the delegations that took part.
   */
  @Value.Default
  public boolean accredited() {
    return true;
  }

  /** {@return whether participants of this kind may do {@code capability}} */
  public final boolean may(Capability capability) {
    return kind().may(capability);
  }

  /** {@return whether this is a member-state delegation} */
  public final boolean isDelegation() {
    return kind() == ParticipantKind.MEMBER_STATE_DELEGATION;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the delegation of {@code state}, with the state's alpha-3 code as id and its English
   * name.
   */
  public static Participant delegationOf(MemberState state) {
    return builder()
        .id(state.alpha3())
        .kind(ParticipantKind.MEMBER_STATE_DELEGATION)
        .state(state)
        .build();
  }

  /** {@return a builder initialized with this participant's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.id("participant id", id());
    Checks.nonBlank(name(), "participant name of \"%s\"", id());
    checkArgument(
        isDelegation() == state().isPresent(),
        "participant \"%s\": a state is given exactly for member-state delegations, but kind is"
            + " %s and state is %s",
        id(),
        kind(),
        state().map(MemberState::alpha3).orElse("absent"));
    head().ifPresent(h -> Checks.id(h, "head of participant \"%s\"", id()));
  }

  /**
   * Builds a {@link Participant}. Every attribute but {@code name} and {@code head} is required.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
