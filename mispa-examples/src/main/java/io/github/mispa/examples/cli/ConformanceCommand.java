package io.github.mispa.examples.cli;

import io.github.mispa.examples.conformance.CaseResult;
import io.github.mispa.examples.conformance.ConformanceSuite;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mispa conformance DIR}: runs a conformance suite. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a conformance suite: for every NAME.json record under DIR, checks it under the rule"
          + " set its NAME.expected.json names and compares the findings (rule, kind, location, in"
          + " order) with those expected. Prints a line per case and ends with the line"
          + " 'N passed, M failed'. See conformance/README.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed",
      "1:a case failed",
      "2:DIR is not a directory or holds no case"
    })
final class ConformanceCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The suite's directory, such as conformance/.")
  private Path directory;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the failed cases and the last line.")
  private boolean quiet;

  @Override
  public Integer call() {
    if (!Files.isDirectory(directory)) {
      throw new BadInputException(
          directory + (Files.exists(directory) ? ": not a directory" : ": no such directory"));
    }
    ConformanceSuite suite;
    try {
      suite = ConformanceSuite.load(directory);
    } catch (UncheckedIOException e) {
      throw new BadInputException(
          directory + ": cannot be read: " + RecordFiles.oneLine(String.valueOf(e.getMessage())));
    }
    if (suite.cases().isEmpty()) {
      throw new BadInputException(
          directory + ": no conformance case (no NAME.json with its NAME.expected.json)");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<CaseResult> results = suite.run();
    int passed = 0;
    for (CaseResult result : results) {
      if (result.passed()) {
        passed++;
        if (!quiet) {
          Terminal.println(out, "PASS " + result.name());
        }
      } else {
        Terminal.println(
            out,
            "FAIL "
                + result.name()
                + (result.description().isEmpty() ? "" : ": " + result.description()));
        for (String problem : result.problems()) {
          Terminal.println(out, "  " + problem);
        }
      }
    }
    int failed = results.size() - passed;
    Terminal.println(out, passed + " passed, " + failed + " failed");
    return failed == 0 ? Mispa.EXIT_OK : Mispa.EXIT_FINDINGS;
  }
}
