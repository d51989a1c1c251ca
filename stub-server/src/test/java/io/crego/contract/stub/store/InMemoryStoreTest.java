package io.crego.contract.stub.store;

import java.nio.file.Path;

class InMemoryStoreTest extends StoreContractTest {

  @Override
  Store open(Path dataDir) {
    return new InMemoryStore();
  }

  @Override
  int incrementsPerThread() {
    return 500;
  }
}
