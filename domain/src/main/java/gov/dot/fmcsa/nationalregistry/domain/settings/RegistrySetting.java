package gov.dot.fmcsa.nationalregistry.domain.settings;

import gov.dot.fmcsa.nationalregistry.domain.persistence.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A setting that administrators change while the registry runs (kept in the database, so a
 * change takes effect without a redeploy), e.g. whether transfer is open for an account type.
 */
@Entity
@Table(name = "registry_setting")
public class RegistrySetting implements Versioned {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Version
    private long version;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RegistrySetting() {
        // for JPA
    }

    public RegistrySetting(String key, String value, Instant updatedAt) {
        this.key = Objects.requireNonNull(key, "key");
        change(value, updatedAt);
    }

    /** Gives the setting a new value. */
    public void change(String newValue, Instant at) {
        this.value = Objects.requireNonNull(newValue, "value");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    @Override
    public long version() {
        return version;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
