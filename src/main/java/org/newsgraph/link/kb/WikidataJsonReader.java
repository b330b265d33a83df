package org.newsgraph.link.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the items of a Wikidata JSON dump ({@code latest-all.json.gz}: one JSON array, one entity
 * per line; JSON lines without the array work too) with Jackson's streaming parser, one entity at a
 * time. Of each item it keeps the QID, the English label and aliases, and the title of its English
 * Wikipedia article; claims and other languages are skipped unread. Items without an English
 * article are left out.
 */
final class WikidataJsonReader {

  /**
   * One item with an English Wikipedia article.
   *
   * @param qid the item's id
   * @param enwikiTitle its English Wikipedia article's title (with spaces, as Wikidata has it)
   * @param label its English label, or null
   * @param aliases its English aliases
   */
  record Item(String qid, String enwikiTitle, String label, List<String> aliases) {}

  /** Gets each item. */
  @FunctionalInterface
  interface ItemConsumer {
    void accept(Item item) throws IOException;
  }

  private final Path file;
  private final InputStream in;
  private long entities;

  WikidataJsonReader(Path file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /**
   * Reads the whole dump; returns how many entities it had.
   *
   * @throws BadDumpException when it is not JSON of entities, or is cut short
   * @throws IOException when the file cannot be read
   */
  long read(ItemConsumer consumer) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BadDumpException(file, "is empty");
      }
      boolean array = first == JsonToken.START_ARRAY;
      JsonToken token = array ? parser.nextToken() : first;
      while (token != null && token != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw new BadDumpException(
              file, "is not a Wikidata JSON dump: entity " + (entities + 1) + " is not an object");
        }
        Item item = readEntity(parser);
        entities++;
        if (item != null) {
          consumer.accept(item);
        }
        token = parser.nextToken();
      }
      if (array && token == null) {
        throw new BadDumpException(
            file, "ends before its closing ']' after " + entities + " entities: it is truncated");
      }
    } catch (JsonEOFException e) {
      throw new BadDumpException(
          file,
          "ends in the middle of its JSON after " + entities + " entities: the file is truncated",
          e);
    } catch (JsonProcessingException e) {
      throw new BadDumpException(
          file,
          "is not valid JSON after "
              + entities
              + " entities, or is truncated ("
              + e.getOriginalMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw DumpInput.orBadDump(file, e);
    }
    return entities;
  }

  /** Reads one entity object (the parser is on its START_OBJECT); null when it is of no use. */
  private static Item readEntity(JsonParser parser) throws IOException {
    String id = null;
    String title = null;
    String label = null;
    List<String> aliases = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "id" -> id = parser.getValueAsString();
        case "labels" -> label = english(parser, value);
        case "aliases" -> englishAliases(parser, value, aliases);
        case "sitelinks" -> title = enwiki(parser, value);
        default -> parser.skipChildren();
      }
    }
    if (id == null || !id.startsWith("Q") || title == null) {
      return null;
    }
    return new Item(id, title, label, List.copyOf(aliases));
  }

  /** The {@code en} entry's {@code value} of a labels object. */
  private static String english(JsonParser parser, JsonToken value) throws IOException {
    String found = null;
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String language = parser.currentName();
      parser.nextToken();
      if (language.equals("en")) {
        found = field(parser, "value");
      } else {
        parser.skipChildren();
      }
    }
    return found;
  }

  private static void englishAliases(JsonParser parser, JsonToken value, List<String> aliases)
      throws IOException {
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String language = parser.currentName();
      JsonToken list = parser.nextToken();
      if (language.equals("en") && list == JsonToken.START_ARRAY) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          String alias = field(parser, "value");
          if (alias != null) {
            aliases.add(alias);
          }
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private static String enwiki(JsonParser parser, JsonToken value) throws IOException {
    String found = null;
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String site = parser.currentName();
      parser.nextToken();
      if (site.equals("enwiki")) {
        found = field(parser, "title");
      } else {
        parser.skipChildren();
      }
    }
    return found;
  }

  /** The text of one field of the object the parser is on; consumes the object. */
  private static String field(JsonParser parser, String wanted) throws IOException {
    String found = null;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals(wanted) && parser.currentToken() == JsonToken.VALUE_STRING) {
        found = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    return found;
  }
}
