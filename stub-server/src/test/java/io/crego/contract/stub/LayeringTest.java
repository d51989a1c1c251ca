package io.crego.contract.stub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
    "..stub.accounts..",
    "..stub.answers..",
    "..stub.bulk..",
    "..stub.clock..",
    "..stub.documents..",
    "..stub.emis..",
    "..stub.extradata..",
    "..stub.fees..",
    "..stub.ids..",
    "..stub.lending..",
    "..stub.lifecycle..",
    "..stub.linedetails..",
    "..stub.loandata..",
    "..stub.loans..",
    "..stub.outgoing..",
    "..stub.paging..",
    "..stub.payouts..",
    "..stub.records..",
    "..stub.seed..",
    "..stub.topups.."
  };

  /**
   * Each class lives in the package named for its API tag or for what it is: no grab-bag package to
   * put a class in without deciding where it belongs.
   */
  @ArchTest
  static final ArchRule noGrabBagPackages =
      noClasses()
          .should()
          .resideInAnyPackage("..stub.domain..", "..stub.util..", "..stub.common..");

  /**
   * The domain packages depend on each other one way only (e.g. {@code emis} on {@code loans},
   * never back), so each can be read without the ones above it.
   */
  @ArchTest
  static final ArchRule theDomainPackagesHaveNoCycles =
      slices().matching("io.crego.contract.stub.(*)..").should().beFreeOfCycles();

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

  /** The pipeline knows neither the edge nor the domain. */
  @ArchTest
  static final ArchRule thePipelineKnowsNeitherEdgeNorDomain =
      noClasses()
          .that()
          .resideInAPackage("..stub.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(EDGE, DOMAIN));

  /**
   * The spec and the API explorer are routes of the edge ({@code http.DocumentRoutes}): the
   * pipeline routes the spec's operations only, so it knows neither the explorer nor the HTTP edge.
   */
  @ArchTest
  static final ArchRule thePipelineKnowsNoExplorerNorHttpEdge =
      noClasses()
          .that()
          .resideInAPackage("..stub.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..stub.explorer..", "..stub.http..");

  /** The store keeps documents without knowing what they are. */
  @ArchTest
  static final ArchRule theStoreKnowsNoDomainNorEdge =
      noClasses()
          .that()
          .resideInAPackage("..stub.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(EDGE, DOMAIN));

  /**
   * Nor does it know the pipeline: the one thing they share, the stub's JSON mapper, is in a
   * package of its own ({@code json.ModelMapper}).
   */
  @ArchTest
  static final ArchRule theStoreKnowsNoPipeline =
      noClasses()
          .that()
          .resideInAPackage("..stub.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..stub.core..");

  /** The mapper the pipeline and the store share knows only the models it maps. */
  @ArchTest
  static final ArchRule theSharedMapperStandsAlone =
      classes()
          .that()
          .resideInAPackage("..stub.json..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "..stub.json..",
              "io.crego.contract.spec.model..",
              "com.fasterxml.jackson..",
              "java..");

  private static String[] concat(String[] first, String[] second) {
    String[] both = new String[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
