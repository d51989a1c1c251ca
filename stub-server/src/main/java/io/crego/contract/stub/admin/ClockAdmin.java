package io.crego.contract.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.auth.UserDirectory;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.core.CompanyPreparation;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The virtual clock of each company's business date, under {@code /__admin/crego/clock}:
 *
 * <ul>
 *   <li>{@code GET /clock?company=ID} (or {@code ?user=NAME}): the business date;
 *   <li>{@code PUT /clock {company, business_date: "YYYY-MM-DD"}}: sets it, without running EOD for
 *       the days skipped (EMIs age at the next EOD); moving it backwards is refused;
 *   <li>{@code POST /clock/advance {company, days}}: runs the API's Run EOD once per day, {@value
 *       #MAX_DAYS} days at most, each day its own unit of work.
 * </ul>
 *
 * The company is named by its id ({@code company}) or by a configured user's name ({@code user},
 * whose company the stub derives from the name, as logins do); neither names the default user's. A
 * change prepares (seeds) the company first, as its first API call would.
 */
final class ClockAdmin {

  static final int MAX_DAYS = 3660;

  private final Store store;
  private final CompanyPreparation preparation;
  private final UserDirectory users;
  private final BusinessDates dates;
  private final EndOfDayDriver endOfDay;

  ClockAdmin(
      Store store,
      CompanyPreparation preparation,
      UserDirectory users,
      BusinessDates dates,
      EndOfDayDriver endOfDay) {
    this.store = store;
    this.preparation = preparation;
    this.users = users;
    this.dates = dates;
    this.endOfDay = endOfDay;
  }

  /** Reads only: a company never used reads as today, and is not prepared for it. */
  ApiResponse get(ApiRequest request) {
    String company =
        company(
            request.queryParam("company"),
            request.queryParam("user"),
            ErrorDetails.query("user", "is no configured user"));
    LocalDate date = store.read(company, dates::of);
    return answer(company, date);
  }

  ApiResponse set(JsonNode body) {
    String company = company(body);
    List<ErrorDetail> errors = new ArrayList<>();
    LocalDate wanted = date(body, errors);
    if (!errors.isEmpty()) {
      throw ApiException.validation(errors);
    }
    LocalDate previous =
        store.write(
            company,
            tx -> {
              LocalDate current = dates.of(tx);
              if (wanted.isBefore(current)) {
                throw ApiException.invalid(
                    ErrorDetails.body(
                        "/business_date",
                        "is before the business date "
                            + current
                            + ": the clock only moves forward"));
              }
              BusinessDates.set(tx, wanted);
              return current;
            });
    ObjectNode answer = answerBody(company, wanted);
    answer.put("previous_business_date", previous.toString());
    return ApiResponse.json(200, Json.write(answer));
  }

  ApiResponse advance(JsonNode body) {
    String company = company(body);
    JsonNode days = body.path("days");
    if (!days.canConvertToInt()
        || !days.isIntegralNumber()
        || days.asInt() < 1
        || days.asInt() > MAX_DAYS) {
      throw ApiException.invalid(
          ErrorDetails.body("/days", "is required: a whole number of days from 1 to " + MAX_DAYS));
    }
    LocalDate previous = store.read(company, dates::of);
    int loans = 0;
    int emis = 0;
    BigDecimal excess = BigDecimal.ZERO.setScale(2);
    for (int day = 0; day < days.asInt(); day++) {
      JsonNode result = endOfDay.runFor(company);
      loans += result.path("loans_processed").asInt();
      emis += result.path("emis_updated").asInt();
      excess = excess.add(result.path("excess_applied").decimalValue());
    }
    LocalDate now = store.read(company, dates::of);
    ObjectNode answer = answerBody(company, now);
    answer.put("previous_business_date", previous.toString());
    answer.put("days", days.asInt());
    answer.put("loans_processed", loans);
    answer.put("emis_updated", emis);
    answer.put("excess_applied", excess);
    return ApiResponse.json(200, Json.write(answer));
  }

  /** The company a change names, prepared (seeded) first as its first API call would. */
  private String company(JsonNode body) {
    String company =
        company(
            Optional.ofNullable(body.get("company"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText),
            Optional.ofNullable(body.get("user")).filter(JsonNode::isTextual).map(JsonNode::asText),
            ErrorDetails.body("/user", "is no configured user"));
    preparation.accept(company);
    return company;
  }

  private String company(Optional<String> company, Optional<String> user, ErrorDetail unknownUser) {
    String id;
    if (company.filter(c -> !c.isBlank()).isPresent()) {
      id = company.get().trim();
    } else if (user.filter(u -> !u.isBlank()).isPresent()) {
      id =
          users.all().stream()
              .filter(u -> u.username().equals(user.get().trim()))
              .findFirst()
              .map(StubUser::companyId)
              .orElseThrow(() -> ApiException.notFound("user", user.get().trim(), unknownUser));
    } else {
      id = users.defaultUser().companyId();
    }
    return id;
  }

  private static LocalDate date(JsonNode body, List<ErrorDetail> errors) {
    JsonNode value = body.path("business_date");
    try {
      if (value.isTextual()) {
        return LocalDate.parse(value.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    errors.add(ErrorDetails.body("/business_date", "is required: a date as YYYY-MM-DD"));
    return null;
  }

  private ApiResponse answer(String company, LocalDate date) {
    return ApiResponse.json(200, Json.write(answerBody(company, date)));
  }

  private static ObjectNode answerBody(String company, LocalDate date) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("company", company);
    body.put("business_date", date.toString());
    return body;
  }
}
