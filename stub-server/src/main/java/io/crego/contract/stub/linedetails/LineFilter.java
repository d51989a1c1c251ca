package io.crego.contract.stub.linedetails;

import io.crego.contract.spec.model.LineDetail;
import io.crego.contract.spec.model.LineStatus;
import io.crego.contract.spec.model.LineType;
import io.crego.contract.stub.core.OperationContext;
import java.util.UUID;
import java.util.function.Predicate;

/** Which line details a listing wants; every criterion is optional (null: any). */
record LineFilter(UUID account, LineType type, LineStatus status) implements Predicate<LineDetail> {

  /** The {@code account}, {@code type} and {@code status} query parameters. */
  static LineFilter fromQuery(OperationContext context) {
    return new LineFilter(
        context.query("account", UUID.class).orElse(null),
        context.query("type", LineType.class).orElse(null),
        context.query("status", LineStatus.class).orElse(null));
  }

  @Override
  public boolean test(LineDetail line) {
    return (account == null || account.equals(line.getAccount()))
        && (type == null || type == line.getType())
        && (status == null || status == line.getStatus());
  }
}
