package io.crego.contract.stub.seed;

import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.testing.ForwardingStore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A store that counts the units of work it is asked for. */
final class CountingStore extends ForwardingStore {

  final AtomicInteger writes = new AtomicInteger();

  CountingStore(Store delegate) {
    super(delegate);
  }

  @Override
  public <R> R write(String companyId, Function<StoreTransaction, R> work) {
    writes.incrementAndGet();
    return delegate.write(companyId, work);
  }
}
