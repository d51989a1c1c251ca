package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.core.ErrorResponses;

/**
 * With an admin port, the public port has no admin routes at all: every {@code /__admin} request
 * (WireMock's own, the stub's, the health check) is answered 404, before WireMock authenticates or
 * routes it, as if the routes did not exist.
 */
final class AdminRoutesHidden implements AdminRequestFilterV2 {

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    return RequestFilterAction.stopWith(
        Exchange.response(
            ErrorResponses.of(
                404,
                ErrorCode.ROUTE_NOT_FOUND,
                "No route " + request.getMethod() + " " + path(request))));
  }

  private static String path(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    return question < 0 ? url : url.substring(0, question);
  }

  @Override
  public String getName() {
    return "crego-admin-routes-hidden";
  }
}
