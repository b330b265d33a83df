#!/usr/bin/env python3
"""Writes the small English Wikipedia dump of the seed entities used by KnowledgeBaseIT.

The titles, redirects, disambiguation pages and Wikidata QIDs below were written by hand from
knowledge of current English Wikipedia (late 2025), not downloaded: the article of each seed
entity under its current title, common redirects to it (old titles, acronyms, other spellings and
capitalisations), a few disambiguation pages and namesakes that make names ambiguous, and QIDs
where they are known for certain (others are left out, as for a page without a Wikidata item).
Page ids, lengths and timestamps are invented. The output has the layout of Wikimedia's MySQL
dumps (enwiki-*-page.sql, -redirect.sql, -page_props.sql); KnowledgeBaseIT gzips them.

Run from this folder: python3 make_dump.py
"""

ARTICLES = [
    ("Mark_Rutte", "Q57792"), ("Gen_Nakatani", None), ("Shigeru_Ishiba", None),
    ("Pete_Hegseth", None), ("Donald_Trump", "Q22686"), ("Lloyd_Austin", None),
    ("Ingo_Gerhartz", None), ("Volodymyr_Zelenskyy", "Q3874799"), ("NATO", "Q7184"),
    ("G7", "Q1764511"), ("Japan_Self-Defense_Forces", None),
    ("Japan_Maritime_Self-Defense_Force", None), ("Japan_Ground_Self-Defense_Force", None),
    ("Japan_Air_Self-Defense_Force", None), ("Ministry_of_Defense_(Japan)", None),
    ("Ministry_of_Foreign_Affairs_of_the_People's_Republic_of_China", None),
    ("German_Air_Force", None), ("Luftwaffe", "Q2085"), ("Japan", "Q17"), ("Ukraine", "Q212"),
    ("Russia", "Q159"), ("Germany", "Q183"), ("United_States", "Q30"), ("China", "Q148"),
    ("North_Korea", "Q423"), ("South_Korea", "Q884"), ("Australia", "Q408"),
    ("New_Zealand", "Q664"), ("Belgium", "Q31"), ("France", "Q142"), ("Poland", "Q36"),
    ("Romania", "Q218"), ("United_Kingdom", "Q145"), ("Italy", "Q38"), ("Israel", "Q801"),
    ("Soviet_Union", "Q15180"), ("Tokyo", "Q1490"), ("Wiesbaden", "Q1721"),
    ("Yokosuka,_Kanagawa", None), ("Brussels", "Q239"), ("Beijing", "Q956"),
    ("Moscow", "Q649"), ("Pyongyang", "Q18808"), ("Washington,_D.C.", "Q61"),
    ("Indo-Pacific", None), ("Europe", "Q46"), ("Asia", "Q48"), ("Eastern_Europe", "Q27468"),
    ("Taiwan", "Q865"), ("Western_world", "Q160381"), ("Atlantic_Ocean", "Q97"),
    ("Pacific_Ocean", "Q98"), ("Washington_(state)", "Q1223"), ("Georgia_(country)", "Q230"),
    ("Georgia_(U.S._state)", "Q1428"), ("Kyiv", "Q1899"), ("Baltic_region", None),
    # the cardinal direction: the article a bare "West" names
    ("West", "Q679"),
    # the concept article that "Foreign Ministry" leads to
    ("Ministry_of_foreign_affairs", None),
]
DISAMBIGUATION = [
    "Washington", "Luftwaffe_(disambiguation)", "Georgia", "Atlantic", "Pacific", "Trump",
]
REDIRECTS = [
    ("U.S.", "United_States"), ("US", "United_States"), ("USA", "United_States"),
    ("United_States_of_America", "United_States"), ("America", "United_States"),
    ("North_Atlantic_Treaty_Organization", "NATO"), ("North_Atlantic_Treaty_Organisation", "NATO"),
    ("Group_of_Seven", "G7"), ("G-7", "G7"), ("JSDF", "Japan_Self-Defense_Forces"),
    ("Japanese_Self-Defense_Forces", "Japan_Self-Defense_Forces"),
    ("Japan_Self_Defense_Forces", "Japan_Self-Defense_Forces"),
    ("Self-Defense_Forces", "Japan_Self-Defense_Forces"),
    ("JMSDF", "Japan_Maritime_Self-Defense_Force"),
    ("Japanese_Maritime_Self-Defense_Force", "Japan_Maritime_Self-Defense_Force"),
    ("Maritime_Self-Defense_Force", "Japan_Maritime_Self-Defense_Force"),
    ("JGSDF", "Japan_Ground_Self-Defense_Force"),
    ("Ground_Self-Defense_Force", "Japan_Ground_Self-Defense_Force"),
    ("JASDF", "Japan_Air_Self-Defense_Force"),
    ("Air_Self-Defense_Force", "Japan_Air_Self-Defense_Force"),
    ("Japanese_Ministry_of_Defense", "Ministry_of_Defense_(Japan)"),
    ("Ministry_of_Defense_of_Japan", "Ministry_of_Defense_(Japan)"),
    ("Japan_Ministry_of_Defense", "Ministry_of_Defense_(Japan)"),
    ("Ministry_of_Defence_(Japan)", "Ministry_of_Defense_(Japan)"),
    ("Ministry_of_Foreign_Affairs_(People's_Republic_of_China)",
     "Ministry_of_Foreign_Affairs_of_the_People's_Republic_of_China"),
    ("Chinese_Foreign_Ministry", "Ministry_of_Foreign_Affairs_of_the_People's_Republic_of_China"),
    ("Chinese_Ministry_of_Foreign_Affairs",
     "Ministry_of_Foreign_Affairs_of_the_People's_Republic_of_China"),
    ("Ministry_of_Foreign_Affairs_of_China",
     "Ministry_of_Foreign_Affairs_of_the_People's_Republic_of_China"),
    ("Foreign_Ministry", "Ministry_of_foreign_affairs"),
    ("German_air_force", "German_Air_Force"), ("Luftwaffe_(Bundeswehr)", "German_Air_Force"),
    ("Volodymyr_Zelensky", "Volodymyr_Zelenskyy"), ("Volodymyr_Zelenskiy", "Volodymyr_Zelenskyy"),
    ("Zelenskyy", "Volodymyr_Zelenskyy"), ("Zelensky", "Volodymyr_Zelenskyy"),
    ("Donald_J._Trump", "Donald_Trump"), ("Donald_John_Trump", "Donald_Trump"),
    ("Lloyd_J._Austin", "Lloyd_Austin"), ("Lloyd_Austin_III", "Lloyd_Austin"),
    ("Lloyd_J._Austin_III", "Lloyd_Austin"), ("Peter_Hegseth", "Pete_Hegseth"),
    ("Rutte", "Mark_Rutte"), ("Ishiba", "Shigeru_Ishiba"),
    ("Russian_Federation", "Russia"), ("People's_Republic_of_China", "China"), ("PRC", "China"),
    ("Democratic_People's_Republic_of_Korea", "North_Korea"), ("DPRK", "North_Korea"),
    ("Republic_of_Korea", "South_Korea"), ("Federal_Republic_of_Germany", "Germany"),
    ("UK", "United_Kingdom"), ("USSR", "Soviet_Union"), ("U.S.S.R.", "Soviet_Union"),
    ("Yokosuka", "Yokosuka,_Kanagawa"), ("Washington_D.C.", "Washington,_D.C."),
    ("Washington_DC", "Washington,_D.C."), ("Washington,_DC", "Washington,_D.C."),
    ("Kiev", "Kyiv"), ("Peking", "Beijing"), ("Indo-Pacific_region", "Indo-Pacific"),
    ("The_West", "Western_world"), ("Western_World", "Western_world"),
    ("Occident", "Western_world"), ("Atlantic_ocean", "Atlantic_Ocean"),
    ("Pacific_ocean", "Pacific_Ocean"), ("Republic_of_China", "Taiwan"),
    ("Baltic_Region", "Baltic_region"),
    # a double redirect (to another redirect), which MediaWiki's dumps do contain
    ("Kyiv,_Ukraine", "Kiev"),
]

