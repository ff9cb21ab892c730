package io.fluidedge.report;

import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page built in order: headings, key-value tables, data tables, inline
 * SVG figures and preformatted text, with one inline style sheet. No scripts, no links to
 * anything outside the page, so it opens offline and from a mail attachment alike.
 */
final class Html {

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;\
      margin:2em auto;max-width:1000px;padding:0 1em;color:#111;line-height:1.4}
      h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;\
      margin-top:1.8em}
      table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
      th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
      th{background:#f2f2f2}td.text,th.text{text-align:left}
      figure{margin:1em 0}figure svg{max-width:100%;height:auto}
      figcaption{font-size:.85em;color:#444}
      pre{background:#f7f7f7;border:1px solid #ddd;padding:.8em;overflow:auto;font-size:.85em}
      .note{color:#8a4b00;background:#fff6e5;border:1px solid #f0d9a8;padding:.5em .8em}
      nav a{margin-right:1em}.scroll{overflow-x:auto}
      """;

  private final StringBuilder body = new StringBuilder();
  private final String title;

  Html(String title) {
    this.title = title;
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  Html heading(String id, String text) {
    body.append("<h2 id=\"").append(escape(id)).append("\">").append(escape(text))
        .append("</h2>\n");
    return this;
  }

  Html paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  Html note(String text) {
    body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A two-column table of names and values, in the map's order. */
  Html keyValues(String cssClass, Map<String, String> rows) {
    body.append("<table class=\"").append(escape(cssClass)).append("\">\n");
    rows.forEach((k, v) -> body.append("<tr><th class=\"text\">").append(escape(k))
        .append("</th><td class=\"text\">").append(escape(v)).append("</td></tr>\n"));
    body.append("</table>\n");
    return this;
  }

  /**
   * A data table with a header row; text cells that do not look like numbers are left-aligned.
   *
   * @param cssClass the table's class
   * @param header   column names
   * @param rows     the rows
   */
  Html table(String cssClass, List<String> header, List<List<String>> rows) {
    body.append("<div class=\"scroll\"><table class=\"").append(escape(cssClass))
        .append("\">\n<thead><tr>");
    for (String h : header) {
      body.append("<th>").append(escape(h)).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        body.append(numeric(cell) ? "<td>" : "<td class=\"text\">").append(escape(cell))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table></div>\n");
    return this;
  }

  /** An inline SVG figure (trusted: drawn by this program) with a caption. */
  Html figure(String svg, String caption) {
    body.append("<figure>\n").append(svg).append("\n<figcaption>").append(escape(caption))
        .append("</figcaption>\n</figure>\n");
    return this;
  }

  Html pre(String text) {
    body.append("<pre>").append(escape(text)).append("</pre>\n");
    return this;
  }

  /** Links to the page's sections. */
  Html nav(Map<String, String> sections) {
    body.append("<nav>");
    sections.forEach((id, text) -> body.append("<a href=\"#").append(escape(id)).append("\">")
        .append(escape(text)).append("</a>"));
    body.append("</nav>\n");
    return this;
  }

  /** The whole page. */
  String page(String subtitle) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
        + "<body>\n<h1>" + escape(title) + "</h1>\n<p>" + escape(subtitle) + "</p>\n"
        + body + "</body>\n</html>\n";
  }

  private static boolean numeric(String s) {
    if (s.isEmpty()) {
      return true;
    }
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
