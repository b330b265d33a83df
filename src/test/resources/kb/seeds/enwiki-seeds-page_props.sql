-- MySQL dump 10.19  Distrib 10.3.39-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 10.64.48.1    Database: enwiki
-- ------------------------------------------------------
-- Server version	10.6.17-MariaDB-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES binary */;

--
-- Table structure for table `page_props`
--

DROP TABLE IF EXISTS `page_props`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `page_props` (
  `pp_page` int(10) unsigned NOT NULL,
  `pp_propname` varbinary(60) NOT NULL,
  `pp_value` blob NOT NULL,
  `pp_sortkey` float DEFAULT NULL,
  PRIMARY KEY (`pp_page`,`pp_propname`),
  UNIQUE KEY `pp_propname_page` (`pp_propname`,`pp_page`),
  UNIQUE KEY `pp_propname_sortkey_page` (`pp_propname`,`pp_sortkey`,`pp_page`)
) ENGINE=InnoDB DEFAULT CHARSET=binary ROW_FORMAT=COMPRESSED;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `page_props`
--

/*!40000 ALTER TABLE `page_props` DISABLE KEYS */;
INSERT INTO `page_props` VALUES (1007,'wikibase_item','Q57792',NULL),(1035,'wikibase_item','Q22686',NULL),(1056,'wikibase_item','Q3874799',NULL),(1063,'wikibase_item','Q7184',NULL),(1070,'wikibase_item','Q1764511',NULL),(1126,'wikibase_item','Q2085',NULL),(1133,'wikibase_item','Q17',NULL),(1140,'wikibase_item','Q212',NULL),(1147,'wikibase_item','Q159',NULL),(1154,'wikibase_item','Q183',NULL),(1161,'wikibase_item','Q30',NULL),(1168,'wikibase_item','Q148',NULL),(1175,'wikibase_item','Q423',NULL),(1182,'wikibase_item','Q884',NULL),(1189,'wikibase_item','Q408',NULL),(1196,'wikibase_item','Q664',NULL),(1203,'wikibase_item','Q31',NULL),(1210,'wikibase_item','Q142',NULL),(1217,'wikibase_item','Q36',NULL),(1224,'wikibase_item','Q218',NULL);
INSERT INTO `page_props` VALUES (1231,'wikibase_item','Q145',NULL),(1238,'wikibase_item','Q38',NULL),(1245,'wikibase_item','Q801',NULL),(1252,'wikibase_item','Q15180',NULL),(1259,'wikibase_item','Q1490',NULL),(1266,'wikibase_item','Q1721',NULL),(1280,'wikibase_item','Q239',NULL),(1287,'wikibase_item','Q956',NULL),(1294,'wikibase_item','Q649',NULL),(1301,'wikibase_item','Q18808',NULL),(1308,'wikibase_item','Q61',NULL),(1322,'wikibase_item','Q46',NULL),(1329,'wikibase_item','Q48',NULL),(1336,'wikibase_item','Q27468',NULL),(1343,'wikibase_item','Q865',NULL),(1350,'wikibase_item','Q160381',NULL),(1357,'wikibase_item','Q97',NULL),(1364,'wikibase_item','Q98',NULL),(1371,'wikibase_item','Q1223',NULL),(1378,'wikibase_item','Q230',NULL);
INSERT INTO `page_props` VALUES (1385,'wikibase_item','Q1428',NULL),(1392,'wikibase_item','Q1899',NULL),(1406,'wikibase_item','Q679',NULL),(1420,'disambiguation','',NULL),(1427,'disambiguation','',NULL),(1434,'disambiguation','',NULL),(1441,'disambiguation','',NULL),(1448,'disambiguation','',NULL),(1455,'disambiguation','',NULL);
/*!40000 ALTER TABLE `page_props` ENABLE KEYS */;

-- Dump completed on 2025-11-21  5:12:40
