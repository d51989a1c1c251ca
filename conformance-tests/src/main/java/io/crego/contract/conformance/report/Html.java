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
    raw("<table><thead><tr>");
    for (String header : headers) {
      raw("<th>").text(header).raw("</th>");
    }
    return raw("</tr></thead><tbody>\n");
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
