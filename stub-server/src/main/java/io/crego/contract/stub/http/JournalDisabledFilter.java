package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.core.ErrorResponses;

/**
 * With the request journal turned off ({@code --journal 0}), WireMock answers its journal routes
 * with a 500 HTML page and logs a stack trace; this answers them with a JSON 409 that says why and
 * how to turn the journal on.
 */
final class JournalDisabledFilter implements AdminRequestFilterV2 {

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String path = request.getUrl();
    int question = path.indexOf('?');
    path = question < 0 ? path : path.substring(0, question);
    if (path.startsWith("/__admin")) {
      path = path.substring("/__admin".length());
    }
    boolean journalRoute = path.startsWith("/requests") || path.startsWith("/near-misses");
    if (!journalRoute) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.stopWith(
        Exchange.response(
            ErrorResponses.of(
                409,
                ErrorCode.JOURNAL_DISABLED,
                "The request journal is off (--journal 0): start the stub with --journal N"
                    + " (or CREGO_STUB_JOURNAL=N) to keep the latest N requests.")));
  }

  @Override
  public String getName() {
    return "crego-journal-disabled";
  }
}
