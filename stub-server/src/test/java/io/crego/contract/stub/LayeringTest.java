package io.crego.contract.stub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crego.contract.stub.core.Dispatcher;
import io.crego.contract.stub.core.Json;

/**
 * The stub's layers, read from its compiled main classes: the edge ({@code http}, {@code server},
 * {@code junit}, {@code admin}) speaks HTTP and wires the parts; the pipeline ({@code core})
 * routes, authenticates, validates and answers; the domain packages hold the API's behaviour; the
 * {@code store} keeps documents and knows none of them.
 */
@AnalyzeClasses(
    packages = "io.crego.contract.stub",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class LayeringTest {

  private static final String[] EDGE = {
    "..stub.http..", "..stub.server..", "..stub.junit..", "..stub.admin.."
  };

  private static final String[] DOMAIN = {
    "..stub.domain..",
    "..stub.lending..",
    "..stub.lifecycle..",
    "..stub.loans..",
    "..stub.payouts..",
    "..stub.records..",
    "..stub.reference..",
    "..stub.seed..",
    "..stub.topups.."
  };

  /** WireMock's types (and its relocated Jackson) never reach past the HTTP edge. */
  @ArchTest
  static final ArchRule wireMockOnlyAtTheHttpEdge =
      noClasses()
          .that()
          .resideOutsideOfPackage("..stub.http..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.github.tomakehurst..", "wiremock..", "org.wiremock..");

  @ArchTest
  static final ArchRule theDomainKnowsNothingOfTheEdge =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(EDGE);

  /**
   * The pipeline knows neither the edge nor the domain. Known exception, to go with issue 17: the
   * Dispatcher serves {@code /docs/} through {@code explorer}, a route that belongs at the edge.
   */
  @ArchTest
  static final ArchRule thePipelineKnowsNeitherEdgeNorDomain =
      noClasses()
          .that()
          .resideInAPackage("..stub.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(EDGE, DOMAIN));

  @ArchTest
  static final ArchRule thePipelineKnowsNoExplorerButTheKnownRoute =
      noClasses()
          .that()
          .resideInAPackage("..stub.core..")
          .and(not(belongToAnyOf(Dispatcher.class)))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..stub.explorer..");

  /**
   * The store keeps documents without knowing what they are. Known exception, to go with issue 17:
   * it reads and writes them with {@code core.Json}'s mapper.
   */
  @ArchTest
  static final ArchRule theStoreKnowsNoDomainNorPipeline =
      noClasses()
          .that()
          .resideInAPackage("..stub.store..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(concat(EDGE, DOMAIN))
                  .or(resideInAPackage("..stub.core..").and(not(type(Json.class)))));

  private static String[] concat(String[] first, String[] second) {
    String[] both = new String[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
