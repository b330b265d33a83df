package org.newsgraph.link.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Small dump files in the formats Wikimedia publishes (MySQL dumps of {@code page}, {@code
 * redirect} and {@code page_props}; a Wikidata JSON array), about invented places, for the tests.
 */
final class DumpText {

  private DumpText() {}

  static final String PAGE =
      """
      -- MySQL dump 10.19  Distrib 10.3.39-MariaDB, for debian-linux-gnu (x86_64)
      --
      -- Host: 10.64.0.1    Database: enwiki
      /*!40101 SET NAMES binary */;
      DROP TABLE IF EXISTS `page`;
      CREATE TABLE `page` (
        `page_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
        `page_namespace` int(11) NOT NULL DEFAULT 0,
        `page_title` varbinary(255) NOT NULL DEFAULT '',
        `page_is_redirect` tinyint(3) unsigned NOT NULL DEFAULT 0,
        `page_is_new` tinyint(3) unsigned NOT NULL DEFAULT 0,
        `page_random` double unsigned NOT NULL DEFAULT 0,
        `page_touched` binary(14) NOT NULL,
        `page_links_updated` varbinary(14) DEFAULT NULL,
        `page_latest` int(10) unsigned NOT NULL DEFAULT 0,
        `page_len` int(10) unsigned NOT NULL DEFAULT 0,
        `page_content_model` varbinary(32) DEFAULT NULL,
        `page_lang` varbinary(35) DEFAULT NULL,
        PRIMARY KEY (`page_id`),
        UNIQUE KEY `page_name_title` (`page_namespace`,`page_title`)
      ) ENGINE=InnoDB DEFAULT CHARSET=binary;
      /*!40000 ALTER TABLE `page` DISABLE KEYS */;
      INSERT INTO `page` VALUES (10,0,'Freedonia',0,0,0.1,'20250101000000','20250101000000',1,5000,'wikitext',NULL),(11,0,'Old_Freedonia',1,0,0.2,'20250101000000',NULL,2,30,'wikitext',NULL),(12,0,'Brightwater',0,0,0.3,'20250101000000',NULL,3,40,'wikitext',NULL),(13,0,'Brightwater_(city)',0,0,0.4,'20250101000000',NULL,4,4000,'wikitext',NULL);
      INSERT INTO `page` VALUES (14,0,'Brightwater_(river)',0,0,0.5,'20250101000000',NULL,5,3000,'wikitext',NULL),(15,1,'Freedonia',0,0,0.6,'20250101000000',NULL,6,300,'wikitext',NULL),(16,0,'Ministry_of_Ducks_(Freedonia)',0,0,0.7,'20250101000000',NULL,7,900,'wikitext',NULL),(17,0,'Duck\\'s_Ministry',1,0,0.8,'20250101000000',NULL,8,30,'wikitext',NULL),(18,0,'Rufus_T._Firefly',0,0,0.9,'20250101000000',NULL,9,2000,'wikitext','en'),(19,0,'Brightwater_Town',1,0,0.95,'20250101000000',NULL,10,30,'wikitext',NULL),(20,0,'Duck_pond',0,0,0.97,'20250101000000',NULL,11,900,'wikitext',NULL);
      /*!40000 ALTER TABLE `page` ENABLE KEYS */;
      -- Dump completed on 2025-11-21  5:12:40
      """;

  static final String REDIRECT =
      """
      -- MySQL dump 10.19
      CREATE TABLE `redirect` (
        `rd_from` int(10) unsigned NOT NULL DEFAULT 0,
        `rd_namespace` int(11) NOT NULL DEFAULT 0,
        `rd_title` varbinary(255) NOT NULL DEFAULT '',
        `rd_interwiki` varbinary(32) DEFAULT NULL,
        `rd_fragment` varbinary(255) DEFAULT NULL,
        PRIMARY KEY (`rd_from`)
      ) ENGINE=InnoDB DEFAULT CHARSET=binary;
      INSERT INTO `redirect` VALUES (11,0,'Freedonia','',''),(17,0,'Ministry_of_Ducks_(Freedonia)','','History'),(19,0,'Brightwater_(city)',NULL,NULL);
      -- Dump completed on 2025-11-21  5:12:40
      """;

  static final String PAGE_PROPS =
      """
      -- MySQL dump 10.19
      CREATE TABLE `page_props` (
        `pp_page` int(10) unsigned NOT NULL,
        `pp_propname` varbinary(60) NOT NULL,
        `pp_value` blob NOT NULL,
        `pp_sortkey` float DEFAULT NULL,
        PRIMARY KEY (`pp_page`,`pp_propname`)
      ) ENGINE=InnoDB DEFAULT CHARSET=binary;
      INSERT INTO `page_props` VALUES (10,'wikibase_item','Q9000001',NULL),(10,'page_image_free','Flag.svg',NULL),(12,'disambiguation','',NULL),(12,'wikibase_item','Q9000002',NULL),(13,'wikibase_item','Q9000003',NULL),(16,'wikibase_item','Q9000004',NULL);
      -- Dump completed on 2025-11-21  5:12:40
      """;

  static final String WIKIDATA =
      """
      [
      {"type":"item","id":"Q9000005","labels":{"en":{"language":"en","value":"Rufus T. Firefly"},"de":{"language":"de","value":"Rufus Firefly"}},"aliases":{"en":[{"language":"en","value":"Firefly"},{"language":"en","value":"Brightwater"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31"},"rank":"normal"}]},"sitelinks":{"enwiki":{"site":"enwiki","title":"Rufus T. Firefly","badges":[]},"frwiki":{"site":"frwiki","title":"Rufus T. Firefly","badges":[]}}},
      {"type":"item","id":"Q9000006","labels":{"en":{"language":"en","value":"Sylvania"}},"aliases":{},"claims":{},"sitelinks":{"dewiki":{"site":"dewiki","title":"Sylvanien","badges":[]}}},
      {"type":"item","id":"Q9000007","labels":{"en":{"language":"en","value":"duck pond"}},"aliases":{"en":[{"language":"en","value":"Duckpond"}]},"claims":{},"sitelinks":{"enwiki":{"site":"enwiki","title":"Duck pond","badges":[]}}},
      {"type":"property","id":"P31","labels":{"en":{"language":"en","value":"instance of"}},"aliases":{},"claims":{}}
      ]
      """;

  /** Writes the text gzip'd to {@code folder/name}. */
  static Path gzip(Path folder, String name, String text) throws IOException {
    Path file = folder.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** Writes the gzip'd text cut to {@code fraction} of its compressed bytes. */
  static Path truncated(Path folder, String name, String text, double fraction) throws IOException {
    Path file = gzip(folder, name, text);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    return file;
  }
}
