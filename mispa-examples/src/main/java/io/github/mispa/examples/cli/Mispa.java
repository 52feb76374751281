package io.github.mispa.examples.cli;

import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code mispa} command: checks meeting records (or folders of them) against the rules of
 * procedure, writes them as the rapporteur's report, shows the procedural state before an act and
 * what may happen next there, prints the JSON Schema of the wire format and runs a conformance
 * suite.
 *
 * <pre>{@code
 * java -jar mispa-examples/target/mispa.jar validate mispa-v.json
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} when all is well, {@value #EXIT_FINDINGS} when a record has void
 * or irregular findings (or a conformance case fails), {@value #EXIT_BAD_INPUT} on unreadable input
 * or a wrong command line, {@value #EXIT_INTERNAL_ERROR} on an error of the tool itself. Every
 * error is one line on standard error, never a stack trace.
 */
@Command(
    name = "mispa",
    mixinStandardHelpOptions = true,
    versionProvider = Mispa.Version.class,
    description =
        "Checks the records of meetings of the Organization of American States against their rules"
            + " of procedure.",
    subcommands = {
      ValidateCommand.class,
      ReportCommand.class,
      StateCommand.class,
      NextCommand.class,
      SchemaCommand.class,
      ConformanceCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all is well; a record is clean (it may have undetermined findings)",
      "1:a record has void or irregular findings; a conformance case failed",
      "2:a file cannot be read or is not a record; a wrong command line",
      "3:an error of mispa itself"
    })
public final class Mispa implements Callable<Integer> {
  /** All is well: every record is clean, every conformance case passed. */
  public static final int EXIT_OK = 0;

  /** A record has void or irregular findings, or a conformance case failed. */
  public static final int EXIT_FINDINGS = 1;

  /** A file cannot be read or is not a record, or the command line is wrong. */
  public static final int EXIT_BAD_INPUT = 2;

  /** An error of the tool itself. */
  public static final int EXIT_INTERNAL_ERROR = 3;

  @Spec private CommandSpec spec;

  /** What a command reads when a file is {@code -}. */
  private final InputStream standardInput;

  /** Whether the output goes to a terminal, where a progress bar may be drawn. */
  private final boolean terminal;

  private Mispa(InputStream standardInput, boolean terminal) {
    this.standardInput = standardInput;
    this.terminal = terminal;
  }

  /** Runs the tool with {@code args}, printing UTF-8, and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code;
    try {
      code = run(System.in, out, err, onATerminal(), args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      out.flush();
      Terminal.println(err, "mispa: out of resources: " + e);
      code = EXIT_INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool with {@code args}, printing to {@code out} and {@code err}, and returns its exit
   * code. A file named {@code -} is read from {@link System#in}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /**
   * Runs the tool with {@code args}, reading a file named {@code -} from {@code in}, printing to
   * {@code out} and {@code err}, and returns its exit code.
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(in, out, err, false, args);
  }

  private static int run(
      InputStream in, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
    try {
      return commandLine(in, out, err, terminal).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Whether standard output is a terminal. On Java 17 to 21 a console exists only when standard
   * input and output are both terminals; from Java 22 it may exist without, and {@code
   * isTerminal()} (not in Java 17's API, hence reflection) says whether it is one.
   */
  @SuppressWarnings("SystemConsoleNull") // the null test is what Java 17 to 21 answer with
  private static boolean onATerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }

  /** The command line, with its error handlers, printing to {@code out} and {@code err}. */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return commandLine(in, out, err, false);
  }

  private static CommandLine commandLine(
      InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine commandLine = new CommandLine(new Mispa(in, terminal));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Mispa::wrongCommandLine);
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> failed(e, failed.getErr(), failed.getOut()));
    return commandLine;
  }

  /** {@return what a command of {@code spec} reads when a file is {@code -}} */
  static InputStream standardInput(CommandSpec spec) {
    return root(spec).standardInput;
  }

  /** {@return whether the output of the command of {@code spec} goes to a terminal} */
  static boolean onATerminal(CommandSpec spec) {
    return root(spec).terminal;
  }

  private static Mispa root(CommandSpec spec) {
    CommandSpec root = spec;
    while (root.parent() != null) {
      root = root.parent();
    }
    return (Mispa) root.userObject();
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is missing: validate, report, state, next, schema or conformance");
  }

  private static int wrongCommandLine(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    Terminal.println(
        failed.getErr(),
        "mispa: "
            + RecordFiles.oneLine(String.valueOf(e.getMessage()))
            + " (see '"
            + failed.getCommandSpec().qualifiedName()
            + " --help')");
    return EXIT_BAD_INPUT;
  }

  private static int failed(Exception e, PrintWriter err, PrintWriter out) {
    out.flush();
    if (e instanceof BadInputException) {
      Terminal.println(err, "mispa: " + e.getMessage());
      return EXIT_BAD_INPUT;
    }
    Terminal.println(err, "mispa: internal error: " + RecordFiles.oneLine(e.toString()));
    return EXIT_INTERNAL_ERROR;
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), false);
  }

  /** {@code --lang}: es, en, fr or pt. */
  static final class LanguageConverter
      implements CommandLine.ITypeConverter<io.github.mispa.model.OfficialLanguage> {
    @Override
    public io.github.mispa.model.OfficialLanguage convert(String code) {
      try {
        return io.github.mispa.model.OfficialLanguage.fromCode(code);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "\"" + code + "\" is not an official language of the OAS: es, en, fr or pt");
      }
    }
  }

  /** Converts {@code --rules NAME} to a standard rule set. */
  static final class RuleSetConverter implements CommandLine.ITypeConverter<RuleSet> {
    @Override
    public RuleSet convert(String name) {
      try {
        return RuleSets.named(name);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "no standard rule set is named \""
                + name
                + "\": "
                + String.join(", ", RuleSets.names()));
      }
    }
  }

  /** The rule sets {@code --rules} accepts, for the help. */
  static final class RuleSetNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    RuleSetNames() {
      super(RuleSets.names());
    }
  }

  /** The version: the jar's, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Mispa.class.getPackage().getImplementationVersion();
      return new String[] {"mispa " + (version == null ? "(development build)" : version)};
    }
  }
}
