package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Organisation names NER ended too early, run on by coordination, place phrases and numerals. */
class OrganizationNameEndsTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Set<String> labels(AnnotatedDocument doc) {
    return RESOLVER.resolve(List.of(doc)).entities().stream()
        .map(Entity::label)
        .collect(Collectors.toSet());
  }

  @Test
  void wordsCoordinatedWithTheComplementArePartOfTheName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O joined/VBD/O the/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Mines/NNP/ORGANIZATION ,/,/O Energy/NNPS/ORGANIZATION and/CC/ORGANIZATION"
                    + " Water/NNP/ORGANIZATION Works/NNPS/ORGANIZATION ././O",
                "-1>1:root 1>0:nsubj 3>2:det 1>3:obj 5>4:case 3>5:nmod:of 5>6:punct"
                    + " 5>7:conj:and 10>8:cc 10>9:compound 5>10:conj:and 1>11:punct")
            .build();

    Set<String> labels = labels(doc);

    assertTrue(labels.contains("Ministry of Mines , Energy and Water Works"), labels.toString());
    assertFalse(labels.contains("Ministry of Mines"));
  }

  @Test
  void wordsCoordinatedWithTheHeadStayApart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O joined/VBD/O the/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Mines/NNP/ORGANIZATION and/CC/O Norvale/NNP/ORGANIZATION ././O",
                "-1>1:root 1>0:nsubj 3>2:det 1>3:obj 5>4:case 3>5:nmod:of 7>6:cc 3>7:conj:and"
                    + " 1>8:punct")
            .sentence(
                "It/PRP/O joined/VBD/O the/DT/O University/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Norby/NNP/ORGANIZATION and/CC/O Aston/NNP/ORGANIZATION"
                    + " University/NNP/ORGANIZATION ././O",
                "-1>1:root 1>0:nsubj 3>2:det 1>3:obj 5>4:case 3>5:nmod:of 8>6:cc 8>7:compound"
                    + " 5>8:conj:and 1>9:punct")
            .build();

    Set<String> labels = labels(doc);

    assertTrue(labels.contains("Ministry of Mines"), labels.toString());
    assertTrue(labels.contains("Norvale"), labels.toString());
    assertTrue(labels.contains("University of Norby"), labels.toString());
    assertTrue(labels.contains("Aston University"), labels.toString());
  }

  @Test
  void aPlacePhraseAttachedToTheNameIsPartOfIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O ran/VBD/O the/DT/O National/NNP/ORGANIZATION Museum/NNP/ORGANIZATION"
                    + " of/IN/O Freedonia/NNP/COUNTRY in/IN/O 2020/CD/DATE ././O",
                "-1>1:root 1>0:nsubj 4>2:det 4>3:compound 1>4:obj 6>5:case 4>6:nmod:of"
                    + " 8>7:case 1>8:obl:in 1>9:punct")
            .sentence(
                "He/PRP/O thanked/VBD/O the/DT/O Norvale/NNP/ORGANIZATION Group/NNP/ORGANIZATION"
                    + " for/IN/O Freedonia/NNP/COUNTRY 's/POS/O help/NN/O ././O",
                "-1>1:root 1>0:nsubj 4>2:det 4>3:compound 1>4:obj 8>5:case 8>6:nmod:poss"
                    + " 6>7:case 1>8:obl:for 1>9:punct")
            .sentence(
                "She/PRP/O joined/VBD/O Norvale/NNP/ORGANIZATION Tools/NNP/ORGANIZATION"
                    + " s.r.o./NNP/ORGANIZATION of/IN/O Plzen/NNP/LOCATION ././O",
                "-1>1:root 1>0:nsubj 4>2:compound 4>3:compound 1>4:obj 6>5:case 4>6:nmod:of"
                    + " 1>7:punct")
            .build();

    Set<String> labels = labels(doc);

    assertTrue(labels.contains("National Museum of Freedonia"), labels.toString());
    assertTrue(labels.contains("Norvale Group"), labels.toString());
    assertTrue(labels.contains("Plzen"), labels.toString());
  }

  @Test
  void aRomanNumeralEndsTheName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "He/PRP/O studied/VBD/O at/IN/O the/DT/O University/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Norby/NNP/ORGANIZATION II/CD/O ,/,/O then/RB/O"
                    + " at/IN/O Norvale/NNP/ORGANIZATION College/NNP/ORGANIZATION I/PRP/O"
                    + " met/VBD/O her/PRP/O ././O")
            .build();

    Set<String> labels = labels(doc);

    assertTrue(labels.contains("University of Norby II"), labels.toString());
    assertTrue(labels.contains("Norvale College"), labels.toString());
    assertEquals(2, labels.size(), labels.toString());
  }

  @Test
  void anOrganisationWordAloneRunsOnOverTheOfPlacePhraseItHeads() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Parliament/NNP/ORGANIZATION of/IN/O Freedonia/NNP/COUNTRY"
                    + " met/VBD/O ././O",
                "-1>4:root 1>0:det 4>1:nsubj 3>2:case 1>3:nmod:of 4>5:punct")
            .sentence(
                "She/PRP/O taught/VBD/O at/IN/O the/DT/O University/NNP/O of/IN/O the/DT/O"
                    + " Norby/NNP/LOCATION Islands/NNPS/LOCATION ././O",
                "-1>1:root 1>0:nsubj 4>2:case 4>3:det 1>4:obl:at 8>5:case 8>6:det"
                    + " 8>7:compound 4>8:nmod:of 1>9:punct")
            .sentence(
                "The/DT/O Union/NNP/O of/IN/O the/DT/O Norby/NNP/COUNTRY Isles/NNPS/COUNTRY"
                    + " voted/VBD/O ././O",
                "-1>6:root 1>0:det 6>1:nsubj 5>2:case 5>3:det 5>4:compound 1>5:nmod:of"
                    + " 6>7:punct")
            .sentence(
                "The/DT/O Board/NNP/O of/IN/O Directors/NNPS/O met/VBD/O in/IN/O"
                    + " Lyon/NNP/CITY ././O",
                "-1>4:root 1>0:det 4>1:nsubj 3>2:case 1>3:nmod:of 6>5:case 4>6:obl:in"
                    + " 4>7:punct")
            .build();

    Set<String> labels = labels(doc);

    assertTrue(labels.contains("Parliament of Freedonia"), labels.toString());
    assertTrue(labels.contains("University of the Norby Islands"), labels.toString());
    assertFalse(labels.contains("Norby Islands"), labels.toString());
    assertFalse(labels.contains("Board of Directors"), labels.toString());
    assertFalse(labels.contains("Union of the Norby Isles"), "a state's formal name: " + labels);
  }
}
