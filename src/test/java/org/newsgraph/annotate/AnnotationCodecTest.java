package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationCodecTest {

  private final AnnotationCodec codec = new AnnotationCodec();

  static AnnotatedDocument sample() {
    Sentence sentence =
        TestDocs.sentence(
            0,
            0,
            "Jane/NNP/PERSON Doe/NNP/PERSON visited/VBD/O Zürich/NNP/CITY ./././O",
            TestDocs.deps("1>0:compound 2>1:nsubj -1>2:root 2>3:obj 2>4:punct"));
    String text = TestDocs.text(sentence);
    List<Mention> mentions =
        List.of(
            TestDocs.mention(text, sentence, 0, 2, NerTag.PERSON),
            TestDocs.mention(text, sentence, 3, 4, NerTag.CITY));
    RelationCandidate candidate =
        new RelationCandidate(
            0,
            mentions.get(0).span(),
            "per:cities_of_residence",
            mentions.get(1).span(),
            "kbp",
            0.8765432109876543);
    return new AnnotatedDocument(
        TestDocs.source("a/b.txt", text), List.of(sentence), mentions, List.of(candidate));
  }

  @Test
  void textRoundTripGivesAnEqualDocument() throws IOException {
    AnnotatedDocument document = sample();
    String json = codec.toJson(document);
    assertTrue(json.contains("\"relation\" : \"per:cities_of_residence\""), json);
    assertEquals(document, codec.fromJson(json));
  }

  @Test
  void streamRoundTripGivesAnEqualDocumentAndLeavesStreamsOpen() throws IOException {
    AnnotatedDocument document = sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.write(document, out);
    out.write(' ');
    assertEquals(document, codec.read(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void coreferenceLinksRoundTripAndAreLeftOutWhenThereAreNone() throws IOException {
    AnnotatedDocument plain = sample();
    TextSpan name = plain.mentions().get(0).span();
    CorefLink link = new CorefLink(0, 0, 1, new TextSpan(0, 4, "Jane"), false, 0, name);
    AnnotatedDocument linked =
        new AnnotatedDocument(
            plain.document(),
            plain.sentences(),
            plain.mentions(),
            plain.candidates(),
            List.of(link));

    String json = codec.toJson(linked);

    assertEquals(linked, codec.fromJson(json));
    assertTrue(json.contains("\"corefLinks\""), json);
    assertFalse(codec.toJson(plain).contains("corefLinks"), "the form cached before coref links");
    assertEquals(List.of(), codec.fromJson(codec.toJson(plain)).corefLinks());
  }

  @Test
  void truncatedOrUnknownJsonFails() {
    String json = codec.toJson(sample());
    assertThrows(IOException.class, () -> codec.fromJson(json.substring(0, json.length() / 2)));
    assertThrows(
        IOException.class, () -> codec.fromJson(json.replace("\"mentions\"", "\"mentionz\"")));
  }
}
