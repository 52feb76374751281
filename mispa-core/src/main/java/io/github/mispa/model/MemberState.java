package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/**
 * The 35 member states of the Organization of American States, with their ISO 3166-1 codes and
 * their standing over time.
 *
 * <p>Standing is encoded as changes from full membership: before its first change, and for every
 * state without changes, a state is a {@link Standing#MEMBER}. Admission dates are not encoded; all
 * 35 states have been members since 1991, long before the first MISPA (2008), so the library does
 * not answer for earlier dates. The changes encoded are those the rules of procedure depend on: who
 * may vote and who counts towards a quorum or a threshold on the day of a session.
 *
 * <pre>{@code
 * MemberState.NICARAGUA.isMemberInGoodStanding(LocalDate.of(2015, 11, 19)); // true
 * MemberState.NICARAGUA.isMemberInGoodStanding(LocalDate.of(2024, 6, 1));   // false: withdrawn
 * MemberState.fromCode("HND");                                              // HONDURAS
 * }</pre>
 */
public enum MemberState {
  /** Antigua and Barbuda. */
  ANTIGUA_AND_BARBUDA("AG", "ATG", "Antigua and Barbuda"),
  /** Argentina. */
  ARGENTINA("AR", "ARG", "Argentina"),
  /** The Bahamas. */
  BAHAMAS("BS", "BHS", "Bahamas"),
  /** Barbados. */
  BARBADOS("BB", "BRB", "Barbados"),
  /** Belize. */
  BELIZE("BZ", "BLZ", "Belize"),
  /** Bolivia. */
  BOLIVIA("BO", "BOL", "Bolivia"),
  /** Brazil. */
  BRAZIL("BR", "BRA", "Brazil"),
  /** Canada. */
  CANADA("CA", "CAN", "Canada"),
  /** Chile. */
  CHILE("CL", "CHL", "Chile"),
  /** Colombia. */
  COLOMBIA("CO", "COL", "Colombia"),
  /** Costa Rica. */
  COSTA_RICA("CR", "CRI", "Costa Rica"),
  /** Cuba: excluded from participation in 1962; the exclusion was lifted in 2009. */
  CUBA(
      "CU",
      "CUB",
      "Cuba",
      StandingChange.of(
          LocalDate.of(1962, Month.JANUARY, 31),
          Standing.EXCLUDED,
          "Resolution VI of the Eighth Meeting of Consultation of Ministers of Foreign Affairs"
              + " (Punta del Este, 1962)"),
      StandingChange.of(
          LocalDate.of(2009, Month.JUNE, 3),
          Standing.NOT_PARTICIPATING,
          "AG/RES. 2438 (XXXIX-O/09) lifted the exclusion; Cuba has not resumed participation")),
  /** Dominica. */
  DOMINICA("DM", "DMA", "Dominica"),
  /** The Dominican Republic. */
  DOMINICAN_REPUBLIC("DO", "DOM", "Dominican Republic"),
  /** Ecuador. */
  ECUADOR("EC", "ECU", "Ecuador"),
  /** El Salvador. */
  EL_SALVADOR("SV", "SLV", "El Salvador"),
  /** Grenada. */
  GRENADA("GD", "GRD", "Grenada"),
  /** Guatemala. */
  GUATEMALA("GT", "GTM", "Guatemala"),
  /** Guyana. */
  GUYANA("GY", "GUY", "Guyana"),
  /** Haiti. */
  HAITI("HT", "HTI", "Haiti"),
  /** Honduras: suspended from July 2009 to June 2011. */
  HONDURAS(
      "HN",
      "HND",
      "Honduras",
      StandingChange.of(
          LocalDate.of(2009, Month.JULY, 4), Standing.SUSPENDED, "AG/RES. 2 (XXXVII-E/09)"),
      StandingChange.of(
          LocalDate.of(2011, Month.JUNE, 1), Standing.MEMBER, "AG/RES. 1 (XLI-E/11)")),
  /** Jamaica. */
  JAMAICA("JM", "JAM", "Jamaica"),
  /** Mexico. */
  MEXICO("MX", "MEX", "Mexico"),
  /** Nicaragua: gave notice of denunciation on 19 November 2021, effective two years later. */
  NICARAGUA(
      "NI",
      "NIC",
      "Nicaragua",
      StandingChange.of(
          LocalDate.of(2021, Month.NOVEMBER, 19),
          Standing.DENUNCIATION_PENDING,
          "denunciation of the Charter notified on 19 November 2021 (Charter, Art. 143)"),
      StandingChange.of(
          LocalDate.of(2023, Month.NOVEMBER, 19),
          Standing.WITHDRAWN,
          "denunciation of the Charter notified on 19 November 2021, effective after two years"
              + " (Charter, Art. 143)")),
  /** Panama. */
  PANAMA("PA", "PAN", "Panama"),
  /** Paraguay. */
  PARAGUAY("PY", "PRY", "Paraguay"),
  /** Peru. */
  PERU("PE", "PER", "Peru"),
  /** Saint Kitts and Nevis. */
  SAINT_KITTS_AND_NEVIS("KN", "KNA", "Saint Kitts and Nevis"),
  /** Saint Lucia. */
  SAINT_LUCIA("LC", "LCA", "Saint Lucia"),
  /** Saint Vincent and the Grenadines. */
  SAINT_VINCENT_AND_THE_GRENADINES("VC", "VCT", "Saint Vincent and the Grenadines"),
  /** Suriname. */
  SURINAME("SR", "SUR", "Suriname"),
  /** Trinidad and Tobago. */
  TRINIDAD_AND_TOBAGO("TT", "TTO", "Trinidad and Tobago"),
  /** The United States. */
  UNITED_STATES("US", "USA", "United States"),
  /** Uruguay. */
  URUGUAY("UY", "URY", "Uruguay"),
  /**
   * Venezuela: gave notice of denunciation in April 2017, effective April 2019 by its own account;
   * its standing has been disputed within the Organization since the Permanent Council seated a
   * representative of the National Assembly on 9 April 2019.
   */
  VENEZUELA(
      "VE",
      "VEN",
      "Venezuela",
      StandingChange.of(
          LocalDate.of(2017, Month.APRIL, 28),
          Standing.DENUNCIATION_PENDING,
          "denunciation of the Charter notified in April 2017 (Charter, Art. 143); the day is"
              + " taken as the 28th"),
      StandingChange.of(
          LocalDate.of(2019, Month.APRIL, 9),
          Standing.DISPUTED,
          "the Permanent Council seated a representative of the National Assembly on 9 April 2019;"
              + " Venezuela holds its denunciation of April 2017 effective from April 2019"));

