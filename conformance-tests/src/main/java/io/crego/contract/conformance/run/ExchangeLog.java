package io.crego.contract.conformance.run;

import java.util.ArrayList;
import java.util.List;

/** Every exchange of a run, in the order made; safe to add to from several threads. */
public final class ExchangeLog {

  private final List<RecordedExchange> exchanges = new ArrayList<>();

  public synchronized void add(RecordedExchange exchange) {
    exchanges.add(exchange);
  }

  public synchronized List<RecordedExchange> all() {
    return List.copyOf(exchanges);
  }
}
