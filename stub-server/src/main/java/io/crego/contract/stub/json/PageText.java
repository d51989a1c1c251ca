package io.crego.contract.stub.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A list page's JSON, {@code {count, current_page, page_size, results}}, written around items that
 * are JSON already (documents as the store keeps them): each is spliced in as it is, so a page of
 * stored documents costs neither decoding them to models nor encoding them again. The text is the
 * one {@link ModelMapper} writes for the page's model with those items, field for field.
 */
public final class PageText {

  private PageText() {}

  /**
   * @param items the results, each one JSON value as text, in page order
   */
  public static String of(int count, int currentPage, int pageSize, List<String> items) {
    int length = 64;
    for (String item : items) {
      length += item.length() + 1;
    }
    StringWriter text = new StringWriter(length);
    try (JsonGenerator page = ModelMapper.MAPPER.getFactory().createGenerator(text)) {
      page.writeStartObject();
      page.writeNumberField("count", count);
      page.writeNumberField("current_page", currentPage);
      page.writeNumberField("page_size", pageSize);
      page.writeArrayFieldStart("results");
      for (String item : items) {
        page.writeRawValue(item);
      }
      page.writeEndArray();
      page.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
