package io.github.mispa.examples.cli;

import io.github.mispa.report.RapporteurReport;
import io.github.mispa.rules.RuleSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mispa report FILE}: the rapporteur's report in Markdown. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the record as the rapporteur's report, in Markdown, on standard output: the officers,"
          + " numbered sessions and lettered items, a sentence for every act, and a summary of"
          + " decisions, adopted documents and the next host; in English, Spanish, French or"
          + " Portuguese (--lang)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report is written, whatever the check found",
      "2:the file cannot be read or is not a record"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "A record in the wire format: a regular file, or - for standard input.")
  private Path file;

  @Option(
      names = "--with-findings",
      description = "Append the findings of the check as a last section.")
  private boolean withFindings;

  @Option(
      names = "--with-locations",
      description = "Follow each paragraph with the locations of its acts, in an HTML comment.")
  private boolean withLocations;

  @Option(
      names = "--rules",
      paramLabel = "NAME",
      defaultValue = "mispa",
      converter = Mispa.RuleSetConverter.class,
      completionCandidates = Mispa.RuleSetNames.class,
      description =
          "The rule set that decides who holds office and what the findings are:"
              + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RuleSet rules;

  @Mixin private LanguageOption lang = new LanguageOption();

  @Override
  public Integer call() {
    RapporteurReport report =
        RapporteurReport.of(rules.check(RecordFiles.read(file, Mispa.standardInput(spec))))
            .in(lang.language());
    if (withFindings) {
      report = report.withFindings();
    }
    if (withLocations) {
      report = report.withLocations();
    }
    spec.commandLine().getOut().print(report.render());
    return Mispa.EXIT_OK;
  }
}
