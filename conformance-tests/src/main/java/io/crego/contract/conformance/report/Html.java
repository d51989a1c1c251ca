package io.crego.contract.conformance.report;

/** A small HTML writer: escaped text, tables, sections. */
final class Html {

  private final StringBuilder out = new StringBuilder();

  Html raw(String html) {
    out.append(html);
    return this;
  }

  Html text(Object value) {
    out.append(escape(String.valueOf(value)));
    return this;
  }

  Html h2(String title, String id) {
    return raw("<h2 id=\"" + id + "\">").text(title).raw("</h2>\n");
  }

  Html p(String text) {
    return raw("<p>").text(text).raw("</p>\n");
  }

  Html startTable(String... headers) {
    return startTable(new int[0], headers);
  }

  /**
   * A table whose columns take these shares of the page's width, in percent (0: an even share of
   * what is left), so that a long cell wraps instead of widening the page.
   */
  Html startTable(int[] widths, String... headers) {
    raw("<table>");
    if (widths.length > 0) {
      raw("<colgroup>");
      for (int width : widths) {
        raw(width > 0 ? "<col style=\"width:" + width + "%\">" : "<col>");
      }
      raw("</colgroup>");
    }
    raw("<thead><tr>");
    for (String header : headers) {
      raw("<th>").text(header).raw("</th>");
    }
    return raw("</tr></thead><tbody>\n");
  }

  /**
   * The tests a repeated finding came from: the first {@code shown}, the rest folded away in a
   * {@code <details>} element.
   */
  Html examples(java.util.List<String> tests, int shown) {
    for (int i = 0; i < Math.min(shown, tests.size()); i++) {
      raw(i == 0 ? "" : "<br>").text(tests.get(i));
    }
    if (tests.size() > shown) {
      raw("<details><summary>").text((tests.size() - shown) + " more").raw("</summary>");
      for (String test : tests.subList(shown, tests.size())) {
        text(test).raw("<br>");
      }
      raw("</details>");
    }
    return this;
  }

  Html row(String cssClass, Object... cells) {
    raw(cssClass == null ? "<tr>" : "<tr class=\"" + cssClass + "\">");
    for (Object cell : cells) {
      raw("<td>").text(cell).raw("</td>");
    }
    return raw("</tr>\n");
  }

  Html endTable() {
    return raw("</tbody></table>\n");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
