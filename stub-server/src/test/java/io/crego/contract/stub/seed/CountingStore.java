package io.crego.contract.stub.seed;

import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A store that counts the units of work it is asked for. */
final class CountingStore implements Store {

  private final Store delegate;
  final AtomicInteger writes = new AtomicInteger();

  CountingStore(Store delegate) {
    this.delegate = delegate;
  }

  @Override
  public <R> R read(String companyId, Function<StoreView, R> work) {
    return delegate.read(companyId, work);
  }

  @Override
  public <R> R write(String companyId, Function<StoreTransaction, R> work) {
    writes.incrementAndGet();
    return delegate.write(companyId, work);
  }

  @Override
  public Set<String> companies() {
    return delegate.companies();
  }

  @Override
  public void reset(String companyId) {
    delegate.reset(companyId);
  }

  @Override
  public void resetAll() {
    delegate.resetAll();
  }

  @Override
  public String exportJson() {
    return delegate.exportJson();
  }

  @Override
  public void importJson(String json) {
    delegate.importJson(json);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
