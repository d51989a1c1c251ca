package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses a request body strictly: UTF-8 only, one JSON value, no duplicate keys, bounded nesting
 * and number length. A body it refuses is malformed, with a message that says where.
 */
final class JsonBodyParser {

  static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_NUMBER_LENGTH = 100;

  /** Why a body could not be read as JSON. */
  static final class MalformedBody extends Exception {
    MalformedBody(String message) {
      super(message, null, false, false);
    }
  }

  private final ObjectMapper mapper;

  JsonBodyParser() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  JsonNode parse(byte[] body) throws MalformedBody {
    String text = utf8(body);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new MalformedBody("The body is empty or only whitespace: send a JSON object.");
    }
    try {
      return mapper.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new MalformedBody(
          "The body exceeds a parser limit (nesting deeper than "
              + MAX_NESTING_DEPTH
              + " or a number longer than "
              + MAX_NUMBER_LENGTH
              + " digits).");
    } catch (JsonProcessingException e) {
      throw new MalformedBody("The body is not valid JSON: " + JsonSyntax.describe(e));
    }
  }

  private static String utf8(byte[] body) throws MalformedBody {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedBody("The body is not valid UTF-8.");
    }
  }
}
