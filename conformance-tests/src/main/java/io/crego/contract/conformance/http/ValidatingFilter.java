package io.crego.contract.conformance.http;

import io.crego.contract.conformance.exchange.HttpExchange;
import io.crego.contract.conformance.run.ExchangeJudge;
import io.crego.contract.spec.SpecOperation;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The REST Assured side of the exchange check: every request the suite sends passes through here,
 * and its response is judged against the spec before the test sees it.
 */
final class ValidatingFilter implements Filter {

  private final SpecOperation operation;
  private final ExchangeJudge judge;

  ValidatingFilter(SpecOperation operation, ExchangeJudge judge) {
    this.operation = operation;
    this.judge = judge;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    long start = System.nanoTime();
    Response response = context.next(request, responseSpec);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> query = new LinkedHashMap<>();
    request.getQueryParams().forEach((name, value) -> query.put(name, String.valueOf(value)));
    Object body = request.getBody();
    HttpExchange exchange =
        new HttpExchange(
            request.getMethod(),
            URI.create(request.getURI()).getRawPath(),
            query,
            body == null ? null : body.toString(),
            response.getStatusCode(),
            response.getHeader("Content-Type"),
            response.asString(),
            millis);
    judge.judge(operation, exchange);
    return response;
  }
}