HEAD = """-- MySQL dump 10.19  Distrib 10.3.39-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 10.64.48.1    Database: enwiki
-- ------------------------------------------------------
-- Server version\t10.6.17-MariaDB-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES binary */;

--
-- Table structure for table `{t}`
--

DROP TABLE IF EXISTS `{t}`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `{t}` (
{cols}) ENGINE=InnoDB DEFAULT CHARSET=binary ROW_FORMAT=COMPRESSED;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `{t}`
--

/*!40000 ALTER TABLE `{t}` DISABLE KEYS */;
"""
TAIL = "/*!40000 ALTER TABLE `{t}` ENABLE KEYS */;\n\n-- Dump completed on 2025-11-21  5:12:40\n"

PAGE_COLUMNS = """  `page_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
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
  UNIQUE KEY `page_name_title` (`page_namespace`,`page_title`),
  KEY `page_random` (`page_random`),
  KEY `page_len` (`page_len`),
  KEY `page_redirect_namespace_len` (`page_is_redirect`,`page_namespace`,`page_len`)
"""
REDIRECT_COLUMNS = """  `rd_from` int(10) unsigned NOT NULL DEFAULT 0,
  `rd_namespace` int(11) NOT NULL DEFAULT 0,
  `rd_title` varbinary(255) NOT NULL DEFAULT '',
  `rd_interwiki` varbinary(32) DEFAULT NULL,
  `rd_fragment` varbinary(255) DEFAULT NULL,
  PRIMARY KEY (`rd_from`),
  KEY `rd_ns_title` (`rd_namespace`,`rd_title`,`rd_from`)
"""
PROPS_COLUMNS = """  `pp_page` int(10) unsigned NOT NULL,
  `pp_propname` varbinary(60) NOT NULL,
  `pp_value` blob NOT NULL,
  `pp_sortkey` float DEFAULT NULL,
  PRIMARY KEY (`pp_page`,`pp_propname`),
  UNIQUE KEY `pp_propname_page` (`pp_propname`,`pp_page`),
  UNIQUE KEY `pp_propname_sortkey_page` (`pp_propname`,`pp_sortkey`,`pp_page`)
"""


def quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def write(name, table, columns, rows, per_statement=20):
    with open(name, "w", encoding="utf-8") as out:
        out.write(HEAD.format(t=table, cols=columns))
        for i in range(0, len(rows), per_statement):
            values = ",".join("(" + ",".join(row) + ")" for row in rows[i:i + per_statement])
            out.write("INSERT INTO `%s` VALUES %s;\n" % (table, values))
        out.write(TAIL.format(t=table))


def main():
    pages, ids, page_id = [], {}, 1000
    for title, qid in ARTICLES:
        page_id += 7
        pages.append((page_id, 0, title, 0))
        ids[title] = (page_id, qid, False)
    for title in DISAMBIGUATION:
        page_id += 7
        pages.append((page_id, 0, title, 0))
        ids[title] = (page_id, None, True)
    for title, _ in REDIRECTS:
        page_id += 7
        pages.append((page_id, 0, title, 1))
        ids[title] = (page_id, None, False)
    # pages outside the article namespace, which the index leaves out
    pages.append((page_id + 7, 1, "Japan", 0))
    pages.append((page_id + 14, 14, "Countries_in_Asia", 0))
    write("enwiki-seeds-page.sql", "page", PAGE_COLUMNS, [
        (str(p), str(ns), quote(t), str(r), "0", "0.%06d" % (p * 7919 % 999983),
         "'20251120093012'", "'20251120093015'", str(p * 1000 + 17),
         str(30 if r else 40000 + p), "'wikitext'", "NULL")
        for p, ns, t, r in pages])
    write("enwiki-seeds-redirect.sql", "redirect", REDIRECT_COLUMNS, [
        (str(ids[source][0]), "0", quote(target), "''", "''") for source, target in REDIRECTS])
    props = []
    for title, (p, qid, disambiguation) in sorted(ids.items(), key=lambda item: item[1][0]):
        if qid:
            props.append((str(p), "'wikibase_item'", quote(qid), "NULL"))
        if disambiguation:
            props.append((str(p), "'disambiguation'", "''", "NULL"))
    write("enwiki-seeds-page_props.sql", "page_props", PROPS_COLUMNS, props)


if __name__ == "__main__":
    main()
