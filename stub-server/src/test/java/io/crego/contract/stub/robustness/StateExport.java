package io.crego.contract.stub.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The admin API's export of the whole state, read as the tests compare and search it. */
record StateExport(String text, JsonNode root) {

  static StateExport of(String adminBaseUrl, String adminToken) {
    StubHttp admin = StubHttp.to(adminBaseUrl);
    Reply answer =
        admin.send(
            "GET",
            "/__admin/crego/state",
            adminToken == null ? Map.of() : Map.of("Authorization", "Bearer " + adminToken),
            null);
    assertEquals(200, answer.status(), answer::toString);
    return new StateExport(answer.body(), answer.json());
  }

  /** Every document of a kind, in every company. */
  List<JsonNode> documents(String kind) {
    List<JsonNode> documents = new ArrayList<>();
    root.path("companies").forEach(company -> company.path(kind).forEach(documents::add));
    return documents;
  }

  JsonNode document(String kind, String id) {
    for (JsonNode company : root.path("companies")) {
      if (company.path(kind).has(id)) {
        return company.path(kind).get(id);
      }
    }
    throw new AssertionError("no " + kind + " " + id + " in the export");
  }
}
