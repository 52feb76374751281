package io.github.mispa.benchmarks;

import io.github.mispa.examples.cli.Mispa;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive of MISPA V-sized records checked at once, each benchmark one pass over it (divide the
 * records by the time for records per second): {@code validate} runs {@code mispa validate} on the
 * folder in process, on two threads, printing to nowhere; {@code streamingFloor} reads the same
 * files on two threads and touches every JSON token, the floor of any checker; {@code
 * processPerRecord} runs {@code java -jar mispa.jar validate FILE}, one process per record, two at
 * a time, on the first {@link #SAMPLE} records only (each process costs a JVM start).
 *
 * <p>The records are the MISPA V record file as checked in (78 KB of pretty-printed JSON, 111
 * acts), copied into a temporary folder, a hundred to a subfolder. The jar of the tool is {@code
 * mispa-examples/target/mispa.jar}, or the path in the system property {@code mispa.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ArchiveBenchmark {
  /** How many records {@code processPerRecord} checks, each in a process of its own. */
  static final int SAMPLE = 50;

  /** How many threads (or processes at a time) each benchmark uses: the machine's two cores. */
  static final int THREADS = 2;

  /** How many records the archive holds. */
  @Param({"10000"})
  public int records;

  private Path folder;
  private List<Path> files;
  private Path jar;
  private final JsonMapper mapper = JsonMapper.builder().build();

  /** Writes the archive once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    byte[] record;
    try (var in =
        Mispa.class
            .getClassLoader()
            .getResourceAsStream(io.github.mispa.examples.MispaVJson.RESOURCE)) {
      record = in.readAllBytes();
    }
    folder = Files.createTempDirectory("mispa-archive");
    files = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      Path dir = Files.createDirectories(folder.resolve(String.format("%03d", i / 100)));
      files.add(Files.write(dir.resolve(String.format("record-%05d.json", i)), record));
    }
    jar = jar();
  }

  /**
   * The tool's jar: the system property {@code mispa.jar}, or {@code
   * mispa-examples/target/mispa.jar} from the repository's root or from a module's folder.
   */
  static Path jar() {
    String named = System.getProperty("mispa.jar");
    if (named != null) {
      return Path.of(named);
    }
    Path fromRoot = Path.of("mispa-examples", "target", "mispa.jar");
    return Files.exists(fromRoot) ? fromRoot : Path.of("..").resolve(fromRoot);
  }

  /** Deletes the archive. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** {@return the exit code of {@code mispa validate} on the whole folder, on two threads} */
  @Benchmark
  public int validate() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Mispa.run(
        new ByteArrayInputStream(new byte[0]),
        nowhere,
        nowhere,
        "validate",
        "--threads",
        String.valueOf(THREADS),
        folder.toString());
  }

  /** {@return a sum of the tokens of every file, read and tokenized on two threads} */
  @Benchmark
  public long streamingFloor() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Long>> sums = new ArrayList<>();
      int share = (files.size() + THREADS - 1) / THREADS;
      for (int t = 0; t < THREADS; t++) {
        List<Path> mine =
            files.subList(
                Math.min(t * share, files.size()), Math.min((t + 1) * share, files.size()));
        sums.add(pool.submit(() -> tokens(mine)));
      }
      long sum = 0;
      for (Future<Long> s : sums) {
        sum += s.get();
      }
      return sum;
    } finally {
      pool.shutdownNow();
    }
  }

  private long tokens(List<Path> some) throws IOException {
    long sum = 0;
    for (Path file : some) {
      try (JsonParser parser = mapper.createParser(Files.readAllBytes(file))) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          sum += token.id();
        }
      }
    }
    return sum;
  }

  /**
   * {@return the sum of the exit codes of {@code java -jar mispa.jar validate FILE} on the first
   * {@link #SAMPLE} records, two processes at a time}
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public int processPerRecord() throws InterruptedException, ExecutionException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is not the tool's jar: build it (./mvnw -pl mispa-examples -am package), or"
              + " name it with -Dmispa.jar=PATH");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> codes = new ArrayList<>();
      for (Path file : files.subList(0, Math.min(SAMPLE, files.size()))) {
        codes.add(pool.submit(() -> run(java, file)));
      }
      int sum = 0;
      for (Future<Integer> code : codes) {
        sum += code.get();
      }
      return sum;
    } finally {
      pool.shutdownNow();
    }
  }

  private int run(String java, Path file) {
    try {
      Process process =
          new ProcessBuilder(java, "-jar", jar.toString(), "validate", file.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
