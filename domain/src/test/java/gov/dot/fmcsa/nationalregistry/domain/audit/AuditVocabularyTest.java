package gov.dot.fmcsa.nationalregistry.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditVocabularyTest {

    @Test
    void everyActionFitsTheColumnThatStoresItsName() {
        assertThat(Stream.of(AuditAction.values()).map(AuditAction::name))
                .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(60));
    }

    @Test
    void anActionIsFoundByItsNameWhateverItsCaseAndSurroundingSpace() {
        assertThat(AuditAction.named(" login_gov_linked ")).contains(AuditAction.LOGIN_GOV_LINKED);
        assertThat(AuditAction.named("LOGIN_GOV_LINK")).isEmpty();
        assertThat(AuditAction.named("")).isEmpty();
    }

    @Test
    void actorsAreNamedAsTheLogHasAlwaysNamedThem() {
        assertThat(Actor.of(new NationalRegistryNumber("1234567890")).name()).isEqualTo("1234567890");
        assertThat(Stream.of(Actor.ANONYMOUS, Actor.TRANSFER_QUEUE, Actor.OUTBOX, Actor.LEGACY_IMPORT, Actor.REMINDERS))
                .extracting(Actor::name)
                .containsExactly("anonymous", "system:transfer-queue", "system:outbox", "system:legacy-import",
                        "system:reminders");
    }

    @Test
    void anActorNeedsANameThatFitsItsColumn() {
        assertThatThrownBy(() -> new Actor(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Actor("x".repeat(100)).name()).hasSize(100);
    }
}
