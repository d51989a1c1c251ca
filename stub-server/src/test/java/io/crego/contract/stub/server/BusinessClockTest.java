package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.testing.Reply;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin clock ({@code /__admin/crego/clock}): each company's business date, set or advanced;
 * advancing runs EOD once per day, so 90 days after an unpaid due date a loan shows DPD 90 — the
 * same as calling Run EOD 90 times.
 */
class BusinessClockTest {

  private static RunningStub stub;

  @BeforeAll
  static void start() {
    stub =
        RunningStub.start(
            RunningStub.testConfig().withSeed("none").withUsers("admin:admin", "ops:ops"));
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  private static LocalDate dateOf(String user) {
    Reply clock = stub.call("GET", "/__admin/crego/clock?user=" + user).send();
    assertEquals(200, clock.status(), clock.body());
    return LocalDate.parse(clock.json().path("business_date").asText());
  }

  private static Reply set(String user, LocalDate date) {
    return stub.call("PUT", "/__admin/crego/clock")
        .json("{\"user\": \"" + user + "\", \"business_date\": \"" + date + "\"}")
        .send();
  }

  private static Reply advance(String body) {
    return stub.call("POST", "/__admin/crego/clock/advance").json(body).send();
  }

  @Test
  void theClockIsPerCompanyAndNamedByIdOrUser() {
    String opsCompany = new StubUser("ops", "unused").companyId();
    LocalDate ops = dateOf("ops");
    assertEquals(
        ops.toString(),
        stub.call("GET", "/__admin/crego/clock?company=" + opsCompany)
            .send()
            .json()
            .path("business_date")
            .asText());

    Reply moved = advance("{\"company\": \"" + opsCompany + "\", \"days\": 3}");

    assertEquals(200, moved.status(), moved.body());
    assertEquals(ops.plusDays(3).toString(), moved.json().path("business_date").asText());
    assertEquals(3, moved.json().path("days").asInt());
    assertEquals(ops.plusDays(3), dateOf("ops"));
  }

  @Test
  void theClockMovesForwardOnly() {
    LocalDate today = dateOf("admin");
    assertEquals(200, set("admin", today.plusDays(10)).status());
    assertEquals(today.plusDays(10), dateOf("admin"));

    Reply back = set("admin", today);
    assertEquals(400, back.status());
    back.isError(400, "VALIDATION_FAILED").hasFieldError("body", "/business_date");
    assertEquals(today.plusDays(10), dateOf("admin"));
  }

  @Test
  void badRequestsAreRefusedInTheErrorShape() {
    set("admin", LocalDate.of(2020, 1, 1)); // whatever it answers, next ones must be refusals
    stub.call("PUT", "/__admin/crego/clock")
        .json("{\"user\": \"admin\", \"business_date\": \"17/06/2024\"}")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/business_date");
    advance("{\"user\": \"admin\", \"days\": 0}")
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/days");
    advance("{\"user\": \"admin\", \"days\": 3661}").isError(400, "VALIDATION_FAILED");
    stub.call("GET", "/__admin/crego/clock?user=nobody")
        .send()
        .isError(404, "NOT_FOUND")
        .hasFieldError("query", "/user");
  }

  @Test
  void theAdminTokenGuardsTheClock() {
    try (RunningStub guarded =
        RunningStub.start(
            RunningStub.testConfig().withSeed("none").withAdminToken("admin-secret"))) {
      guarded.call("GET", "/__admin/crego/clock").send().isError(401, "UNAUTHORIZED");
      guarded
          .call("POST", "/__admin/crego/clock/advance")
          .json("{\"days\": 1}")
          .send()
          .isError(401, "UNAUTHORIZED");
      Reply advanced =
          guarded
              .call("POST", "/__admin/crego/clock/advance")
              .auth("admin-secret")
              .json("{\"days\": 1}")
              .send();
      assertEquals(200, advanced.status(), advanced.body());
    }
  }

  @Test
  void ninetyDaysPastAnUnpaidDueDateShowDpdNinetyByAdvanceAsByRunEod() {
    String opsToken = AuthTest.login(stub, "ops", "ops").path("access").asText();
    String adminToken = AuthTest.login(stub, "admin", "admin").path("access").asText();
    OperationClient byAdvance = new OperationClient(stub, adminToken);
    OperationClient byRunEod = new OperationClient(stub, opsToken);
    LocalDate start = LocalDate.of(2031, 3, 1);
    set("admin", start.plusDays(400)); // the other tests moved it; any day after theirs will do
    LocalDate adminStart = dateOf("admin");
    set("ops", adminStart);
    String advanced =
        byAdvance.activeLoan(byAdvance.account("term_loan", "500000", "12", 3, "0"), "100000");
    String looped =
        byRunEod.activeLoan(byRunEod.account("term_loan", "500000", "12", 3, "0"), "100000");
    int days = (int) (adminStart.plusMonths(1).plusDays(90).toEpochDay() - adminStart.toEpochDay());

    Reply moved = advance("{\"user\": \"admin\", \"days\": " + days + "}");
    for (int day = 0; day < days; day++) {
      byRunEod.runEod();
    }

    assertEquals(200, moved.status(), moved.body());
    JsonNode viaAdvance = byAdvance.outstanding(advanced);
    JsonNode viaRunEod = byRunEod.outstanding(looped);
    assertEquals(90, viaAdvance.path("dpd").asInt());
    assertEquals(90, viaRunEod.path("dpd").asInt());
    assertEquals(90, byAdvance.emis(advanced).at("/results/0/dpd").asInt());
    assertEquals(
        viaAdvance.path("total_outstanding").decimalValue(),
        viaRunEod.path("total_outstanding").decimalValue(),
        "the same days of EOD, the same charges");
    assertEquals(dateOf("admin"), dateOf("ops"));
  }
}
