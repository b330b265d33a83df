package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void normalFormsIgnoreCaseDotsPunctuationAccentsArticleAndBritishSpelling() {
    assertEquals("us", NameKey.of("The U.S."));
    assertEquals("indo pacific", NameKey.of("Indo-Pacific"));
    assertEquals("ministry of defense", NameKey.of("Ministry of Defence"));
    assertEquals("sauli niinisto", NameKey.of("Sauli Niinistö"));
  }

  @Test
  void slugsAreLowerCaseAsciiWithHyphens() {
    assertEquals("sauli-niinisto", NameKey.slug("Sauli Niinistö"));
    assertEquals("wladyslaw-lodz", NameKey.slug("Władysław Łódź"));
    assertEquals("us-indo-pacific-command", NameKey.slug("U.S. Indo-Pacific Command"));
  }

  @Test
  void clusterKeysDropLegalFormsAndPersonKeysDropInitialsAndSuffixes() {
    assertEquals("acme energy", ClusterKeys.key("Acme Energy AG"));
    assertEquals("baltic", ClusterKeys.key("Baltic region"));
    assertEquals("john roe", ClusterKeys.personKey("John Q. Roe Jr."));
  }
}
