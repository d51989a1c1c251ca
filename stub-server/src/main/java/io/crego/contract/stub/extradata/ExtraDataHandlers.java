package io.crego.contract.stub.extradata;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.store.Store;

/** The Extra Data operations: the extra fields a company keeps on its accounts and loans. */
public final class ExtraDataHandlers implements HandlerGroup {

  private final ExtraDataEntries extraData;

  public ExtraDataHandlers(Store store) {
    this.extraData = new ExtraDataEntries(store);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.UPDATE_EXTRA_DATA, extraData::update)
        .on(OperationIds.LIST_EXTRA_DATA, extraData::list);
  }
}
