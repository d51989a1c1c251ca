package io.crego.contract.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.core.RequestValidator;
import io.crego.contract.stub.core.ValidRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The validation every call of the stub pays for: the request checked against its operation ({@link
 * RequestValidator}: parameters, strict JSON parse, schema, binding to the model) and the answer
 * checked against its schema ({@code SchemaValidator}, as {@code --check-responses} does). A change
 * that makes either slower shows up here before it shows up in the HTTP benchmark.
 *
 * <p>Inputs are the spec's own examples, so they are valid: a benchmark of the refusal path would
 * measure exception building instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ValidationBenchmark {

  private static final String RECORD_ID = "2b2853b2-d99b-4b14-ab65-ccbed5104e80";

  private RequestValidator validator;
  private SpecOperation markProcessed;
  private SpecOperation createRecord;
  private ApiRequest markProcessedRequest;
  private ApiRequest createRecordRequest;
  private CregoSpec spec;
  private JsonNode record;

  @Setup
  public void setUp() {
    spec = CregoSpec.get();
    validator = new RequestValidator(spec);
    markProcessed = spec.operation("markRecordProcessed").orElseThrow();
    createRecord = spec.operation("createRecord").orElseThrow();
    markProcessedRequest =
        json(
            "PUT",
            "/v1/lms/records/" + RECORD_ID + "/mark_processed/",
            "{\"utr\":\"123798123\",\"settled_at\":1715331600,"
                + "\"collection_bank_id\":\"324c4826-1729-4682-8770-f388b6e7e6b7\"}");
    createRecordRequest =
        json(
            "POST",
            "/v1/lms/records/",
            "{\"account_id\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\",\"received_amount\":5000.37,"
                + "\"tds_amount\":12.5,\"date\":1718610125,\"utr\":\"UTR-BENCH-1\","
                + "\"remark\":\"June collection\",\"payment_mode\":\"neft\"}");
    record = example("RecordProcessed");
    // Refuse to measure anything the validators reject: the numbers would be of the wrong path.
    validateMarkProcessed();
    validateCreateRecord();
    List<Violation> violations = validateRecordResponse();
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the Record example is invalid: " + violations);
    }
  }

  @Benchmark
  public ValidRequest validateMarkProcessed() {
    return validator.validate(markProcessed, Map.of("id", RECORD_ID), markProcessedRequest);
  }

  @Benchmark
  public ValidRequest validateCreateRecord() {
    return validator.validate(createRecord, Map.of(), createRecordRequest);
  }

  @Benchmark
  public List<Violation> validateRecordResponse() {
    return spec.validator().validate("#/components/schemas/Record", record);
  }

  private static ApiRequest json(String method, String path, String body) {
    return new ApiRequest(
        method,
        path,
        Map.of(),
        Map.of("content-type", "application/json", "authorization", "Bearer crego-dev-token"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode example(String name) {
    return spec.raw().path("components").path("examples").path(name).path("value");
  }
}
