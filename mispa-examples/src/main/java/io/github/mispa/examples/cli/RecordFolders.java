package io.github.mispa.examples.cli;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The record files of a folder: its {@code *.json} files, in it and below it, in the order of their
 * paths. Links to folders are not followed (a link can make a loop); a link named {@code *.json} is
 * taken as a record file, and read as {@link RecordFiles#read} reads any file. What cannot be read
 * while walking (a folder without permission, say) is kept in its place with the reason, so that it
 * is reported with the records rather than silently left out.
 */
final class RecordFolders {
  /** A file to check: a record file, or what could not be read while walking, and why. */
  record Entry(Path file, @Nullable BadInputException problem) {}

  private RecordFolders() {}

  /**
   * {@return the entries of {@code folder}, in the order of their paths, without the files whose
   * name matches one of {@code excluded} (globs such as {@code *.expected.json})}
   */
  static List<Entry> walk(Path folder, List<String> excluded) {
    FileSystem fs = folder.getFileSystem();
    List<PathMatcher> skip = new ArrayList<>();
    for (String glob : excluded) {
      skip.add(fs.getPathMatcher("glob:" + glob));
    }
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              Path name = file.getFileName();
              if (name != null
                  && name.toString().endsWith(".json")
                  && skip.stream().noneMatch(m -> m.matches(name))) {
                found.add(new Entry(file, null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(new Entry(file, unreadable(file, e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // The visitor throws nothing; this is the walk failing to start.
      found.add(new Entry(folder, unreadable(folder, e)));
    }
    found.sort(Comparator.comparing(entry -> entry.file().toString()));
    return found;
  }

  private static BadInputException unreadable(Path file, IOException e) {
    return new BadInputException(file + ": cannot be read: " + RecordFiles.describe(e));
  }
}
