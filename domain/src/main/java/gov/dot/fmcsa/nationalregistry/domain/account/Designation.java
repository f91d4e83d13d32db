package gov.dot.fmcsa.nationalregistry.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A medical examiner's designation of an administrative assistant, who may then act for the
 * examiner under the assistant's own identity (examiners may not share their credentials).
 */
@Entity
@NamedQuery(name = Designation.OF_EXAMINER,
        query = "SELECT d FROM Designation d JOIN FETCH d.assistant a WHERE d.examiner = :examiner"
                + " ORDER BY a.lastName, a.firstName, a.number")
@NamedQuery(name = Designation.EXAMINERS_OF_ASSISTANT,
        query = "SELECT e FROM Designation d JOIN d.examiner e WHERE d.assistant.number = :assistant"
                + " ORDER BY e.lastName, e.firstName, e.number")
@Table(name = "designation", uniqueConstraints = @UniqueConstraint(
        name = "uq_designation_pair", columnNames = {"examiner_id", "assistant_id"}))
public class Designation {

    /** An examiner's designations, with their assistants, by the assistants' names. */
    public static final String OF_EXAMINER = "Designation.ofExaminer";
    /** The examiners who designated the assistant with a given number, by name. */
    public static final String EXAMINERS_OF_ASSISTANT = "Designation.examinersOfAssistant";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
    @SequenceGenerator(name = "designation_seq", sequenceName = "designation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "examiner_id", nullable = false)
    private RegistryAccount examiner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assistant_id", nullable = false)
    private RegistryAccount assistant;

    @Column(name = "designated_at", nullable = false)
    private Instant designatedAt;

    protected Designation() {
        // for JPA
    }

    Designation(RegistryAccount examiner, RegistryAccount assistant, Instant designatedAt) {
        this.examiner = examiner;
        this.assistant = assistant;
        this.designatedAt = designatedAt;
    }

    public Long id() {
        return id;
    }

    public RegistryAccount examiner() {
        return examiner;
    }

    public RegistryAccount assistant() {
        return assistant;
    }

    public Instant designatedAt() {
        return designatedAt;
    }
}
