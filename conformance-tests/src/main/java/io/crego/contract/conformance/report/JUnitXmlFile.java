package io.crego.contract.conformance.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the JUnit XML the way CI tools read it: {@code <testsuites>}, a {@code <testsuite>} per
 * group, a {@code <testcase name classname time>} per test with {@code <failure>}, {@code <error>}
 * or {@code <skipped>}. No system properties: they would carry the command line, secrets and all.
 * Every text goes through {@code redact} first, and characters XML 1.0 cannot hold are written as
 * {@code \\uXXXX}. The file is replaced atomically (a temporary file, then a move), so a reader —
 * or a run killed while writing — never sees half a file.
 */
final class JUnitXmlFile {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private final Path file;
  private final UnaryOperator<String> redact;

  JUnitXmlFile(Path file, UnaryOperator<String> redact) {
    this.file = file;
    this.redact = redact;
  }

  Path path() {
    return file;
  }

  /**
   * Replaces the file with these suites.
   *
   * @param note a comment at the top (why the report is partial), or null
   */
  void write(
      String name, LocalDateTime started, double seconds, List<JUnitSuite> suites, String note)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    // Buffered: the writer emits every attribute and text run as a write of its own, and the file
    // is rewritten after each group and every second while the run goes on.
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      if (note != null) {
        // "--" may not appear inside a comment
        xml.writeComment(" " + clean(note).replace("--", "- -") + " ");
        xml.writeCharacters("\n");
      }
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", clean(name));
      counts(xml, suites);
      xml.writeAttribute("time", seconds(seconds));
      xml.writeAttribute("timestamp", TIMESTAMP.format(started));
      xml.writeCharacters("\n");
      for (JUnitSuite suite : suites) {
        suite(xml, suite);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    move(temp, file);
  }

  private void counts(XMLStreamWriter xml, List<JUnitSuite> suites) throws XMLStreamException {
    long failures = 0;
    long errors = 0;
    long skipped = 0;
    long tests = 0;
    for (JUnitSuite suite : suites) {
      tests += suite.cases().size();
      failures += suite.count(JUnitCase.Verdict.FAILURE);
      errors += suite.count(JUnitCase.Verdict.ERROR);
      skipped += suite.count(JUnitCase.Verdict.SKIPPED);
    }
    xml.writeAttribute("tests", String.valueOf(tests));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", String.valueOf(errors));
    xml.writeAttribute("skipped", String.valueOf(skipped));
  }

  private void suite(XMLStreamWriter xml, JUnitSuite suite) throws XMLStreamException {
    String name = clean(suite.name());
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    counts(xml, List.of(suite));
    xml.writeAttribute("time", seconds(suite.seconds()));
    xml.writeAttribute("timestamp", TIMESTAMP.format(suite.started()));
    xml.writeCharacters("\n");
    for (JUnitCase test : suite.cases()) {
      testCase(xml, name, test);
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private void testCase(XMLStreamWriter xml, String classname, JUnitCase test)
      throws XMLStreamException {
    xml.writeCharacters("    ");
    boolean passed = test.verdict() == JUnitCase.Verdict.PASSED;
    if (passed) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("name", clean(test.name()));
    xml.writeAttribute("classname", classname);
    xml.writeAttribute("time", seconds(test.seconds()));
    switch (test.verdict()) {
      case PASSED -> {}
      case SKIPPED -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", clean(test.message()));
      }
      case FAILURE, ERROR -> {
        xml.writeStartElement(test.verdict() == JUnitCase.Verdict.ERROR ? "error" : "failure");
        xml.writeAttribute("message", clean(test.message()));
        xml.writeAttribute("type", clean(test.type()));
        xml.writeCharacters(clean(test.detail()));
        xml.writeEndElement();
      }
    }
    if (!passed) {
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
  }

  private String clean(String text) {
    return xmlCharacters(redact.apply(text == null ? "" : text));
  }

  /** The text with every character XML 1.0 cannot hold (NUL, most controls) as {@code \\uXXXX}. */
  static String xmlCharacters(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF);
              if (allowed) {
                clean.appendCodePoint(c);
              } else {
                clean.append(String.format(Locale.ROOT, "\\u%04x", c));
              }
            });
    return clean.toString();
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
