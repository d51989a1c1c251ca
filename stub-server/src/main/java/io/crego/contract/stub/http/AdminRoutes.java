package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.api.ApiRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Mounts the stub's {@link AdminApi} routes into WireMock's admin API; a request that arrives while
 * the stub is still starting waits for it.
 */
final class AdminRoutes implements AdminApiExtension {

  private final Supplier<AdminApi> admin;
  private final PrintStream errors;

  AdminRoutes(Supplier<AdminApi> admin, PrintStream errors) {
    this.admin = admin;
    this.errors = errors;
  }

  /**
   * One template for every method, each with its own task instance of one class: WireMock keeps
   * tasks in a bidirectional map (one instance per route) and finds a task's path template by its
   * class, so routes with different templates served by one class would be parsed with the wrong
   * template. The {@link AdminApi} routes by method and path itself, and answers unknown routes in
   * the Error shape.
   */
  @Override
  public void contributeAdminApiRoutes(Router router) {
    String template = AdminApi.PREFIX.substring("/__admin".length()) + "/{route}";
    for (RequestMethod method :
        List.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE)) {
      router.add(method, template, new AdminApiTask());
      router.add(method, template + "/{action}", new AdminApiActionTask());
    }
  }

  /** WireMock hands admin tasks the path below {@code /__admin}; the admin API wants it whole. */
  private static ApiRequest adminRequest(ServeEvent serveEvent) {
    ApiRequest request = Exchange.request(serveEvent.getRequest());
    if (request.path().startsWith("/__admin/")) {
      return request;
    }
    return new ApiRequest(
        request.method(),
        "/__admin" + request.path(),
        request.query(),
        request.headers(),
        request.body());
  }

  private ResponseDefinition answer(ServeEvent serveEvent) {
    try {
      return Exchange.response(admin.get().handle(adminRequest(serveEvent)));
    } catch (RuntimeException e) {
      errors.println("INTERNAL ERROR in the admin API:");
      e.printStackTrace(errors);
      return Exchange.internalError();
    }
  }

  private final class AdminApiTask implements AdminTask {
    @Override
    public ResponseDefinition execute(
        Admin wireMock, ServeEvent serveEvent, PathParams pathParams) {
      return answer(serveEvent);
    }
  }

  /** Routes one segment deeper ({@code /clock/advance}): their own class, as explained above. */
  private final class AdminApiActionTask implements AdminTask {
    @Override
    public ResponseDefinition execute(
        Admin wireMock, ServeEvent serveEvent, PathParams pathParams) {
      return answer(serveEvent);
    }
  }

  @Override
  public String getName() {
    return "crego-admin";
  }
}