  private static final ImmutableMap<String, MemberState> BY_CODE;

  static {
    ImmutableMap.Builder<String, MemberState> byCode = ImmutableMap.builder();
    for (MemberState state : values()) {
      byCode.put(state.alpha2, state).put(state.alpha3, state);
    }
    BY_CODE = byCode.buildOrThrow();
  }

  private final String alpha2;
  private final String alpha3;
  private final String englishName;

  @SuppressWarnings("ImmutableEnumChecker") // StandingChange is immutable: final immutable fields
  private final ImmutableList<StandingChange> changes;

  MemberState(String alpha2, String alpha3, String englishName, StandingChange... changes) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.englishName = englishName;
    this.changes = ImmutableList.copyOf(changes);
  }

  /**
   * Returns the state with this ISO 3166-1 alpha-2 or alpha-3 code, in any case.
   *
   * @throws IllegalArgumentException if no member state has the code
   */
  public static MemberState fromCode(String code) {
    requireNonNull(code, "code");
    MemberState state = BY_CODE.get(code.toUpperCase(Locale.ROOT));
    checkArgument(state != null, "\"%s\" is not the ISO 3166-1 code of an OAS member state", code);
    return state;
  }

  /** Returns the state with this code, or empty if no member state has it. */
  public static Optional<MemberState> findByCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code.toUpperCase(Locale.ROOT)));
  }

  /** {@return the ISO 3166-1 alpha-2 code, such as {@code PE}} */
  public String alpha2() {
    return alpha2;
  }

  /** {@return the ISO 3166-1 alpha-3 code, such as {@code PER}} */
  public String alpha3() {
    return alpha3;
  }

  /** {@return the short English name the OAS uses, such as {@code Peru}} */
  public String englishName() {
    return englishName;
  }

  /**
   * {@return the state's name as the OAS writes it in {@code language}, with the article it takes
   * in running text: "el Perú", "le Pérou", "o Peru", "the United States"}
   */
  public StateName name(OfficialLanguage language) {
    return MemberStateNames.of(this, requireNonNull(language, "language"));
  }

  /**
   * {@return the changes of standing encoded for this state, oldest first; empty for most states}
   */
  public ImmutableList<StandingChange> standingChanges() {
    return changes;
  }

  /** Returns the state's standing on {@code date}. */
  public Standing standingOn(LocalDate date) {
    requireNonNull(date, "date");
    // Called for every ballot and attendee of a replay: an indexed loop, no iterator.
    Standing standing = Standing.MEMBER;
    for (int i = 0; i < changes.size(); i++) {
      StandingChange change = changes.get(i);
      if (change.from().isAfter(date)) {
        break;
      }
      standing = change.standing();
    }
    return standing;
  }

  /**
   * Whether the state is a member in good standing on {@code date}: a member, not excluded,
   * suspended, withdrawn, abstaining from participation or disputed.
   */
  public boolean isMemberInGoodStanding(LocalDate date) {
    return standingOn(date).isGoodStanding();
  }

  /** Returns the English name. */
  @Override
  public String toString() {
    return englishName;
  }
}
