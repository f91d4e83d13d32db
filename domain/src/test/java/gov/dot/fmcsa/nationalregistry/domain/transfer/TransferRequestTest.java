package gov.dot.fmcsa.nationalregistry.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final NationalRegistryNumber NUMBER = new NationalRegistryNumber("1000000001");

    @Test
    void anExaminerMustGiveALicenseNumberAndItsState() {
        assertThatThrownBy(() -> TransferApplication.examiner(NUMBER, null, State.MA))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("license"));
        assertThatThrownBy(() -> TransferApplication.examiner(NUMBER, LicenseNumber.of("MD-1"), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.part()).isEqualTo("licenseState"));
    }

    @Test
    void aMissingNumberOrTypeIsNamed() {
        assertThatThrownBy(() -> TransferApplication.byNumber(AccountType.THIRD_PARTY, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("number"));
        assertThatThrownBy(() -> TransferApplication.byNumber(null, NUMBER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("type"));
    }

    @Test
    void otherTypesGiveTheNumberAloneAndAdministratorsCannotAsk() {
        TransferApplication assistant = new TransferApplication(AccountType.ADMINISTRATIVE_ASSISTANT, NUMBER,
                LicenseNumber.of("MD-1"), State.MA);

        assertThat(assistant.license()).isNull();
        assertThat(assistant.licenseState()).isNull();
        assertThatThrownBy(() -> TransferApplication.byNumber(AccountType.ADMINISTRATOR, NUMBER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("type"));
    }

    @Test
    void aRequestKeepsWhatWasAskedAndIsProcessedOnce() {
        TransferApplication application = TransferApplication.examiner(NUMBER, LicenseNumber.of("MD-1"), State.MA);
        TransferRequest request = new TransferRequest(application, "f".repeat(64), NOW);

        assertThat(request.application()).isEqualTo(application);
        assertThat(request.processedAt()).isNull();

        request.processed(TransferOutcome.MIGRATED, NOW.plusSeconds(1));
        assertThat(request.outcome()).isEqualTo(TransferOutcome.MIGRATED);
        assertThatThrownBy(() -> request.processed(TransferOutcome.NO_MATCH, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failedAttemptsAreCountedUntilTheRequestIsProcessed() {
        TransferRequest request = new TransferRequest(
                TransferApplication.byNumber(AccountType.THIRD_PARTY, NUMBER), "f".repeat(64), NOW);

        assertThat(request.attemptFailed()).isEqualTo(1);
        assertThat(request.attemptFailed()).isEqualTo(2);
        assertThat(request.failedAttempts()).isEqualTo(2);

        request.processed(TransferOutcome.PROCESSING_FAILED, NOW);
        assertThatThrownBy(request::attemptFailed).isInstanceOf(IllegalStateException.class);
    }
}
