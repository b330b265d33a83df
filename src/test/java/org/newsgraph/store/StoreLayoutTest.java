package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLayoutTest {

  @TempDir Path tmp;

  @Test
  void aFolderOfOtherFilesIsNotAStore() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "hello");
    NotAStoreException e = assertThrows(NotAStoreException.class, () -> GraphStore.open(tmp));
    assertTrue(e.getMessage().contains("is not a newsgraph store"), e.getMessage());
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
  }

  @Test
  void aFileIsNotAStore() throws IOException {
    Path file = Files.writeString(tmp.resolve("store"), "x");
    NotAStoreException e = assertThrows(NotAStoreException.class, () -> GraphStore.open(file));
    assertTrue(e.getMessage().contains("is a file"), e.getMessage());
  }

  @Test
  void aDatabaseFolderWithoutTdb2DataIsRejected() throws IOException {
    Files.createDirectories(tmp.resolve("tdb2"));
    Files.writeString(tmp.resolve("tdb2/readme.md"), "x");
    NotAStoreException e = assertThrows(NotAStoreException.class, () -> GraphStore.open(tmp));
    assertTrue(e.getMessage().contains("not a TDB2 database"), e.getMessage());
  }

  @Test
  void anEmptyFolderOrOneWithOnlyTheCacheIsFine() throws IOException {
    new StoreLayout(tmp).checkIsStoreOrEmpty();
    Files.createDirectories(tmp.resolve("cache"));
    Files.writeString(tmp.resolve(".hidden"), "x");
    new StoreLayout(tmp).checkIsStoreOrEmpty();
    new StoreLayout(tmp.resolve("absent")).checkIsStoreOrEmpty();
  }

  @Test
  void aFolderWithoutADatabaseHasNone() throws IOException {
    assertEquals(false, new StoreLayout(tmp).hasDatabase());
    Files.createDirectories(tmp.resolve("tdb2/Data-0001"));
    assertEquals(true, new StoreLayout(tmp).hasDatabase());
  }
}
