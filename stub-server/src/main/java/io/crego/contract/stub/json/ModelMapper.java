package io.crego.contract.stub.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Record;
import java.io.UncheckedIOException;

/**
 * The stub's one JSON mapper, for the generated models: the pipeline answers with it and the store
 * keeps documents with it, so a stored document reads back exactly as its handler wrote it. It
 * lives apart from both so that the store need not know the pipeline. Optional properties that are
 * null are left out; required ones are always written (the generated models mark them {@code
 * ALWAYS}), so a required nullable field such as a record's {@code utr} is sent as {@code null}, as
 * the vendor does. Records and banks also write some optional nullable fields as {@code null}: the
 * vendor pages that answer them (Initiate Adjustment 201, Request Tranche 200) require those
 * fields.
 */
public final class ModelMapper {

  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // a oneOf model (a rate slab's end: an integer or a string) must not read "15" as both
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // keep amounts as written in trees too: 1000.00 must not become 1E+3
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .addMixIn(Record.class, RecordNulls.class)
          .addMixIn(Bank.class, BankNulls.class)
          .build();

  /** The record fields Initiate Adjustment's page requires that may be null. */
  private abstract static class RecordNulls {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getPaymentMode();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getSettlementUtr();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getRevertDate();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getRevertValueDate();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getBankDate();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getTopup();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getTransaction();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getCashbackLoan();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getHoldbackLoan();
  }

  /** The bank fields Mark Processed's and Request Tranche's pages require that may be null. */
  private abstract static class BankNulls {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getNameAtBank();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getBankingId();
  }

  private ModelMapper() {}

  /** The value as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
