package io.crego.contract.stub.testing;

import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.util.Set;
import java.util.function.Function;

/**
 * A store that hands every call to another: a test's decorator extends it and overrides only what
 * it watches or changes (its units of work, mostly).
 */
public abstract class ForwardingStore implements Store {

  protected final Store delegate;

  protected ForwardingStore(Store delegate) {
    this.delegate = delegate;
  }

  @Override
  public <R> R read(String companyId, Function<StoreView, R> work) {
    return delegate.read(companyId, work);
  }

  @Override
  public <R> R write(String companyId, Function<StoreTransaction, R> work) {
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
  public boolean recordsPreparation() {
    return delegate.recordsPreparation();
  }

  @Override
  public boolean isPrepared(String companyId) {
    return delegate.isPrepared(companyId);
  }

  @Override
  public void markPrepared(String companyId) {
    delegate.markPrepared(companyId);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
