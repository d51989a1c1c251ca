package io.crego.contract.stub.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.auth.UserDirectory;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.core.AccessLog;
import io.crego.contract.stub.core.CompanyPreparation;
import io.crego.contract.stub.core.ErrorResponses;
import io.crego.contract.stub.core.FaultSchedule;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.JsonSyntax;
import io.crego.contract.stub.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stub's own admin routes under {@value #PREFIX}: state reset, export and import, what is
 * stored, fault injection, and each company's business date (the virtual clock, {@link
 * ClockAdmin}). JSON in and out; refusals in the spec's {@code Error} shape. When an admin token is
 * configured, every route needs {@code Authorization: Bearer <admin token>}.
 */
public final class AdminApi {

  public static final String PREFIX = "/__admin/crego";

  private final Store store;
  private final CompanyPreparation preparation;
  private final UserDirectory users;
  private final FaultSchedule faults;
  private final FaultRequests faultRequests;
  private final Optional<byte[]> adminToken;
  private final AccessLog accessLog;
  private final ClockAdmin clock;

  public AdminApi(
      Store store,
      CompanyPreparation preparation,
      UserDirectory users,
      FaultSchedule faults,
      FaultRequests faultRequests,
      Optional<String> adminToken,
      AccessLog accessLog,
      EndOfDayDriver endOfDay) {
    this.store = store;
    this.preparation = preparation;
    this.users = users;
    this.faults = faults;
    this.faultRequests = faultRequests;
    this.adminToken = adminToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.accessLog = accessLog;
    this.clock = new ClockAdmin(store, preparation, users, new BusinessDates(), endOfDay);
  }

  /** The routes, as {@code METHOD path} below {@value #PREFIX}. */
  public static List<String> routes() {
    return List.of(
        "POST /reset",
        "GET /state",
        "PUT /state",
        "GET /companies",
        "GET /faults",
        "POST /faults",
        "DELETE /faults",
        "GET /clock",
        "PUT /clock",
        "POST /clock/advance");
  }

  public ApiResponse handle(ApiRequest request) {
    long started = System.nanoTime();
    ApiResponse response = answer(request);
    long millis = (System.nanoTime() - started) / 1_000_000;
    accessLog.record(request.method(), request.path(), response.status(), millis, "admin");
    return response;
  }

  private ApiResponse answer(ApiRequest request) {
    try {
      authorize(request);
      // every route here reads or changes whole companies: none sees one half prepared
      preparation.awaitBackground();
      String path = request.path();
      String route =
          request.method()
              + " "
              + (path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path);
      return switch (route) {
        case "POST /reset" -> reset(request);
        case "GET /state" -> ApiResponse.json(200, store.exportJson());
        case "PUT /state" -> importState(request);
        case "GET /companies" -> companies();
        case "GET /faults" -> ApiResponse.json(200, Json.write(faultRequests.list(faults)));
        case "POST /faults" -> addFault(request);
        case "DELETE /faults" -> clearFaults(request);
        case "GET /clock" -> clock.get(request);
        case "PUT /clock" -> clock.set(jsonBody(request));
        case "POST /clock/advance" -> clock.advance(jsonBody(request));
        default ->
            ErrorResponses.of(
                404,
                ErrorCode.ROUTE_NOT_FOUND,
                "No admin route "
                    + request.method()
                    + " "
                    + request.path()
                    + "; see "
                    + PREFIX
                    + "/ routes: "
                    + routes());
      };
    } catch (ApiException e) {
      return ErrorResponses.of(e);
    }
  }

  private void authorize(ApiRequest request) {
    if (adminToken.isEmpty()) {
      return;
    }
    String header = request.header("authorization").orElse("").trim();
    byte[] presented =
        header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    if (!MessageDigest.isEqual(adminToken.get(), presented)) {
      throw new ApiException(
          401,
          ErrorCode.UNAUTHORIZED,
          "The admin API needs Authorization: Bearer <admin token> (--admin-token).",
          List.of(ErrorDetails.header("Authorization", "must carry the admin token")),
          null);
    }
  }

  private ApiResponse reset(ApiRequest request) {
    Optional<String> company = request.queryParam("company").filter(c -> !c.isBlank());
    ObjectNode body = Json.MAPPER.createObjectNode();
    if (company.isPresent()) {
      store.reset(company.get());
      preparation.forget(company.get());
      body.put("reset", "company").put("company", company.get());
    } else {
      store.resetAll();
      preparation.forgetAll();
      body.put("reset", "all");
    }
    return ApiResponse.json(200, Json.write(body));
  }

  private ApiResponse importState(ApiRequest request) {
    JsonNode state = jsonBody(request);
    if (!state.path("companies").isObject()) {
      throw ApiException.invalid(
          ErrorDetails.body(
              "/companies", "is required: an object of companies, as GET /state gives"));
    }
    try {
      store.importJson(request.bodyText());
    } catch (RuntimeException e) {
      throw ApiException.invalid(ErrorDetails.body("", "cannot be imported: " + e.getMessage()));
    }
    List<String> companies = new ArrayList<>();
    state.get("companies").fieldNames().forEachRemaining(companies::add);
    preparation.forgetAll();
    preparation.markPrepared(companies);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("imported", companies.size());
    return ApiResponse.json(200, Json.write(body));
  }

  private ApiResponse companies() {
    JsonNode state = Json.read(store.exportJson(), JsonNode.class).path("companies");
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("companies");
    Iterator<Map.Entry<String, JsonNode>> companies = state.fields();
    while (companies.hasNext()) {
      Map.Entry<String, JsonNode> company = companies.next();
      ObjectNode entry = list.addObject();
      entry.put("id", company.getKey());
      users.byCompany(company.getKey()).ifPresent(u -> entry.put("user", u.username()));
      ObjectNode counts = entry.putObject("documents");
      company
          .getValue()
          .fields()
          .forEachRemaining(k -> counts.put(k.getKey(), k.getValue().size()));
    }
    return ApiResponse.json(200, Json.write(body));
  }

  private ApiResponse addFault(ApiRequest request) {
    var fault = faultRequests.parse(jsonBody(request));
    faults.add(fault);
    return ApiResponse.json(201, Json.write(faultRequests.describe(fault)));
  }

  /** Clears every fault, or with {@code ?company=} or {@code ?user=} only that scope's. */
  private ApiResponse clearFaults(ApiRequest request) {
    int cleared = faultRequests.scopeToClear(request).map(faults::clear).orElseGet(faults::clear);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("cleared", cleared);
    return ApiResponse.json(200, Json.write(body));
  }

  private static JsonNode jsonBody(ApiRequest request) {
    try {
      JsonNode node = Json.MAPPER.readTree(request.bodyText());
      if (node == null || !node.isObject()) {
        throw ApiException.invalid(ErrorDetails.body("", "must be a JSON object"));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ApiException(
          400,
          ErrorCode.MALFORMED_JSON,
          "The body is not valid JSON: " + JsonSyntax.describe(e),
          List.of(ErrorDetails.body("", "is not valid JSON")),
          null);
    }
  }
}
