package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void putsBlocksOnTheirOwnLinesAndDropsNonText() {
    String html =
        "<!doctype html><html><head><title>Site name</title><style>p{color:red}</style></head>"
            + "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            + "<article><h1>River  ferry returns</h1>"
            + "<p>The ferry <b>resumed</b> service on Monday.<br>Tickets cost less.</p>"
            + "<ul><li>Daily trips</li><li>Two boats</li></ul>"
            + "<script>var tracking = 1;</script></article>"
            + "<aside>Related stories</aside><footer>Copyright</footer></body></html>";
    assertEquals(
        "River ferry returns\n\nThe ferry resumed service on Monday.\nTickets cost less.\n\n"
            + "Daily trips\n\nTwo boats",
        TextCleaner.clean(HtmlText.toText(html)));
  }

  @Test
  void neverJoinsBlocksAsHardWrappedLines() {
    assertEquals(
        "Ingredients\n\napples\n\npears",
        TextCleaner.clean(
            HtmlText.toText("<h2>Ingredients</h2><ul><li>apples</li><li>pears</li></ul>")));
  }

  @Test
  void decodesEntitiesAndKeepsInlineTextTogether() {
    assertEquals(
        "Fish & chips\n\nPrices rose 5% in “the north”.",
        TextCleaner.clean(
            HtmlText.toText(
                "<div>Fish &amp; chips</div><div>Prices rose <em>5%</em> in &ldquo;the"
                    + " north&rdquo;.</div>")));
  }
}
