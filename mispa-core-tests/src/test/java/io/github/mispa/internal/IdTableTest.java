package io.github.mispa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The id table finds what was added, by characters, and nothing else, as it grows. */
class IdTableTest {
  private static String find(IdTable table, String id) {
    // In a larger buffer, at an offset, as a parser holds a string.
    char[] buffer = ("xx" + id + "yy").toCharArray();
    return table.find(buffer, 2, id.length());
  }

  @Test
  void findsTheStringAddedNotACopy() {
    IdTable table = new IdTable();
    String id = new String("delegation-peru");
    assertThat(find(table, id)).isNull();
    table.add(id);
    assertThat(find(table, "delegation-peru")).isSameAs(id);
    assertThat(find(table, "delegation-per")).isNull();
    assertThat(find(table, "delegation-perux")).isNull();
  }

  @Test
  void tellsApartIdsWhoseHashesAreEqual() {
    IdTable table = new IdTable();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    table.add("Aa");
    assertThat(find(table, "BB")).isNull();
    table.add("BB");
    assertThat(find(table, "Aa")).isEqualTo("Aa");
    assertThat(find(table, "BB")).isEqualTo("BB");
  }

  @Test
  void keepsEveryIdAsItGrows() {
    IdTable table = new IdTable();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String id = "p-" + i;
      added.add(id);
      table.add(id);
    }
    for (String id : added) {
      assertThat(find(table, id)).isSameAs(id);
    }
    assertThat(find(table, "p-5000")).isNull();
  }
}
