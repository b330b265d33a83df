-- MySQL dump 10.19  Distrib 10.3.39-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 10.64.48.1    Database: enwiki
-- ------------------------------------------------------
-- Server version	10.6.17-MariaDB-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES binary */;

--
-- Table structure for table `redirect`
--

DROP TABLE IF EXISTS `redirect`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `redirect` (
  `rd_from` int(10) unsigned NOT NULL DEFAULT 0,
  `rd_namespace` int(11) NOT NULL DEFAULT 0,
  `rd_title` varbinary(255) NOT NULL DEFAULT '',
  `rd_interwiki` varbinary(32) DEFAULT NULL,
  `rd_fragment` varbinary(255) DEFAULT NULL,
  PRIMARY KEY (`rd_from`),
  KEY `rd_ns_title` (`rd_namespace`,`rd_title`,`rd_from`)
) ENGINE=InnoDB DEFAULT CHARSET=binary ROW_FORMAT=COMPRESSED;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `redirect`
--

/*!40000 ALTER TABLE `redirect` DISABLE KEYS */;
INSERT INTO `redirect` VALUES (1462,0,'United_States','',''),(1469,0,'United_States','',''),(1476,0,'United_States','',''),(1483,0,'United_States','',''),(1490,0,'United_States','',''),(1497,0,'NATO','',''),(1504,0,'NATO','',''),(1511,0,'G7','',''),(1518,0,'G7','',''),(1525,0,'Japan_Self-Defense_Forces','',''),(1532,0,'Japan_Self-Defense_Forces','',''),(1539,0,'Japan_Self-Defense_Forces','',''),(1546,0,'Japan_Self-Defense_Forces','',''),(1553,0,'Japan_Maritime_Self-Defense_Force','',''),(1560,0,'Japan_Maritime_Self-Defense_Force','',''),(1567,0,'Japan_Maritime_Self-Defense_Force','',''),(1574,0,'Japan_Ground_Self-Defense_Force','',''),(1581,0,'Japan_Ground_Self-Defense_Force','',''),(1588,0,'Japan_Air_Self-Defense_Force','',''),(1595,0,'Japan_Air_Self-Defense_Force','','');
INSERT INTO `redirect` VALUES (1602,0,'Ministry_of_Defense_(Japan)','',''),(1609,0,'Ministry_of_Defense_(Japan)','',''),(1616,0,'Ministry_of_Defense_(Japan)','',''),(1623,0,'Ministry_of_Defense_(Japan)','',''),(1630,0,'Ministry_of_Foreign_Affairs_of_the_People\'s_Republic_of_China','',''),(1637,0,'Ministry_of_Foreign_Affairs_of_the_People\'s_Republic_of_China','',''),(1644,0,'Ministry_of_Foreign_Affairs_of_the_People\'s_Republic_of_China','',''),(1651,0,'Ministry_of_Foreign_Affairs_of_the_People\'s_Republic_of_China','',''),(1658,0,'Ministry_of_foreign_affairs','',''),(1665,0,'German_Air_Force','',''),(1672,0,'German_Air_Force','',''),(1679,0,'Volodymyr_Zelenskyy','',''),(1686,0,'Volodymyr_Zelenskyy','',''),(1693,0,'Volodymyr_Zelenskyy','',''),(1700,0,'Volodymyr_Zelenskyy','',''),(1707,0,'Donald_Trump','',''),(1714,0,'Donald_Trump','',''),(1721,0,'Lloyd_Austin','',''),(1728,0,'Lloyd_Austin','',''),(1735,0,'Lloyd_Austin','','');
INSERT INTO `redirect` VALUES (1742,0,'Pete_Hegseth','',''),(1749,0,'Mark_Rutte','',''),(1756,0,'Shigeru_Ishiba','',''),(1763,0,'Russia','',''),(1770,0,'China','',''),(1777,0,'China','',''),(1784,0,'North_Korea','',''),(1791,0,'North_Korea','',''),(1798,0,'South_Korea','',''),(1805,0,'Germany','',''),(1812,0,'United_Kingdom','',''),(1819,0,'Soviet_Union','',''),(1826,0,'Soviet_Union','',''),(1833,0,'Yokosuka,_Kanagawa','',''),(1840,0,'Washington,_D.C.','',''),(1847,0,'Washington,_D.C.','',''),(1854,0,'Washington,_D.C.','',''),(1861,0,'Kyiv','',''),(1868,0,'Beijing','',''),(1875,0,'Indo-Pacific','','');
INSERT INTO `redirect` VALUES (1882,0,'Western_world','',''),(1889,0,'Western_world','',''),(1896,0,'Western_world','',''),(1903,0,'Atlantic_Ocean','',''),(1910,0,'Pacific_Ocean','',''),(1917,0,'Taiwan','',''),(1924,0,'Baltic_region','',''),(1931,0,'Kiev','','');
/*!40000 ALTER TABLE `redirect` ENABLE KEYS */;

-- Dump completed on 2025-11-21  5:12:40
