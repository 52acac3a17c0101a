package dev.stemma.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.BridgeArticles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyCreditTest {

  @Test
  void find_aCityAndAnAgencyInParentheses() {
    assertThat(AgencyCredit.find("PARIS (AP) - The French government said on Monday...")).contains("AP");
  }

  @Test
  void find_aCityADateAndAnAgencyOfTwoWords() {
    assertThat(AgencyCredit.find("PORTVALE, March 3 (Meridian Press) - The city of Portvale closed the Harbor Bridge."))
        .contains("Meridian Press");
  }

  @Test
  void find_aDayBeforeAnAbbreviatedMonth() {
    assertThat(AgencyCredit.find("Paris, 12 Nov (AFP) - Talks resumed.")).contains("AFP");
  }

  @Test
  void find_aCityOfSeveralWords() {
    assertThat(AgencyCredit.find("RIO DE JANEIRO (Reuters) - Brazil's central bank held rates.")).contains("Reuters");
    assertThat(AgencyCredit.find("Rio de Janeiro (Reuters) - Brazil's central bank held rates.")).contains("Reuters");
  }

  @Test
  void find_anAgencyQuotedAsASource_isNotACredit() {
    assertThat(AgencyCredit.find("Tass reported that the talks had ended without an agreement.")).isEmpty();
    assertThat(AgencyCredit.find("The talks ended without an agreement, Reuters said.")).isEmpty();
    assertThat(AgencyCredit.find("According to the Associated Press (AP), the talks ended.")).isEmpty();
  }

  @Test
  void find_onlyAtTheStartOfTheBody() {
    assertThat(AgencyCredit.find("The talks ended.\n\nMOSCOW (AP) - Talks resumed on Monday.")).isEmpty();
  }

  @Test
  void find_needsTheDashAfterTheAgency() {
    assertThat(AgencyCredit.find("PARIS (AP) The French government said...")).isEmpty();
    assertThat(AgencyCredit.find("(AP) - The French government said...")).isEmpty();
  }

  @Test
  void prepare_readsTheCreditFromTheCleanedBody_whereAnyDashReadsAsAHyphen() {
    // the cleaner turns the em dash into "-" before the credit is looked for
    PreparedArticle p = BridgeArticles.prepare("x", "Talks resume\n\nMOSCOW (Tass) \u2014 Talks resumed on Monday.\n");
    assertThat(Optional.ofNullable(p.agencyCredit())).contains("Tass");
  }
}
