package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static LoadProblem onlyProblem(LoadResult result) {
    assertEquals(List.of(), result.documents());
    assertEquals(1, result.problems().size(), () -> result.problems().toString());
    return result.problems().get(0);
  }

  @Test
  void folderIdsAreRelativePathsInSortedOrderWithHiddenFilesSkipped() throws IOException {
    Path root = dir.resolve("corpus");
    write("corpus/b.txt", "Bee story\nBees are back.");
    write("corpus/a/z.md", "# Zed\nZed text.");
    write("corpus/a/y.html", "<h1>Why</h1><p>Because.</p>");
    write("corpus/.hidden.txt", "Secret\nNot read.");
    write("corpus/.git/x.txt", "Secret\nNot read.");
    write("corpus/notes.pdf", "ignored");

    LoadResult result = DocumentLoader.load(List.of(root));

    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of("a/y.html", "a/z.md", "b.txt"),
        result.documents().stream().map(SourceDocument::id).toList());
    SourceDocument first = result.documents().get(0);
    assertEquals("corpus/a/y.html", first.source(), "outside the working folder: no absolute path");
    assertEquals("Why", first.title());
    assertEquals("Why\n\nBecause.", first.text());
    assertEquals("Zed", result.documents().get(1).title());
  }

  @Test
  void aFileGivenDirectlyHasItsFileNameAsId() throws IOException {
    Path file = write("deep/folder/story.TXT", "Title line\r\nBody.\r\n");

    SourceDocument doc = DocumentLoader.load(List.of(file)).documents().get(0);

    assertEquals("story.TXT", doc.id());
    assertEquals("story.TXT", doc.source(), "outside the working folder: no absolute path");
    assertEquals("Title line", doc.title());
    assertEquals("Title line\nBody.", doc.text());
  }

  @Test
  void sourcesAreRelativeToTheWorkingFolderAndNeverAbsolute() throws IOException {
    write("work/in/news/a.txt", "A title\nText.");
    Path working = dir.resolve("work");
    InputExpander expander = new InputExpander(working);
    expander.expand(working.resolve("in"));
    assertEquals("in/news/a.txt", expander.files().get(0).source(), "relative to the working one");
    InputExpander elsewhere = new InputExpander(dir.resolve("other"));
    elsewhere.expand(working.resolve("in"));
    assertEquals("in/news/a.txt", elsewhere.files().get(0).source(), "the folder's name only");
  }

  @Test
  void aDanglingSymbolicLinkInAFolderIsReported() throws IOException {
    write("linked/real.txt", "Real\nText.");
    Path link = dir.resolve("linked").resolve("gone.txt");
    try {
      Files.createSymbolicLink(link, dir.resolve("nowhere.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not available here");
    }
    LoadResult result = DocumentLoader.load(List.of(dir.resolve("linked")));
    assertEquals(1, result.documents().size());
    assertEquals(1, result.problems().size(), () -> result.problems().toString());
    assertTrue(result.problems().get(0).input().endsWith("gone.txt"));
    assertTrue(result.problems().get(0).message().contains("symbolic link"));
  }

  @Test
  void contentHashIsTheSha256OfTheCleanedText() throws IOException {
    Path crlf = write("one/a.txt", "Same\r\nText.\r\n");
    Path lf = write("two/a.txt", "Same\nText.");
    LoadResult result = DocumentLoader.load(List.of(crlf));
    SourceDocument doc = result.documents().get(0);
    assertEquals(
        DocumentLoader.load(List.of(lf)).documents().get(0).contentHash(), doc.contentHash());
    // printf 'Same\nText.' | sha256sum
    assertEquals(
        "1424ffe0cf6024b11f3b7322eedfb7a83c6fee40db23ca2ccb19b532370305ca", doc.contentHash());
  }

  @Test
  void invalidUtf8NamesTheByteOffsetAndTheFix() throws IOException {
    byte[] latin1 = "Caf\u00e9 news\nOpen.".getBytes(StandardCharsets.ISO_8859_1);
    Path file = write("latin.txt", latin1);

    LoadProblem problem = onlyProblem(DocumentLoader.load(List.of(file)));

    assertEquals(file.toString(), problem.input());
    assertEquals(
        "not valid UTF-8 (byte offset 3); convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        problem.message());
  }

  @Test
  void binaryFilesAreRejected() throws IOException {
    Path nul = write("nul.txt", new byte[] {'A', 'b', 0, 'c', '\n'});
    Path controls =
        write(
            "controls.txt",
            "Title\n\u0001\u0002\u0003\u0004 text".getBytes(StandardCharsets.UTF_8));

    LoadResult result = DocumentLoader.load(List.of(nul, controls));

    assertEquals(List.of(), result.documents());
    assertEquals(2, result.problems().size());
    assertTrue(
        result
            .problems()
            .get(0)
            .message()
            .startsWith("looks like a binary file (it contains NUL bytes)"));
    assertTrue(
        result
            .problems()
            .get(1)
            .message()
            .startsWith("looks like a binary file (4 control characters)"));
  }

  @Test
  void utf16IsRecognisedByItsByteOrderMark() throws IOException {
    Path file = write("wide.txt", "\uFEFFTitle\nText.".getBytes(StandardCharsets.UTF_16LE));

    LoadProblem problem = onlyProblem(DocumentLoader.load(List.of(file)));

    assertTrue(problem.message().contains("iconv -f utf-16 -t utf-8"), problem.message());
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() throws IOException {
    Path file = write("bom.txt", "\uFEFFTitle\nText.");
    assertEquals("Title", DocumentLoader.load(List.of(file)).documents().get(0).title());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRejected() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.md", " \n\t\r\n  \n");
    Path markup =
        write(
            "markup.html",
            "<html><head><title>x</title></head><body><script>1</script></body></html>");

    LoadResult result = DocumentLoader.load(List.of(empty, blank, markup));

    assertEquals(List.of(), result.documents());
    assertEquals(3, result.problems().size());
    assertTrue(result.problems().get(0).message().startsWith("is empty (or only whitespace)"));
    assertTrue(result.problems().get(1).message().startsWith("is empty (or only whitespace)"));
    assertTrue(result.problems().get(2).message().startsWith("has no text outside its markup"));
  }

  @Test
  void missingPathsAreReported() {
    Path missing = dir.resolve("nope.txt");
    LoadProblem problem = onlyProblem(DocumentLoader.load(List.of(missing)));
    assertEquals(missing.toString(), problem.input());
    assertTrue(problem.message().startsWith("no such file or folder; check the path"));
  }

  @Test
  void unreadableFilesAreReported() throws IOException {
    Path file = write("locked.txt", "Title\nText.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(file), "running as root: permissions not enforced");

    LoadProblem problem = onlyProblem(DocumentLoader.load(List.of(file)));

    assertEquals("cannot be read (permission denied); check its permissions", problem.message());
  }

  @Test
  void anExplicitFileWithAnUnsupportedExtensionIsReported() throws IOException {
    Path pdf = write("report.pdf", "%PDF-1.4");
    LoadProblem problem = onlyProblem(DocumentLoader.load(List.of(pdf)));
    assertTrue(
        problem.message().startsWith("unsupported file type; give .txt, .md, .html or .htm files"));
  }

  @Test
  void aFolderWithoutSupportedFilesIsReported() throws IOException {
    write("images/photo.jpg", "jpeg");
    write("images/.notes.txt", "Hidden\nText.");
    LoadProblem problem = onlyProblem(DocumentLoader.load(List.of(dir.resolve("images"))));
    assertEquals(dir.resolve("images").toString(), problem.input());
    assertTrue(problem.message().startsWith("has no .txt, .md, .html or .htm files"));
  }

  @Test
  void twoFilesWithTheSameIdAreReportedButTheFirstIsKept() throws IOException {
    Path first = write("one/story.txt", "First\nText.");
    Path second = write("two/story.txt", "Second\nText.");

    LoadResult result = DocumentLoader.load(List.of(first, second));

    assertEquals(List.of("First"), result.documents().stream().map(SourceDocument::title).toList());
    assertEquals(1, result.problems().size());
    LoadProblem problem = result.problems().get(0);
    assertEquals(second.toString(), problem.input());
    assertTrue(
        problem.message().startsWith("its document id 'story.txt' is also the id of " + first));
  }

  @Test
  void theSameFileGivenTwiceIsReadOnce() throws IOException {
    Path file = write("corpus/story.txt", "Title\nText.");
    LoadResult result = DocumentLoader.load(List.of(dir.resolve("corpus"), file));
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.documents().size());
  }

  @Test
  void goodDocumentsAreLoadedBesideBadOnes() throws IOException {
    write("mixed/good.txt", "Good\nText.");
    write("mixed/bad.txt", new byte[] {(byte) 0xC3, 0x28});

    LoadResult result = DocumentLoader.load(List.of(dir.resolve("mixed")));

    assertEquals(List.of("good.txt"), result.documents().stream().map(SourceDocument::id).toList());
    assertEquals(1, result.problems().size());
    assertEquals(
        dir.resolve("mixed").resolve("bad.txt").toString(), result.problems().get(0).input());
    assertTrue(result.problems().get(0).message().startsWith("not valid UTF-8 (byte offset 0)"));
  }

  @Test
  void describeJoinsInputAndMessage() {
    assertEquals(
        "a.txt: is empty; fix it", new LoadProblem("a.txt", "is empty; fix it").describe());
  }
}
