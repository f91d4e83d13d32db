package gov.dot.fmcsa.nationalregistry.application.emaillink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import org.junit.jupiter.api.Test;

class EmailChangeRequesterTest {

    private static final NationalRegistryNumber NUMBER = NationalRegistryNumber.of("1234567890");

    @Test
    void peopleHoldingTheAccountAreNeverToldWhoseAddressItIsAndAreLimited() {
        for (EmailChangeRequester person : new EmailChangeRequester[] {
                EmailChangeRequester.owner(NUMBER, "source"), EmailChangeRequester.linkHolder("source")}) {
            assertThat(person.toldWhenAddressTaken()).isFalse();
            assertThat(person.limited()).isTrue();
        }
    }

    @Test
    void theOwnerActsAsTheirAccountAndTheLinkHolderAsAnonymous() {
        assertThat(((EmailChangeRequester.Person) EmailChangeRequester.owner(NUMBER, null)).actor())
                .isEqualTo(Actor.of(NUMBER));
        assertThat(((EmailChangeRequester.Person) EmailChangeRequester.linkHolder(null)).actor())
                .isEqualTo(Actor.ANONYMOUS);
    }

    @Test
    void anAdministratorIsToldAndNotLimitedButNeedsAReason() {
        EmailChangeRequester administrator = EmailChangeRequester.administrator(NUMBER, Reason.of("owner called"));
        assertThat(administrator.toldWhenAddressTaken()).isTrue();
        assertThat(administrator.limited()).isFalse();
        assertThatNullPointerException().isThrownBy(() -> EmailChangeRequester.administrator(NUMBER, null));
    }
}
