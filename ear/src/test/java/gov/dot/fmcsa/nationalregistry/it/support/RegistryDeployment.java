package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.synthetic.SyntheticRegistry;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: always the real EAR that the build produced, so that
 * tests see exactly what production runs; in-container tests add their classes to its web module.
 */
public final class RegistryDeployment {

    private static final String WEB_MODULE = "web.war";

    private RegistryDeployment() {
    }

    /** The EAR as built by this module. */
    public static EnterpriseArchive realEar() {
        return ShrinkWrap.create(ZipImporter.class, "national-registry.ear")
                .importFrom(new File(System.getProperty("registry.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The real EAR whose web module also holds {@code classes}, the probe, {@link TestNumbers}, the
     * synthetic registry and AssertJ. Arquillian runs in-container tests inside the EAR's single WAR, so the tests go
     * into the registry's own WAR rather than a second one.
     */
    public static EnterpriseArchive withTests(Class<?>... classes) {
        EnterpriseArchive ear = realEar();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        ear.delete(WEB_MODULE);
        web.addClasses(classes)
                // CallerWork: part of every caller bean's signature (AsExaminer and the others)
                .addClasses(RegistryDeployment.class, RegistryProbe.class, CallerWork.class, TestNumbers.class)
                .addPackage(SyntheticRegistry.class.getPackage())
                .addAsLibrary(jarOf(Assertions.class));
        return ear.addAsModule(web);
    }

    public static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
