package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.report.RapporteurReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The record of MISPA V holds every paragraph of the rapporteur's report: {@code
 * mispa-v-coverage.tsv} has a row for each of the report's 91 body paragraphs, in order, with the
 * facts it states and strings that carry them, and each row's strings are in the part of the
 * rendered report that belongs to the row's agenda item.
 *
 * <p>The table is written by hand from the report, not from the record or the renderer: a fact the
 * record loses, or a summary rewritten without it, fails here with the paragraph that states it.
 */
class MispaVCoverageTest {
  private static final String TABLE = "mispa-v-coverage.tsv";

  /** The body paragraphs of the rapporteur's report, headings and the title page left out. */
  private static final int PARAGRAPHS = 91;

  /** A row of the table. */
  record Row(String paragraph, String item, String facts, List<String> strings) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = MispaVCoverageTest.class.getResourceAsStream(TABLE)) {
      assertThat(in).as(TABLE).isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      boolean header = true;
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          assertThat(line).startsWith("paragraph\titem\tfacts\tmust appear");
          header = false;
          continue;
        }
        String[] columns = line.split("\t", -1);
        assertThat(columns.length).as("columns of %s", line).isGreaterThanOrEqualTo(4);
        rows.add(
            new Row(
                columns[0],
                columns[1],
                columns[2],
                List.copyOf(Arrays.asList(columns).subList(3, columns.length))));
      }
    }
    return rows;
  }

  /**
   * The rendered report cut into the parts of the record's agenda items, by their headings, and the
   * conclusion. An item whose heading the report leaves out (it repeats its session's) has the part
   * under its session's heading.
   */
  static Map<String, String> parts(MeetingRecord record, String report) {
    List<String> lines = Arrays.asList(report.split("\n", -1));
    Map<String, String> parts = new LinkedHashMap<>();
    int at = 0;
    for (Session session : record.sessions()) {
      for (AgendaItem item : session.items()) {
        int dot = item.number().indexOf('.');
        String heading =
            dot < 0 && session.title().map(item.title()::equals).orElse(false)
                ? "## " + session.number() + ". " + item.title()
                : "### "
                    + (dot >= 0 && !item.unlettered()
                        ? item.number().substring(dot + 1) + ". "
                        : "")
                    + item.title();
        while (at < lines.size() && !lines.get(at).equals(heading)) {
          at++;
        }
        assertThat(at)
            .as("the heading of item %s: %s", item.number(), heading)
            .isLessThan(lines.size());
        parts.put(item.number(), partAfter(lines, at));
      }
    }
    int conclusion = lines.indexOf("## Conclusion");
    assertThat(conclusion).as("the conclusion").isNotNegative();
    parts.put("conclusion", partAfter(lines, conclusion));
    return parts;
  }

  private static String partAfter(List<String> lines, int heading) {
    int end = heading + 1;
    while (end < lines.size() && !lines.get(end).startsWith("#")) {
      end++;
    }
    return String.join("\n", lines.subList(heading + 1, end));
  }

  @Test
  void theTableHasARowForEachParagraphOfTheReportInOrder() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSize(PARAGRAPHS);
    Set<String> ids = new HashSet<>();
    for (Row row : rows) {
      assertThat(ids.add(row.paragraph())).as("paragraph %s once", row.paragraph()).isTrue();
      assertThat(row.facts()).as(row.paragraph()).isNotBlank();
      assertThat(row.strings()).as(row.paragraph()).allSatisfy(s -> assertThat(s).isNotBlank());
    }
    assertThat(rows.get(0).paragraph()).isEqualTo("1.a/1");
    assertThat(rows.get(PARAGRAPHS - 1).paragraph()).isEqualTo("conclusion/1");
  }

  @Test
  void everyParagraphOfTheReportIsFullyCoveredByTheRenderedReport() throws IOException {
    MeetingRecord record = MispaV.record();
    Map<String, String> parts = parts(record, RapporteurReport.of(record).render());
    List<String> missing = new ArrayList<>();
    int covered = 0;
    for (Row row : rows()) {
      String part = parts.get(row.item());
      assertThat(part).as("the part of item %s, for %s", row.item(), row.paragraph()).isNotNull();
      List<String> absent = row.strings().stream().filter(s -> !part.contains(s)).toList();
      if (absent.isEmpty()) {
        covered++;
      } else {
        missing.add(row.paragraph() + " (" + row.facts() + "): " + absent);
      }
    }
    assertThat(missing)
        .as("paragraphs not fully covered (%d of %d are)", covered, PARAGRAPHS)
        .isEmpty();
    assertThat(covered).isEqualTo(PARAGRAPHS);
  }
}
