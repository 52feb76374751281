package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;

/**
 * The kinds of participant in an OAS meeting, each with what it may do. Only member-state
 * delegations decide (Document of Port of Spain §2; CP/RES. 76 (84/72), Arts. 3–4).
 */
public enum ParticipantKind {
  /** The delegation of a member state, accredited through its permanent mission. */
  MEMBER_STATE_DELEGATION(Capability.SPEAK, Capability.PRESENT, Capability.DECIDE),
  /**
   * An organ, body or official of the OAS: the General Secretariat, the Secretariat for
   * Multidimensional Security, the Committee on Hemispheric Security and their officers.
   */
  OAS_ORGAN(Capability.SPEAK, Capability.PRESENT),
  /** A permanent observer to the OAS, such as France or Spain. */
  PERMANENT_OBSERVER(Capability.SPEAK, Capability.PRESENT),
  /** An international or subregional organization, such as UNODC, CARICOM IMPACS or SICA. */
  INTERNATIONAL_ORGANIZATION(Capability.SPEAK, Capability.PRESENT),
  /** A civil society organization, such as the Open Society Foundations. */
  CIVIL_SOCIETY(Capability.SPEAK, Capability.PRESENT),
  /** An academic institution or expert, such as the Max Planck Institute. */
  ACADEMIC(Capability.SPEAK, Capability.PRESENT),
  /** A national agency presenting its work, such as INEGI or INEI. */
  NATIONAL_AGENCY(Capability.SPEAK, Capability.PRESENT),
  /** A special guest, such as the host's head of government. */
  SPECIAL_GUEST(Capability.SPEAK, Capability.PRESENT);

  private final ImmutableSet<Capability> capabilities;

  ParticipantKind(Capability first, Capability... rest) {
    this.capabilities = Sets.immutableEnumSet(first, rest);
  }

  /** {@return what participants of this kind may do} */
  public ImmutableSet<Capability> capabilities() {
    return capabilities;
  }

  /** {@return whether participants of this kind may do {@code capability}} */
  public boolean may(Capability capability) {
    return capabilities.contains(requireNonNull(capability, "capability"));
  }
}
