package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import org.jspecify.annotations.Nullable;

/** Where a meeting is held: a city in a member state. */
public final class Venue {
  private final String city;
  private final MemberState country;

  private Venue(String city, MemberState country) {
    this.city = city;
    this.country = country;
  }

  /** Returns the venue in {@code city}, {@code country}. */
  public static Venue of(String city, MemberState country) {
    requireNonNull(country, "country");
    return new Venue(Checks.nonBlank("city", city), country);
  }

  /** {@return the city, such as {@code Lima}} */
  public String city() {
    return city;
  }

  /** {@return the host state} */
  public MemberState country() {
    return country;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Venue other && city.equals(other.city) && country == other.country;
  }

  @Override
  public int hashCode() {
    return city.hashCode() * 31 + country.hashCode();
  }

  /** Returns {@code "city, country"}, such as {@code "Lima, Peru"}. */
  @Override
  public String toString() {
    return city + ", " + country.englishName();
  }
}
